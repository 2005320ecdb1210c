package io.bookline.ingress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Background turns give way to acknowledgements that queue, and never stop (ADR 0044). */
class TurnGateTest {
  private final AtomicLong now = new AtomicLong(1_000_000_000L);
  private final TurnGate gate = new TurnGate(3, 2, Duration.ofMillis(100), now::get);
  private final CountDownLatch acksHold = new CountDownLatch(1);
  private final List<Thread> acks = new ArrayList<>();

  @AfterEach
  void acknowledgementsEnd() {
    acksHold.countDown();
  }

  @Test
  void a_calm_intake_lets_the_full_width_run_and_queues_the_rest() throws Exception {
    List<Thread> turns = new ArrayList<>();
    CountDownLatch hold = new CountDownLatch(1);
    for (int i = 0; i < 5; i++) {
      turns.add(holding(hold));
    }
    await().until(() -> gate.running() == 3 && gate.waiting() == 2);

    hold.countDown();
    for (Thread t : turns) {
      t.join();
    }
    assertThat(gate.running()).isZero();
    assertThat(gate.waiting()).isZero();
  }

  @Test
  void acknowledgements_queueing_for_the_writers_press_the_intake_and_its_hold_runs_out()
      throws Exception {
    CountDownLatch first = new CountDownLatch(1);
    CountDownLatch rest = new CountDownLatch(1);
    Thread one = acknowledging(first);
    Thread two = acknowledging(rest);
    await().until(() -> gate.receiving() == 2);
    assertThat(gate.pressed()).as("as many as the writers: not queueing").isFalse();
    assertThat(gate.width()).isEqualTo(3);

    Thread three = acknowledging(rest);
    await().until(() -> gate.receiving() == 3);
    assertThat(gate.pressed()).isTrue();
    assertThat(gate.width()).isEqualTo(1);

    now.addAndGet(Duration.ofSeconds(1).toNanos());
    first.countDown();
    one.join();
    assertThat(gate.pressed())
        .as("held for a while after the last recording that found the writers busy ended")
        .isTrue();
    now.addAndGet(Duration.ofMillis(99).toNanos());
    assertThat(gate.pressed()).isTrue();
    now.addAndGet(Duration.ofMillis(2).toNanos());
    assertThat(gate.pressed()).isFalse();
    assertThat(gate.width()).isEqualTo(3);

    rest.countDown();
    two.join();
    three.join();
    assertThat(gate.receiving()).isZero();
  }

  @Test
  void a_recording_that_fails_is_no_longer_counted() throws Exception {
    CountDownLatch hold = new CountDownLatch(1);
    List<Thread> two = List.of(acknowledging(hold), acknowledging(hold));
    await().until(() -> gate.receiving() == 2);

    assertThatThrownBy(
            () ->
                gate.recording(
                    () -> {
                      throw new IllegalStateException("the database is away");
                    }))
        .isInstanceOf(IllegalStateException.class);

    assertThat(gate.receiving()).isEqualTo(2);
    now.addAndGet(Duration.ofSeconds(1).toNanos());
    assertThat(gate.pressed()).isFalse();
    hold.countDown();
    for (Thread t : two) {
      t.join();
    }
  }

