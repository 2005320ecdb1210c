package io.bookline.ops;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/** A JVM of its own that logs one line inside a turn's MDC and one outside, through logback.xml. */
public final class LogProbe {
  private LogProbe() {}

  public static void main(String[] args) {
    Logger log = LoggerFactory.getLogger("io.bookline.processor.MessageProcessor");
    MDC.put("business", "demo");
    MDC.put("platform", "web");
    MDC.put("conversationId", "42");
    MDC.put("inboxId", "7");
    log.info("turn handled");
    MDC.clear();
    log.info("outside a turn");
  }
}
