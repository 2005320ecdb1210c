package io.bookline.lifecycle;

import io.bookline.ops.RequestId;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.nio.channels.ClosedByInterruptException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Periodic housekeeping on one virtual thread (session clean-up, the inbox sweep). A job that fails
 * is logged (once per run of failures, see {@link Outage}) and runs again at its next period; one
 * slow job delays the others, so jobs stay short and batch their work.
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
    Outage outage = new Outage(name);
    executor.scheduleWithFixedDelay(
        () -> {
          // Each run has its own id: its lines, and those of the sends it queues (a reminder's),
          // carry it (ADR 0060).
          RequestId.set(RequestId.fresh());
          try {
            job.run();
            outage.recovered();
          } catch (RuntimeException e) {
            if (closing && cutShort(e)) {
              // The stop interrupted it (its connection wait or query): what it did not do is
              // still due, and the next start does it. One line, no trace.
              LOG.info(
                  "{} cut short by the stop; the next start finishes it ({})", name, e.toString());
            } else {
              outage.failed(e);
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
   * One job's run of failures. While the database is down every run fails the same way: the first
   * failure is one WARN line with its cause, the runs after it only DEBUG, and the first run that
   * works again one INFO line, so an outage is two lines, not a 55-line trace a minute. The traces
   * are at DEBUG. Only the scheduler's one thread touches it.
   */
  private static final class Outage {
    private final String name;
    private int failures;

    Outage(String name) {
      this.name = name;
    }

    void failed(RuntimeException e) {
      failures++;
      if (failures == 1) {
        LOG.warn("{} failed; will try again ({})", name, cause(e));
      }
      LOG.debug("{} failed ({} in a row)", name, failures, e);
    }

    void recovered() {
      if (failures > 0) {
        LOG.info(
            "{} recovered after {} failed {}",
            name,
            failures,
            failures == 1 ? "run" : "runs in a row");
        failures = 0;
      }
    }
  }

  /** The innermost cause, as its kind and message: what failed, on one line. */
  static String cause(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = String.valueOf(root.getMessage()).strip().replaceAll("\\s+", " ");
    if (message.length() > MAX_CAUSE) {
      message = message.substring(0, MAX_CAUSE) + "...";
    }
    return root.getClass().getSimpleName() + ": " + message;
  }

  private static final int MAX_CAUSE = 300;

  /**
   * Whether a run failed because the stop interrupted it or took its connection away: an
   * interruption, or a lost or refused database connection, anywhere in the causes. Any other
   * failure during the stop is a failure like any other.
   */
  static boolean cutShort(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof InterruptedException
          || t instanceof InterruptedIOException
          || t instanceof ClosedByInterruptException
          || t instanceof SQLTransientConnectionException
          || t instanceof ConnectException
          || (t instanceof SQLException sql
              && sql.getSQLState() != null
              && sql.getSQLState().startsWith("08"))
          || String.valueOf(t.getMessage()).contains("Interrupted")) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
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
