package io.bookline.channel;

import java.time.Duration;

/**
 * A platform refused or failed a send. {@code retryable} says whether trying again can help
 * (timeouts, 429, 5xx, throttling codes) or not (e.g. WhatsApp 131047: outside the 24-hour window).
 */
public final class SendFailure extends RuntimeException {
  private final boolean retryable;
  private final Duration retryAfter;

  public SendFailure(String message, boolean retryable, Duration retryAfter) {
    super(message, null, false, false);
    this.retryable = retryable;
    this.retryAfter = retryAfter;
  }

  public boolean retryable() {
    return retryable;
  }

  /** What the platform asked us to wait, or null. */
  public Duration retryAfter() {
    return retryAfter;
  }
}
