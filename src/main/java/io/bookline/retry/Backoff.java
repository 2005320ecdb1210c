package io.bookline.retry;

import java.time.Duration;
import java.util.Optional;

/**
 * The backoff policy, as an immutable value: the wait before attempt n + 1 is {@code first × 2^(n −
 * 1)}, at most {@code cap}, jittered to between half and one and a half times that (so clients that
 * failed together do not return together), and never more than {@code cap}. A {@code Retry-After}
 * from the other side replaces our own wait; one longer than the cap stops the run, so the caller
 * can park the work until then. At most {@code maxAttempts} attempts, and none that would start
 * after {@code window} from the first.
 *
 * <p>Pure: the caller passes the elapsed time and a random unit in [0, 1). A short budget (the
 * LLM's seconds) and a long window of capped waits (a platform outage of hours) are the same policy
 * with other numbers.
 *
 * @param first the wait after the first failure, before jitter
 * @param cap the longest single wait
 * @param maxAttempts attempts in all, the first included
 * @param window no attempt starts later than this after the first one; empty for no limit
 */
public record Backoff(Duration first, Duration cap, int maxAttempts, Optional<Duration> window) {
  private static final double JITTER = 0.5;

  public Backoff {
    if (first.isNegative() || first.isZero()) {
      throw new IllegalArgumentException("first wait must be positive, not " + first);
    }
    if (cap.compareTo(first) < 0) {
      throw new IllegalArgumentException("cap " + cap + " is shorter than the first wait " + first);
    }
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("at least one attempt, not " + maxAttempts);
    }
  }

  /**
   * Doubling waits from {@code first}, no cap to speak of, no window, until {@code maxAttempts}.
   */
  public static Backoff exponential(Duration first, int maxAttempts) {
    return new Backoff(first, Duration.ofDays(1), maxAttempts, Optional.empty());
  }

  /** The same policy with no single wait longer than {@code longest}. */
  public Backoff cappedAt(Duration longest) {
    return new Backoff(first, longest, maxAttempts, window);
  }

  /** The same policy with no attempt starting later than {@code limit} after the first. */
  public Backoff within(Duration limit) {
    return new Backoff(first, cap, maxAttempts, Optional.of(limit));
  }

  /** What to do next. */
  public sealed interface Decision {}

  /** Wait this long, then try again. */
  public record Pause(Duration duration) implements Decision {}

  /** Try no more. */
  public record Stop(StopReason reason) implements Decision {}

  /**
   * Our own wait after {@code failures} failed attempts (1 after the first), before the cap.
   *
   * @param unit a random number in [0, 1) that places the wait within the jitter
   */
  public Duration delay(int failures, double unit) {
    double base =
        Math.min(first.toNanos() * Math.pow(2, Math.min(failures - 1, 62)), cap.toNanos());
    double jittered = base * (1 - JITTER + 2 * JITTER * unit);
    return Duration.ofNanos((long) Math.min(jittered, cap.toNanos()));
  }

  /**
   * Decides after a failed attempt.
   *
   * @param failures attempts made so far, all failed
   * @param elapsed time since the first attempt started
   * @param retryAfter the wait the other side asked for, or null
   * @param unit a random number in [0, 1) for the jitter
   */
  public Decision next(int failures, Duration elapsed, Duration retryAfter, double unit) {
    if (retryAfter != null && retryAfter.compareTo(cap) > 0) {
      return new Stop(StopReason.WAIT_TOO_LONG);
    }
    if (failures >= maxAttempts) {
      return new Stop(StopReason.ATTEMPTS_USED);
    }
    Duration wait = retryAfter != null ? retryAfter : delay(failures, unit);
    if (window.isPresent() && elapsed.plus(wait).compareTo(window.get()) > 0) {
      return new Stop(StopReason.WINDOW_SPENT);
    }
    return new Pause(wait);
  }
}
