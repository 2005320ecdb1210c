package io.bookline.ingress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Background turns give way to acknowledgements that queue, and never stop (ADR 0044). */
class TurnGateTest {
  private final AtomicLong now = new AtomicLong(1_000_000_000L);
  private final TurnGate gate = new TurnGate(3, 2, Duration.ofMillis(100), now::get);

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
  void acknowledgements_queueing_for_the_writers_press_the_intake_and_its_hold_runs_out() {
    gate.recording();
    gate.recording();
    assertThat(gate.pressed()).as("as many as the writers: not queueing").isFalse();
    assertThat(gate.width()).isEqualTo(3);

    gate.recording();
    assertThat(gate.pressed()).isTrue();
    assertThat(gate.width()).isEqualTo(1);

    gate.recorded();
    assertThat(gate.pressed()).as("held for a while after it was last seen").isTrue();
    now.addAndGet(Duration.ofMillis(99).toNanos());
    assertThat(gate.pressed()).isTrue();
    now.addAndGet(Duration.ofMillis(2).toNanos());
    assertThat(gate.pressed()).isFalse();
    assertThat(gate.width()).isEqualTo(3);
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
    pressed();
    CountDownLatch holdFirst = new CountDownLatch(1);
    CountDownLatch holdOthers = new CountDownLatch(1);
    Thread first = holding(holdFirst);
    await().until(() -> gate.running() == 1);
    List<Thread> others = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      others.add(holding(holdOthers));
    }
    await().until(() -> gate.waiting() == 4);

    calm();
    holdFirst.countDown();
    first.join();
    await().until(() -> gate.running() == 3 && gate.waiting() == 1);

    holdOthers.countDown();
    for (Thread t : others) {
      t.join();
    }
    assertThat(gate.running()).isZero();
  }

  @Test
  void waiting_turns_are_let_in_in_the_order_they_arrived() throws Exception {
    pressed();
    CountDownLatch hold = new CountDownLatch(1);
    Thread blocker = holding(hold);
    await().until(() -> gate.running() == 1);
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
      gate.recording();
    }
    assertThat(gate.pressed()).isTrue();
  }

  private void calm() {
    for (int i = 0; i < 3; i++) {
      gate.recorded();
    }
    now.addAndGet(Duration.ofSeconds(1).toNanos());
    assertThat(gate.pressed()).isFalse();
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
    gate.enter();
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
