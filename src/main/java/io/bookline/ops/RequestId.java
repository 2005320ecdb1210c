package io.bookline.ops;

import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.MDC;

/**
 * The id that joins the log lines of one piece of work and of the work it leaves for later (ADR
 * 0054, 0060), as the MDC field {@value #MDC_KEY}: an HTTP request's ({@code X-Request-Id}), which
 * the platform message it acknowledged keeps in its inbox row and the replies its turn queues keep
 * in their outbox rows, so the turn and the sends carry it on whatever thread, instance or start
 * runs them; or a periodic job's run (a reminder and its send).
 */
public final class RequestId {
  public static final String MDC_KEY = "requestId";

  private RequestId() {}

  /** The id of the work this thread does now; null outside any. */
  public static String current() {
    return MDC.get(MDC_KEY);
  }

  /** A new id: 64 random bits in hex. */
  public static String fresh() {
    return Long.toHexString(ThreadLocalRandom.current().nextLong());
  }

  /**
   * Names this thread's work {@code id} from now on (none when null); whoever sets it sets it back.
   */
  public static void set(String id) {
    if (id == null) {
      MDC.remove(MDC_KEY);
    } else {
      MDC.put(MDC_KEY, id);
    }
  }
}
