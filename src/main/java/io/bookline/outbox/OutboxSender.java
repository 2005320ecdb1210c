package io.bookline.outbox;

import io.bookline.channel.ChannelAccountRepository;
import io.bookline.channel.Sender;
import io.bookline.ops.RequestId;
import io.bookline.retry.Backoff;
import io.bookline.retry.RetryTiming;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Sends queued replies through the platforms. A claim makes a few quick attempts ({@link
 * ReplySend}) with the shared {@link Backoff} (from 300 ms doubling, jitter, {@code Retry-After} up
 * to {@link #MAX_INLINE_WAIT} honoured in place), only on what can succeed next time (timeouts,
 * 429, 5xx, throttling codes). When they are spent, or the platform asks for a longer wait, the
 * reply goes back to the queue (ADR 0028): due when the platform asked, or after our own backoff
 * over all its attempts (at most {@code OUTBOX_MAX_WAIT}), and dead-lettered only when that would
 * be after its retry window ({@code OUTBOX_RETRY_WINDOW}, from when it was queued). A permanent
 * failure (e.g. WhatsApp 131047) dead-letters it at once. The admin API lists dead letters and
 * queues them again.
 *
 * <p>Leases (ADR 0028): the loop claims rows leased to this instance and, while it polls, renews
 * ({@link HeldRows}) the leases of the rows still being sent once a third of a lease has passed, so
 * a slow send or a long backoff keeps its row and a crashed instance's rows are due one lease
 * later. A sender that finds its lease taken over stops trying that row. {@link #stop(Duration)}
 * claims nothing more, lets the sends in flight finish for a while, then gives back the rows it
 * still holds.
 *
 * <p>A turn's reply usually needs no claim (ADR 0042): it was leased to this instance as it was
 * written, and {@link #take} starts its send once the turn committed. The sender claims when rows
 * wait in the queue: woken by a commit that left one there, after a claim that came back full, and
 * at its idle poll.
 */
public final class OutboxSender implements AutoCloseable, Handover.Taker {
  private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);

  /** The MDC field of a send's conversation: the one a turn's lines name it by. */
  static final String CONVERSATION = "conversationId";

  /** Idle poll; replies committed on this instance wake the sender at once. */
  static final Duration POLL = Duration.ofSeconds(1);

  static final Duration FIRST_BACKOFF = Duration.ofMillis(300);

  /** A platform asking to wait longer than this gets the row back in the queue instead. */
  static final Duration MAX_INLINE_WAIT = Duration.ofSeconds(30);

  /** Rows held at once by one instance. */
  static final int MAX_IN_FLIGHT = 50;

  /** Held rows below which a finished send makes the sender claim again (ADR 0039). */
  static final int REFILL_BELOW = MAX_IN_FLIGHT / 2;

  /** The retry window and longest own pause when none are given (as OutboxConfig's defaults). */
  static final Duration DEFAULT_RETRY_WINDOW = Duration.ofHours(6);

  static final Duration DEFAULT_LONGEST_WAIT = Duration.ofMinutes(10);

  /** How long {@link #close()} lets sends in flight finish. */
  static final Duration DEFAULT_DRAIN = Duration.ofSeconds(5);

  private final Outbox outbox;
  private final ReplySend send;
  private final MeterRegistry metrics;
  private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
  private final ReentrantLock claimLock = new ReentrantLock();

  /**
   * Held while a turn hands rows over ({@link #take}); {@link #stop} waits for it as for a claim.
   */
  private final ReentrantLock takeLock = new ReentrantLock();

  /** The rows this instance holds, each true while its lease is still ours. */
  private final HeldRows held;

  private final Thread loop;
  private volatile boolean claiming = true;
  private volatile boolean running = true;
  private volatile boolean failing;

  /**
   * Rows may be waiting that no claim took: the last claim came back full, or a commit woke the
   * sender while it had no free slot. A finished send then wakes it once half its slots are free.
   */
  private volatile boolean more;

  public OutboxSender(
      Outbox outbox,
      ChannelAccountRepository accounts,
      List<Sender> senders,
      int maxAttempts,
      RetryTiming timing,
      MeterRegistry metrics) {
    this(
        outbox,
        accounts,
        senders,
        maxAttempts,
        DEFAULT_RETRY_WINDOW,
        DEFAULT_LONGEST_WAIT,
        timing,
        metrics);
  }

  /**
   * @param maxAttempts quick attempts per claim (from 300 ms, doubling) before the reply goes back
   *     to the queue
   * @param retryWindow how long after it was queued a reply is still tried ({@code
   *     OUTBOX_RETRY_WINDOW})
   * @param longestWait the longest pause of our own between claims ({@code OUTBOX_MAX_WAIT})
   */
  public OutboxSender(
      Outbox outbox,
      ChannelAccountRepository accounts,
      List<Sender> senders,
      int maxAttempts,
      Duration retryWindow,
      Duration longestWait,
      RetryTiming timing,
      MeterRegistry metrics) {
    this.outbox = outbox;
    this.metrics = metrics;
    this.held = new HeldRows(outbox, timing.clock());
    this.send =
        new ReplySend(
            outbox,
            accounts,
            senders,
            timing.retrier(
                Backoff.exponential(FIRST_BACKOFF, maxAttempts).cappedAt(MAX_INLINE_WAIT)),
            new Settlement(outbox, new RetryWindow(retryWindow, longestWait), timing, metrics),
            held,
            () -> !claiming);
    outbox.onDead(
        platform -> metrics.counter("bookline.outbox.dead", "platform", platform.id()).increment());
    this.loop = Thread.ofVirtual().name("outbox-sender").start(this::run);
    outbox.handover().takenBy(this);
  }

  private void run() {
    while (running) {
      try {
        boolean woken = outbox.awaitWork(POLL);
        held.renewLeases();
        int room = MAX_IN_FLIGHT - held.size();
        if (claiming && room > 0) {
          claimAndHandOver(room);
        } else if (woken) {
          more = true;
        }
        if (failing) {
          failing = false;
          LOG.info("outbox polling works again");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        // Log an outage once, not four times a second.
        if (running && !failing) {
          failing = true;
          LOG.warn(
              "outbox poll failed; retrying every {} ms until the database answers: {}",
              POLL.toMillis(),
              e.getMessage());
        }
      }
    }
  }

  /**
   * Claims due rows and hands each to a worker, under the lock {@link #stop} waits on: a claim
   * under way when the sender stops still hands its rows over (they are then sent or given back),
   * and none is claimed after it, so no row stays leased to a stopped instance.
   */
  private void claimAndHandOver(int room) {
    claimLock.lock();
    try {
      if (!claiming) {
        return;
      }
      List<Outbox.Item> items = outbox.claim(room);
      more = items.size() >= room;
      metrics.counter("bookline.outbox.taken", "how", "claimed").increment(items.size());
      for (Outbox.Item item : items) {
        held.hold(item.id());
        workers.submit(() -> deliverHeld(item));
      }
    } finally {
      claimLock.unlock();
    }
  }

  /** Whether a reply handed over now would be sent at once: a slot is free and no stop began. */
  @Override
  public boolean hasRoom() {
    return claiming && held.size() < MAX_IN_FLIGHT;
  }

  /**
   * Sends rows a turn leased to this instance as it wrote them (ADR 0042), now that it committed.
   * Rows handed over once the sender stops are given back at once. Its own lock, held only to hand
   * over, never waits for a claim's round trips.
   */
  @Override
  public void take(List<Outbox.Item> items) {
    takeLock.lock();
    try {
      if (claiming) {
        metrics.counter("bookline.outbox.taken", "how", "written").increment(items.size());
        for (Outbox.Item item : items) {
          held.hold(item.id());
          workers.submit(() -> deliverHeld(item));
        }
        return;
      }
    } finally {
      takeLock.unlock();
    }
    items.forEach(item -> held.giveBack(item.id()));
  }

  private void deliverHeld(Outbox.Item item) {
    // The send's lines name the request or job run that queued the reply and its conversation, as
    // the lines of the turn that wrote it do (ADR 0060). A worker thread runs one send.
    RequestId.set(item.requestId());
    MDC.put(CONVERSATION, Long.toString(item.conversationId()));
    try {
      send.deliver(item);
    } finally {
      MDC.remove(CONVERSATION);
      RequestId.set(null);
      held.drop(item.id());
      // The conversation's next reply may now be the oldest: when one waits, look again.
      outbox.handover().done(item.conversationId());
      // A finished send frees a slot: while rows wait in the queue, look again once half the
      // slots are free (wakes that come together make one claim), so a busy sender claims in
      // batches.
      if (more && held.size() < REFILL_BELOW) {
        outbox.wake();
      }
    }
  }

  /** Rows this instance holds now (being sent or waiting to be tried again). */
  int inFlight() {
    return held.size();
  }

  /**
   * Stops gracefully: claims nothing more, lets sends in flight finish for up to {@code drain} (a
   * row whose next try comes after the stop began is given back instead of tried), then interrupts
   * what is left and gives back every row still held, so another instance sends it at once.
   */
  public void stop(Duration drain) {
    claiming = false;
    // A claim or a turn's hand-over under way finishes handing its rows to the workers first.
    claimLock.lock();
    claimLock.unlock();
    takeLock.lock();
    takeLock.unlock();
    workers.shutdown();
    try {
      if (!workers.awaitTermination(drain.toMillis(), TimeUnit.MILLISECONDS)) {
        workers.shutdownNow();
        workers.awaitTermination(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    running = false;
    loop.interrupt();
    held.giveBackAll();
  }

  @Override
  public void close() {
    stop(DEFAULT_DRAIN);
  }
}
