package io.bookline.session;

import io.lettuce.core.RedisCommandTimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * When Redis trouble is worth a warning. A reply later than the command timeout on a busy host (a
 * GC pause, a container short of CPU) is one slow sample, not an outage: Redis counts as degraded
 * only after {@value #LATE_IN_A_ROW} late replies in a row, or at once when a command fails
 * otherwise (refused, connection lost). Any reply ends it. The caller logs the two changes, so an
 * outage is one warning and one all-clear, never a line per command.
 */
public final class RedisHealth {
  /** Late replies in a row that make Redis degraded (at the 250 ms timeout: 750 ms of silence). */
  public static final int LATE_IN_A_ROW = 3;

  private final AtomicInteger lateInARow = new AtomicInteger();
  private final AtomicBoolean degraded = new AtomicBoolean();

  /** A reply came; true when it ends a degraded spell. Two plain reads when all is well. */
  public boolean answered() {
    if (lateInARow.get() != 0) {
      lateInARow.set(0);
    }
    return degraded.get() && degraded.getAndSet(false);
  }

  /** A command failed with {@code e}; true when this failure makes Redis degraded. */
  public boolean failed(RuntimeException e) {
    boolean late = e instanceof RedisCommandTimeoutException;
    if (late && lateInARow.incrementAndGet() < LATE_IN_A_ROW) {
      return false;
    }
    return !degraded.getAndSet(true);
  }

  public boolean degraded() {
    return degraded.get();
  }
}
