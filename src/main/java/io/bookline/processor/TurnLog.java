package io.bookline.processor;

import io.bookline.ops.RequestId;
import java.util.Map;
import org.slf4j.MDC;

/**
 * The log context of one turn: while it is open, every line the turn's thread writes carries the
 * business, platform, conversation and inbox row as MDC fields (top-level fields in JSON logs,
 * brackets in text logs), and the id of the request that recorded its message ({@link
 * RequestId#MDC_KEY}, kept in the inbox row: the webhook's access-log line carries it too, ADR
 * 0060). The outbox rows the turn queues keep that id, so the sends' lines carry it as well.
 * Closing it puts back what the thread had before, so a turn handled inside another's lane does not
 * leave its fields behind.
 */
public final class TurnLog implements AutoCloseable {
  public static final String BUSINESS = "business";
  public static final String PLATFORM = "platform";
  public static final String CONVERSATION = "conversationId";
  public static final String INBOX = "inboxId";

  private final Map<String, String> before;

  private TurnLog(Map<String, String> before) {
    this.before = before;
  }

  /**
   * Opens the context; the conversation is added once the turn knows it ({@link #conversation}).
   */
  static TurnLog open(String business, String platform, long inboxId, String requestId) {
    TurnLog log = new TurnLog(MDC.getCopyOfContextMap());
    MDC.put(BUSINESS, business);
    MDC.put(PLATFORM, platform);
    MDC.put(INBOX, Long.toString(inboxId));
    MDC.remove(CONVERSATION);
    // None (a row recorded before ids were kept): not the id of a sweep that happens to run it.
    RequestId.set(requestId);
    return log;
  }

  /**
   * Names the turn's conversation in the open context; nothing when none is open (a test calling
   * the processor directly), so no field is left behind on the caller's thread.
   */
  static void conversation(long conversationId) {
    if (MDC.get(INBOX) != null) {
      MDC.put(CONVERSATION, Long.toString(conversationId));
    }
  }

  @Override
  public void close() {
    if (before == null) {
      MDC.clear();
    } else {
      MDC.setContextMap(before);
    }
  }
}
