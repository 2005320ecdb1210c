package io.bookline.retry;

/** Why a {@link Retrier} stopped trying. */
public enum StopReason {
  /** The failure cannot succeed next time. */
  PERMANENT,
  /** Every allowed attempt was made. */
  ATTEMPTS_USED,
  /** The next attempt would start after the policy's window (a time budget). */
  WINDOW_SPENT,
  /** The other side asked for a longer wait than the policy's cap; the caller may park the work. */
  WAIT_TOO_LONG,
  /** The thread was interrupted while waiting; its interrupt flag is set again. */
  INTERRUPTED
}
