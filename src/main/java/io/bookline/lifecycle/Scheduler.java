package io.bookline.lifecycle;

import io.bookline.ops.RequestId;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Periodic housekeeping on one virtual thread (session clean-up, the inbox sweep). A job that fails
 * is logged and runs again at its next period; one slow job delays the others, so jobs stay short
 * and batch their work.
 */
public final class Scheduler implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Scheduler.class);

  private static final Duration STOP_WAIT = Duration.ofSeconds(5);

  /** Set when the stop begins: a run it cuts short is no failure. */
  private volatile boolean closing;

  private final ScheduledExecutorService executor =
      Executors.newSingleThreadScheduledExecutor(
          Thread.ofVirtual().name("bookline-scheduler").factory());

  /**
   * Runs {@code job} after {@code firstDelay}, then {@code period} after each run ends.
   *
   * @param name says what failed in the log, e.g. "session clean-up"
   */
  public void every(String name, Duration firstDelay, Duration period, Runnable job) {
    executor.scheduleWithFixedDelay(
        () -> {
          // Each run has its own id: its lines, and those of the sends it queues (a reminder's),
          // carry it (ADR 0060).
          RequestId.set(RequestId.fresh());
          try {
            job.run();
          } catch (RuntimeException e) {
            if (closing) {
              // The stop interrupted it (its connection wait or query): what it did not do is
              // still due, and the next start does it. One line, no trace.
              LOG.info(
                  "{} cut short by the stop; the next start finishes it ({})", name, e.toString());
            } else {
              LOG.warn("{} failed; will try again", name, e);
            }
          } finally {
            RequestId.set(null);
          }
        },
        firstDelay.toMillis(),
        period.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  /**
   * Stops every job: a run in progress is interrupted and waited for (briefly), so no job is still
   * touching the database when the parts built before the scheduler close.
   */
  @Override
  public void close() {
    closing = true;
    executor.shutdownNow();
    try {
      executor.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
