package io.bookline.retry;

import java.time.Duration;

/**
 * What a failed attempt says about the next one: whether it can succeed (a timeout, 429, 5xx) or
 * cannot (a 400, a refused recipient), and how long the other side asked us to wait, if it did.
 *
 * @param retryAfter the wait the other side asked for ({@code Retry-After}), or null
 */
public record Verdict(boolean retryable, Duration retryAfter) {
  private static final Verdict PERMANENT = new Verdict(false, null);
  private static final Verdict RETRY = new Verdict(true, null);

  /** Trying again cannot help. */
  public static Verdict permanent() {
    return PERMANENT;
  }

  /** Trying again may help, after our own backoff. */
  public static Verdict retry() {
    return RETRY;
  }

  /** Trying again may help after {@code wait}, or after our own backoff when it is null. */
  public static Verdict retryAfter(Duration wait) {
    return wait == null ? RETRY : new Verdict(true, wait);
  }
}
