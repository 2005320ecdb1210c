package io.bookline.retry;

import java.time.Duration;

/** How a run of attempts ended: with a value, or with the last failure and why it stopped. */
public sealed interface Outcome<T> {
  /** Attempts made, the successful one included. */
  int attempts();

  record Done<T>(T value, int attempts) implements Outcome<T> {}

  /**
   * @param last the last attempt's failure
   * @param retryAfter the wait the other side asked for last, or null
   */
  record GaveUp<T>(RuntimeException last, int attempts, StopReason reason, Duration retryAfter)
      implements Outcome<T> {}
}
