package io.bookline.channel;

/** How the replies to a channel's messages reach the customer. */
public enum Delivery {
  /** In the HTTP response to the request that carried the message (the web chat). */
  INLINE,
  /**
   * As outbox rows written in the turn's transaction, sent later through the platform's API by the
   * channel's {@link Sender}.
   */
  OUTBOX
}
