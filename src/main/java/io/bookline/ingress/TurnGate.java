package io.bookline.ingress;

import io.bookline.lifecycle.StopOverrun;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * How many background turns run at once: the full width while acknowledgements flow freely, one at
 * a time while they queue (ADR 0044).
 *
 * <p>An acknowledgement is what a platform waits for, and one that is late is sent again, which
 * adds load just when there is too much. A turn can wait: its message is durable in the inbox. Both
 * share the same cores, so while more acknowledgements are being recorded than the inbox has
 * writers, the intake is <em>pressed</em> and turns go single file. They never stop, so a long
 * burst cannot starve them. The pressure is held for a short time after it was last seen, so a gap
 * between two requests does not let the whole width in.
 *
 * <p>Waiting turns are served first come, first served, and each release wakes at most the one turn
 * at the head of the queue, so a backlog of thousands costs no herd of wake-ups. The width is read
 * again at every release, and a head held back by the pressure alone looks again when the hold runs
 * out, so the queue comes in as soon as the intake calms, even behind one slow turn. Each turn let
 * in wakes the next while there is room.
 *
 * <p>Recovery's sweep passes the same gate, so a long burst is not joined by the sweep's turns at
 * full width. On a stop whose budget ran out, {@link #close} sends the waiting turns away: their
 * messages stay in the inbox for the next start or a peer's sweep.
 */
public final class TurnGate {
  /** How long the intake counts as pressed after it last was. */
  static final Duration HOLD = Duration.ofMillis(100);

  /** The shortest a head held back by the pressure waits before it looks again. */
  private static final long MIN_LOOK_NANOS = Duration.ofMillis(1).toNanos();

  private final int width;
  private final int pressedAbove;
  private final long holdNanos;
  private final LongSupplier nanoTime;
  private final AtomicInteger receiving = new AtomicInteger();
  private volatile long pressedUntil;
  private volatile boolean everPressed;

  private final ReentrantLock lock = new ReentrantLock();
  private final ArrayDeque<Condition> queue = new ArrayDeque<>();
  private int running;
  private boolean closed;

  /**
   * @param width background turns at once while the intake is calm
   * @param pressedAbove acknowledgements being recorded at once above which the intake is pressed:
   *     the inbox's writers, so that more means they queue
   */
  TurnGate(int width, int pressedAbove, Duration hold, LongSupplier nanoTime) {
    this.width = Math.max(1, width);
    this.pressedAbove = Math.max(1, pressedAbove);
    this.holdNanos = hold.toNanos();
    this.nanoTime = nanoTime;
  }

  public TurnGate(int width, int pressedAbove) {
    this(width, pressedAbove, HOLD, System::nanoTime);
  }

  /**
   * Records an acknowledgement's messages: while it runs, it counts as one acknowledgement being
   * recorded, whether it returns or throws.
   */
  <T> T recording(Supplier<T> record) {
    if (receiving.incrementAndGet() > pressedAbove) {
      pressedAgain();
    }
    try {
      return record.get();
    } finally {
      // The hold counts from the end of the last recording that found the writers busy, so a
      // slow one (a slow disk) does not let the whole width in the moment it ends.
      if (receiving.getAndDecrement() > pressedAbove) {
        pressedAgain();
      }
    }
  }

  private void pressedAgain() {
    pressedUntil = nanoTime.getAsLong() + holdNanos;
    everPressed = true;
  }

  /** Whether acknowledgements are queueing now or were within the hold. */
  boolean pressed() {
    return receiving.get() > pressedAbove || holdLeft() > 0;
  }

  /** Nanoseconds until the hold runs out; 0 or less when it has. */
  private long holdLeft() {
    return everPressed ? pressedUntil - nanoTime.getAsLong() : 0;
  }

  /** How many turns may run now. */
  int width() {
    return pressed() ? 1 : width;
  }

  /**
   * Waits, uninterruptibly and in arrival order, until this turn may run; false when the gate was
   * {@link #close closed} first, and then the turn must not run (its message stays in the inbox).
   */
  public boolean enter() {
    boolean interrupted = false;
    lock.lock();
    try {
      if (closed) {
        return false;
      }
      if (queue.isEmpty() && running < width()) {
        running++;
        return true;
      }
      Condition mine = lock.newCondition();
      queue.addLast(mine);
      while (!closed && (queue.peekFirst() != mine || running >= width())) {
        try {
          if (queue.peekFirst() == mine && running < width) {
            // Held back by the pressure alone: look again when the hold runs out.
            mine.awaitNanos(Math.max(holdLeft(), MIN_LOOK_NANOS));
          } else {
            mine.await();
          }
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (closed) {
        return false; // close() emptied the queue
      }
      queue.removeFirst();
      running++;
      wakeHeadIfRoom();
      return true;
    } finally {
      lock.unlock();
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * Lets no more turns in: every waiting turn returns from {@link #enter} without running, so none
   * starts while the pools close behind it on a stop. Turns already running finish.
   *
   * @return how many waiting turns were sent away
   */
  public int close() {
    lock.lock();
    try {
      closed = true;
      int waiting = queue.size();
      queue.forEach(Condition::signal);
      queue.clear();
      return waiting;
    } finally {
      lock.unlock();
    }
  }

  /**
   * The stop's wait for background turns (ADR 0034): those under way and those waiting in {@code
   * executor} finish within {@code budget}; past it, no more are let in, those running are
   * interrupted, and {@code overrun} is told how many of each it gave up on. Their messages stay in
   * the inbox for the next start or a peer's sweep.
   */
  public void drain(ExecutorService executor, Duration budget, StopOverrun overrun) {
    executor.shutdown();
    try {
      if (!executor.awaitTermination(budget.toMillis(), TimeUnit.MILLISECONDS)) {
        int left = running();
        // Turns still queued stay in the inbox rather than start while the pools close.
        int queued = close();
        if (left > 0 || queued == 0) {
          overrun.gaveUpOn(StopOverrun.count(left, "background turn"));
        }
        if (queued > 0) {
          overrun.gaveUpOn(StopOverrun.count(queued, "queued turn"));
        }
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** A turn that {@link #enter entered} is done. */
  public void leave() {
    lock.lock();
    try {
      running--;
      wakeHeadIfRoom();
    } finally {
      lock.unlock();
    }
  }

  private void wakeHeadIfRoom() {
    Condition head = queue.peekFirst();
    if (head != null && running < width()) {
      head.signal();
    }
  }

  /** Acknowledgements being recorded now; for tests. */
  int receiving() {
    return receiving.get();
  }

  /** Turns running now; for metrics, tests and the stop's last word. */
  public int running() {
    lock.lock();
    try {
      return running;
    } finally {
      lock.unlock();
    }
  }

  /** Turns waiting to run; for metrics and tests. */
  int waiting() {
    lock.lock();
    try {
      return queue.size();
    } finally {
      lock.unlock();
    }
  }
}
