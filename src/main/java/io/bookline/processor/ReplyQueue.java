package io.bookline.processor;

import io.bookline.booking.Reply;
import io.bookline.channel.Delivery;
import io.bookline.channel.InboundMessage;
import io.bookline.channel.OutboundMessage;
import io.bookline.channel.Renderer;
import io.bookline.db.Tx;
import io.bookline.outbox.Handover;
import io.bookline.outbox.Outbox;
import io.bookline.understanding.Language;
import java.util.List;
import java.util.Map;

/**
 * Where a turn's replies go: the outbox, in the turn's transaction, unless the message's channel
 * answers inline (the web chat), and a word to the sender once the turn committed.
 */
final class ReplyQueue {
  private final Outbox outbox;

  ReplyQueue(Outbox outbox) {
    this.outbox = outbox;
  }

  /**
   * Queues the replies with the turn's other writes: one round trip before the commit (ADR 0030).
   */
  void queue(Tx tx, long conversationId, InboundMessage message, List<Reply> replies) {
    if (message.delivery() == Delivery.INLINE) {
      return;
    }
    List<OutboundMessage> out =
        replies.stream().map(r -> new OutboundMessage(r.text(), r.options())).toList();
    outbox.enqueue(tx.laterContext(), conversationId, message.platform(), message.address(), out);
  }

  /**
   * Queues a turn's replies with its other writes, the first leased to this instance as it is
   * written when it can be sent at once (ADR 0042); {@link #committed(Handover.Queued)} hands it to
   * the sender. The address carries the turn's language, for the words a platform adds of its own
   * (a WhatsApp list's button).
   */
  Handover.Queued queueTaken(
      Tx tx, long conversationId, InboundMessage message, List<Reply> replies, Language language) {
    if (message.delivery() == Delivery.INLINE) {
      return Handover.Queued.NONE;
    }
    List<OutboundMessage> out =
        replies.stream().map(r -> new OutboundMessage(r.text(), r.options())).toList();
    Map<String, String> address = Renderer.inLanguage(message.address(), language.code());
    return outbox.handover().enqueue(tx, conversationId, message.platform(), address, out);
  }

  /** After the commit: the sender need not wait for its next poll. */
  void committed(InboundMessage message) {
    if (message.delivery() == Delivery.OUTBOX) {
      outbox.wake();
    }
  }

  /** After the commit of {@link #queueTaken}: the sender starts on what it was handed. */
  void committed(Handover.Queued queued) {
    outbox.handover().committed(queued);
  }
}