  @Test
  void while_the_intake_is_pressed_turns_go_single_file_and_the_whole_queue_gets_through()
      throws Exception {
    pressed();
    AtomicInteger inside = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    List<Thread> turns = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      turns.add(
          turn(
              () -> {
                most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                // long enough for any other turn let in to overlap it
                sleepMillis(1);
                inside.decrementAndGet();
              }));
    }
    for (Thread t : turns) {
      t.join(Duration.ofSeconds(10));
      assertThat(t.isAlive()).as("every turn ran while the intake stayed pressed").isFalse();
    }
    assertThat(most.get()).isEqualTo(1);
    assertThat(gate.pressed()).isTrue();
  }

  @Test
  void calm_again_the_queue_widens_to_the_full_width_at_the_next_release() throws Exception {
    CountDownLatch holdFirst = new CountDownLatch(1);
    CountDownLatch holdOthers = new CountDownLatch(1);
    Thread first = pressedBehind(holdFirst);
    List<Thread> others = queued(4, holdOthers);

    calm();
    holdFirst.countDown();
    first.join();
    await().until(() -> gate.running() == 3 && gate.waiting() == 1);

    holdOthers.countDown();
    joinAll(others);
    assertThat(gate.running()).isZero();
  }

  @Test
  void when_the_hold_runs_out_the_queue_comes_in_even_behind_one_slow_turn() throws Exception {
    CountDownLatch slow = new CountDownLatch(1);
    CountDownLatch others = new CountDownLatch(1);
    Thread first = pressedBehind(slow);
    List<Thread> queued = queued(3, others);

    calm();
    // No turn has finished: the head looks again when the hold runs out, then wakes the next.
    await().until(() -> gate.running() == 3 && gate.waiting() == 1);

    slow.countDown();
    others.countDown();
    first.join();
    joinAll(queued);
    assertThat(gate.running()).isZero();
  }

  @Test
  void a_closed_gate_sends_waiting_turns_away_and_lets_running_ones_finish() throws Exception {
    CountDownLatch hold = new CountDownLatch(1);
    Thread running = pressedBehind(hold);
    AtomicInteger ran = new AtomicInteger();
    List<Thread> queued = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      queued.add(turn(ran::incrementAndGet));
    }
    await().until(() -> gate.waiting() == 5);

    gate.close();
    for (Thread t : queued) {
      t.join(Duration.ofSeconds(10));
      assertThat(t.isAlive()).isFalse();
    }
    assertThat(ran).hasValue(0);
    assertThat(gate.waiting()).isZero();
    assertThat(gate.enter()).as("nothing enters a closed gate").isFalse();
    assertThat(gate.running()).isEqualTo(1);

    hold.countDown();
    running.join();
    assertThat(gate.running()).isZero();
  }

  @Test
  void a_turn_that_waited_as_long_as_the_sweep_may_have_been_handled_already() {
    Inbox.Recorded fresh = new Inbox.Recorded(7, true, FloodGuard.Verdict.OK);
    assertThat(Intake.asDispatched(fresh, Recovery.SWEEP_AFTER.minusMillis(1))).isSameAs(fresh);
    assertThat(Intake.asDispatched(fresh, Recovery.SWEEP_AFTER))
        .isEqualTo(new Inbox.Recorded(7, false, FloodGuard.Verdict.OK));

    Inbox.Recorded redelivered = new Inbox.Recorded(8, false, FloodGuard.Verdict.NOTE);
    assertThat(Intake.asDispatched(redelivered, Recovery.SWEEP_AFTER.multipliedBy(2)))
        .isSameAs(redelivered);
  }

  @Test
  void waiting_turns_are_let_in_in_the_order_they_arrived() throws Exception {
    CountDownLatch hold = new CountDownLatch(1);
    Thread blocker = pressedBehind(hold);
    ConcurrentLinkedQueue<Integer> order = new ConcurrentLinkedQueue<>();
    List<Thread> turns = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      int n = i;
      turns.add(turn(() -> order.add(n)));
      int queued = i + 1;
      await().until(() -> gate.waiting() == queued);
    }
    hold.countDown();
    blocker.join();
    for (Thread t : turns) {
      t.join();
    }
    assertThat(order).containsExactlyElementsOf(IntStream.range(0, 20).boxed().toList());
  }

  /** Three acknowledgements recording at once against two writers, and staying so. */
  private void pressed() {
    for (int i = 0; i < 3; i++) {
      acks.add(acknowledging(acksHold));
    }
    await().until(() -> gate.receiving() == 3);
    assertThat(gate.pressed()).isTrue();
  }

  /** {@code n} turns holding on {@code hold}, once all of them wait in the queue. */
  private List<Thread> queued(int n, CountDownLatch hold) {
    List<Thread> turns = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      turns.add(holding(hold));
    }
    await().until(() -> gate.waiting() == n);
    return turns;
  }

  private static void joinAll(List<Thread> threads) throws InterruptedException {
    for (Thread t : threads) {
      t.join();
    }
  }

  /** The intake pressed, and one turn running until {@code hold} is counted down. */
  private Thread pressedBehind(CountDownLatch hold) {
    pressed();
    Thread running = holding(hold);
    await().until(() -> gate.running() == 1);
    return running;
  }

  /** The acknowledgements are recorded, and the hold runs out. */
  private void calm() throws InterruptedException {
    acksHold.countDown();
    for (Thread t : acks) {
      t.join();
    }
    now.addAndGet(Duration.ofSeconds(1).toNanos());
    assertThat(gate.pressed()).isFalse();
  }

  /** An acknowledgement recording its messages until {@code hold} is counted down. */
  private Thread acknowledging(CountDownLatch hold) {
    return Thread.ofVirtual()
        .start(
            () ->
                gate.recording(
                    () -> {
                      try {
                        return hold.await(10, TimeUnit.SECONDS);
                      } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return false;
                      }
                    }));
  }

  /** A turn that runs until {@code hold} is counted down. */
  private Thread holding(CountDownLatch hold) {
    return turn(
        () -> {
          try {
            hold.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
  }

  /** A turn on its own virtual thread, run through the gate as {@code Intake} runs one. */
  private Thread turn(Runnable work) {
    return Thread.ofVirtual().start(() -> inside(work));
  }

  private void inside(Runnable work) {
    if (!gate.enter()) {
      return;
    }
    try {
      work.run();
    } finally {
      gate.leave();
    }
  }

  private static void sleepMillis(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
