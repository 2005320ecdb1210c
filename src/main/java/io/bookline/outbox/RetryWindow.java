package io.bookline.outbox;

import io.bookline.retry.Backoff;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a reply the platform did not take is tried again, once the quick attempts of one claim are
 * spent (ADR 0028): after the wait the platform asked for ({@code Retry-After}, however long), or
 * after our own backoff over every attempt so far (from one second, doubling, jittered, at most
 * {@code longestWait}); never after its retry window closed. Pure: the caller passes the time and
 * the random unit.
 *
 * @param window how long after {@code window_from} (queued, or re-queued by an owner) a reply may
 *     still be tried
 * @param longestWait the longest pause of our own choosing
 */
record RetryWindow(Duration window, Duration longestWait) {
  /** Our own pause after the first failed attempt, before doubling and jitter. */
  static final Duration FIRST_PAUSE = Duration.ofSeconds(1);

  RetryWindow {
    if (longestWait.compareTo(FIRST_PAUSE) < 0) {
      throw new IllegalArgumentException("longest wait " + longestWait + " is under a second");
    }
  }

  /** What to do with the reply. */
  sealed interface Plan {}

  /** Queue it again, due after {@code pause}. */
  record Later(Duration pause) implements Plan {}

  /** Dead-letter it: the next try would come after the window closed. */
  record GiveUp(String why) implements Plan {}

  /**
   * @param attempts attempts made so far, all claims together, all failed
   * @param windowFrom when the reply's window opened
   * @param retryAfter what the platform asked for, or null
   * @param unit a random number in [0, 1) for the jitter
   */
  Plan after(int attempts, Instant windowFrom, Instant now, Duration retryAfter, double unit) {
    Duration wait =
        retryAfter != null
            ? retryAfter
            : new Backoff(FIRST_PAUSE, longestWait, Integer.MAX_VALUE, Optional.empty())
                .delay(attempts, unit);
    Instant closes = windowFrom.plus(window);
    if (now.plus(wait).isAfter(closes)) {
      return new GiveUp(
          "gave up after "
              + attempts
              + " attempt(s): the next try, in "
              + words(wait)
              + (retryAfter != null ? " as the platform asked" : "")
              + ", would come after the retry window of "
              + words(window)
              + " closed");
    }
    return new Later(wait);
  }

  /** "6h", "10m", "1m30s", "0.4s". */
  static String words(Duration d) {
    if (d.toMillis() < 1000) {
      return (d.toMillis() / 1000.0) + "s";
    }
    return d.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
        .toString()
        .substring(2)
        .toLowerCase(java.util.Locale.ROOT);
  }
}
