package io.bookline.ingress;

import io.bookline.booking.Reply;
import io.bookline.channel.Channel;
import io.bookline.channel.Channels;
import io.bookline.channel.InboundMessage;
import io.bookline.processor.MessageProcessor;
import io.bookline.processor.OutOfOrder;
import io.bookline.processor.TurnResult;
import java.util.List;
import java.util.Map;

/**
 * Hands recorded messages to the processor, one conversation at a time and in the order the
 * customer sent them, across instances too: a turn whose conversation has an earlier message still
 * waiting (possibly recorded by another instance) is refused at commit, and this instance then
 * handles the waiting ones first, oldest first, before trying again.
 */
public final class Dispatcher {
  /** Enough for any real backlog of one conversation; a bound so a bug cannot spin forever. */
  private static final int MAX_ROUNDS = 100;

  private final Inbox inbox;
  private final ConversationLanes lanes;
  private final MessageProcessor processor;
  private final FloodGuard flood;
  private final Channels channels;

  public Dispatcher(
      Inbox inbox,
      ConversationLanes lanes,
      MessageProcessor processor,
      FloodGuard flood,
      Channels channels) {
    this.inbox = inbox;
    this.lanes = lanes;
    this.processor = processor;
    this.flood = flood;
    this.channels = channels;
  }

  /** Handles a just-recorded message and returns its result (or the stored one). */
  public TurnResult dispatch(InboundMessage message, Inbox.Recorded recorded) {
    String key = Inbox.conversationKey(message);
    if (recorded.isNew() && floodGuarded(message)) {
      FloodGuard.Verdict verdict = flood.check(key);
      if (verdict != FloodGuard.Verdict.OK) {
        List<Reply> note =
            verdict == FloodGuard.Verdict.NOTE
                ? List.of(processor.floodReply(message.businessId()))
                : List.of();
        return lanes.run(
            key,
            () -> processor.fixedTurn(message, recorded.id(), key, note, Map.of("flood", true)));
      }
    }
    return lanes.run(key, () -> handleInOrder(key, message, recorded.id(), !recorded.isNew()));
  }

  /** Whether the message's channel wants the flood guard (a platform without one keeps it). */
  private boolean floodGuarded(InboundMessage message) {
    return channels.find(message.platform()).map(Channel::floodGuarded).orElse(true);
  }

  private TurnResult handleInOrder(
      String key, InboundMessage message, long inboxId, boolean maybeHandled) {
    boolean repeat = maybeHandled;
    for (int round = 0; round < MAX_ROUNDS; round++) {
      try {
        return processor.handle(message, inboxId, repeat);
      } catch (OutOfOrder e) {
        repeat = true;
        for (Inbox.Pending earlier : inbox.waiting(key, 50)) {
          if (earlier.id() == inboxId) {
            break;
          }
          try {
            processor.handle(earlier.message(), earlier.id(), true);
          } catch (OutOfOrder stillEarlier) {
            break; // someone else is ahead of us; start over from the oldest
          }
        }
      }
    }
    throw new IllegalStateException(
        "conversation " + key + " could not be put in order after " + MAX_ROUNDS + " rounds");
  }
}
