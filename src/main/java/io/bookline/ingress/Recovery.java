package io.bookline.ingress;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finishes messages that were acknowledged but not processed: at start-up (the instance died
 * between the 200 and the commit) and every minute (a turn that failed, a crashed peer). Each is
 * handled through the same lane and processor as a live message, and the inbox status makes a
 * second handling impossible.
 *
 * <p>The sweep pages through the inbox by row id, so every waiting row is reached however many
 * there are; a row that fails waits out its own backoff ({@link Inbox#failed}) and is logged by the
 * dispatcher once, not by every sweep (ADR 0019).
 */
public final class Recovery {
  private static final Logger LOG = LoggerFactory.getLogger(Recovery.class);
  static final int PAGE = 500;

  /** The periodic sweep's age and period: it finishes rows older than this, this often. */
  public static final Duration SWEEP_AFTER = Duration.ofMinutes(1);

  private final Inbox inbox;
  private final Dispatcher dispatcher;
  private final Clock clock;
  private final int parallelism;
  private final TurnGate gate;

  /**
   * @param parallelism rows handled at once: different conversations go in parallel, as live
   *     messages do, so a long backlog after a crash is not worked through one by one
   * @param gate the gate live background turns pass: the sweep's turns give way to queueing
   *     acknowledgements as theirs do (ADR 0044)
   */
  public Recovery(Inbox inbox, Dispatcher dispatcher, Clock clock, int parallelism, TurnGate gate) {
    this.inbox = inbox;
    this.dispatcher = dispatcher;
    this.clock = clock;
    this.parallelism = Math.max(1, parallelism);
    this.gate = gate;
  }

  /** Processes every unfinished message that is due; returns how many were finished. */
  public int run() {
    return run(Duration.ZERO);
  }

  /**
   * Processes unfinished messages received more than {@code minAge} ago and not waiting out a
   * backoff: run at start-up with zero, and periodically with a minute so a message whose
   * processing failed is picked up without waiting for a restart.
   */
  public int run(Duration minAge) {
    Instant before = clock.instant().minus(minAge);
    AtomicInteger total = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    Semaphore slots = new Semaphore(parallelism);
    long after = 0;
    try (ExecutorService rows = Executors.newVirtualThreadPerTaskExecutor()) {
      for (var page = inbox.due(after, before, PAGE);
          !page.isEmpty();
          page = inbox.due(after, before, PAGE)) {
        for (Inbox.Pending p : page) {
          after = p.id();
          slots.acquireUninterruptibly();
          rows.submit(() -> recover(p, total, failed, slots));
        }
        // The page is finished before the next is read, so no row is read twice by one sweep.
        slots.acquireUninterruptibly(parallelism);
        slots.release(parallelism);
      }
    }
    if (total.get() > 0 || failed.get() > 0) {
      LOG.info("recovered {} acknowledged but unfinished messages; {} failed again", total, failed);
    }
    return total.get();
  }

  private void recover(
      Inbox.Pending p, AtomicInteger total, AtomicInteger failed, Semaphore slots) {
    try {
      if (!gate.enter()) {
        return; // the instance is stopping: the row waits for the next sweep
      }
      try {
        dispatcher.dispatch(p.message(), p.recorded());
        total.incrementAndGet();
      } finally {
        gate.leave();
      }
    } catch (RuntimeException e) {
      failed.incrementAndGet(); // counted against the row, and logged once, by the dispatcher
    } finally {
      slots.release();
    }
  }
}
