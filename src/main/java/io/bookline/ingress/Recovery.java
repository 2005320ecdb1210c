package io.bookline.ingress;

import io.bookline.processor.MessageProcessor;
import io.bookline.session.SessionKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At start-up, finishes messages that were acknowledged but not processed (the instance died
 * between the 200 and the commit). Each is handled through the same lane and processor as a live
 * message, and the inbox status makes a second handling impossible.
 */
public final class Recovery {
  private static final Logger LOG = LoggerFactory.getLogger(Recovery.class);
  private static final int BATCH = 500;

  private final Inbox inbox;
  private final ConversationLanes lanes;
  private final MessageProcessor processor;

  public Recovery(Inbox inbox, ConversationLanes lanes, MessageProcessor processor) {
    this.inbox = inbox;
    this.lanes = lanes;
    this.processor = processor;
  }

  /** Processes every unfinished message, oldest first; returns how many. */
  public int run() {
    int total = 0;
    while (true) {
      var batch = inbox.unfinished(BATCH);
      if (batch.isEmpty()) {
        break;
      }
      for (Inbox.Pending p : batch) {
        var m = p.message();
        String key = SessionKey.of(m.businessId(), m.platform().id(), m.senderId());
        lanes.run(key, () -> processor.handle(m, p.id(), true));
        total++;
      }
    }
    if (total > 0) {
      LOG.info("recovered {} acknowledged but unfinished messages", total);
    }
    return total;
  }
}
