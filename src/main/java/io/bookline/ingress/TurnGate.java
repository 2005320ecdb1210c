package io.bookline.ingress;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

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
 * again at every release: when the intake calms, the next release lets the queue in.
 */
final class TurnGate {
  /** How long the intake counts as pressed after it last was. */
  static final Duration HOLD = Duration.ofMillis(100);

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

  TurnGate(int width, int pressedAbove) {
    this(width, pressedAbove, HOLD, System::nanoTime);
  }

  /** An acknowledgement starts recording its messages; pair with {@link #recorded}. */
  void recording() {
    if (receiving.incrementAndGet() > pressedAbove) {
      pressedUntil = nanoTime.getAsLong() + holdNanos;
      everPressed = true;
    }
  }

  /** An acknowledgement's messages are recorded (or failed to be). */
  void recorded() {
    receiving.decrementAndGet();
  }

  /** Whether acknowledgements are queueing now or were within the hold. */
  boolean pressed() {
    return receiving.get() > pressedAbove
        || (everPressed && pressedUntil - nanoTime.getAsLong() > 0);
  }

  /** How many turns may run now. */
  int width() {
    return pressed() ? 1 : width;
  }

  /** Waits, uninterruptibly and in arrival order, until this turn may run. */
  void enter() {
    lock.lock();
    try {
      if (queue.isEmpty() && running < width()) {
        running++;
        return;
      }
      Condition mine = lock.newCondition();
      queue.addLast(mine);
      while (queue.peekFirst() != mine || running >= width()) {
        mine.awaitUninterruptibly();
      }
      queue.removeFirst();
      running++;
      wakeHeadIfRoom();
    } finally {
      lock.unlock();
    }
  }

  /** A turn that {@link #enter entered} is done. */
  void leave() {
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

  /** Turns running now; for metrics and tests. */
  int running() {
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
