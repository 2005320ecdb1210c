package io.bookline.lifecycle;

import java.time.Duration;

/**
 * How long a stop may still take (ADR 0034): set when SIGTERM arrives ({@code SHUTDOWN_TIMEOUT}),
 * asked by each part as it stops, so the parts share one budget instead of each waiting its own.
 * Measured on the monotonic clock: a stop is about real seconds, whatever the app's clock says.
 */
public final class Deadline {
  private final long endNanos;

  private Deadline(long endNanos) {
    this.endNanos = endNanos;
  }

  /** A deadline {@code budget} from now. */
  public static Deadline in(Duration budget) {
    return new Deadline(System.nanoTime() + budget.toNanos());
  }

  /** What is left, never negative. */
  public Duration remaining() {
    return Duration.ofNanos(Math.max(0, endNanos - System.nanoTime()));
  }

  /** What is left, but at most {@code cap}. */
  public Duration remaining(Duration cap) {
    Duration left = remaining();
    return left.compareTo(cap) < 0 ? left : cap;
  }
}
