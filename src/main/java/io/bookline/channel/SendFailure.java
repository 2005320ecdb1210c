package io.bookline.channel;

import java.time.Duration;

/**
 * A platform refused or failed a send. {@code retryable} says whether trying again can help
 * (timeouts, 429, 5xx, throttling codes) or not (e.g. WhatsApp 131047: outside the 24-hour window).
 */
public final class SendFailure extends RuntimeException {
  private final boolean retryable;
  private final Duration retryAfter;
  private final boolean recipientGone;

  public SendFailure(String message, boolean retryable, Duration retryAfter) {
    this(message, retryable, retryAfter, false);
  }

  /**
   * @param recipientGone the platform says the customer cannot be written to (blocked the bot)
   */
  public SendFailure(
      String message, boolean retryable, Duration retryAfter, boolean recipientGone) {
    super(message, null, false, false);
    this.retryable = retryable;
    this.retryAfter = retryAfter;
    this.recipientGone = recipientGone;
  }

  /** Whether the platform says this customer cannot be written to any more. */
  public boolean recipientGone() {
    return recipientGone;
  }

  public boolean retryable() {
    return retryable;
  }

  /** What the platform asked us to wait, or null. */
  public Duration retryAfter() {
    return retryAfter;
  }
}
