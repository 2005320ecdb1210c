package io.bookline.ingress;

import io.bookline.channel.InboundMessage;
import io.bookline.ops.RequestId;

/**
 * A message on its way into the inbox. Its verdict is set by the writer that counted it against its
 * sender ({@link SenderCounts}), so a group written again one by one (GroupCommit's fallback) does
 * not count twice; it is cleared when the count is given back.
 */
final class Arriving {
  final InboundMessage message;

  /** Whether its channel wants the flood guard. */
  final boolean guarded;

  /**
   * The request that brings it, taken on the request's thread (the group's writer runs on its own):
   * kept in the row, so its turn's lines carry it wherever they run (ADR 0060).
   */
  final String requestId = RequestId.current();

  /** Null until judged; OK for a message that is not guarded. */
  FloodGuard.Verdict verdict;

  Arriving(InboundMessage message, boolean guarded) {
    this.message = message;
    this.guarded = guarded;
  }

  /** Platform and message id: what makes a message the same message. */
  String key() {
    return message.platform().id() + "\n" + message.platformMessageId();
  }
}
