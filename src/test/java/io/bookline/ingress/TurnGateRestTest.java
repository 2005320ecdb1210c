package io.bookline.ingress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * While acknowledgements queue, the single background lane rests between turns, so a CPU-bound turn
 * does not take most of the machine from them; calm, nothing rests (ADR 0118). The clock is a fake
 * one: a turn "takes" what the test adds to it.
 */
class TurnGateRestTest {
  private final AtomicLong now = new AtomicLong(1_000_000_000L);
  private final TurnGate gate = new TurnGate(3, 2, Duration.ofMillis(100), now::get);
  private final CountDownLatch acksHold = new CountDownLatch(1);
  private final List<Thread> acks = new ArrayList<>();

  @AfterEach
  void acknowledgementsEnd() {
    acksHold.countDown();
  }

  @Test
  void while_pressed_the_lane_rests_three_times_as_long_as_the_last_turn_took() throws Exception {
    CountDownLatch hold = new CountDownLatch(1);
    Thread first = pressedBehind(hold);
    AtomicInteger ran = new AtomicInteger();
    Thread next = turn(ran::incrementAndGet);
    await().until(() -> gate.waiting() == 1);

    now.addAndGet(Duration.ofMillis(4).toNanos());
    hold.countDown();
    first.join();
    // The acknowledgements get the CPU for 12 ms (3 × 4 ms) before the next turn takes it.
    await().during(Duration.ofMillis(200)).until(() -> gate.waiting() == 1 && ran.get() == 0);
    now.addAndGet(Duration.ofMillis(11).toNanos());
    await().during(Duration.ofMillis(100)).until(() -> ran.get() == 0);
    now.addAndGet(Duration.ofMillis(1).toNanos());
    next.join(Duration.ofSeconds(10));
    assertThat(ran).hasValue(1);
  }

  @Test
  void a_slow_turn_rests_the_lane_fifty_milliseconds_at_most() throws Exception {
    CountDownLatch hold = new CountDownLatch(1);
    Thread slow = pressedBehind(hold);
    AtomicInteger ran = new AtomicInteger();
    Thread next = turn(ran::incrementAndGet);
    await().until(() -> gate.waiting() == 1);

    now.addAndGet(Duration.ofSeconds(2).toNanos()); // an LLM call, say
    hold.countDown();
    slow.join();
    await().during(Duration.ofMillis(200)).until(() -> ran.get() == 0);
    now.addAndGet(Duration.ofMillis(50).toNanos());
    next.join(Duration.ofSeconds(10));
    assertThat(ran).hasValue(1);
  }

  @Test
  void calm_the_lanes_do_not_rest() throws Exception {
    CountDownLatch hold = new CountDownLatch(1);
    List<Thread> three = List.of(holding(hold), holding(hold), holding(hold));
    await().until(() -> gate.running() == 3);
    AtomicInteger ran = new AtomicInteger();
    Thread next = turn(ran::incrementAndGet);
    await().until(() -> gate.waiting() == 1);

    now.addAndGet(Duration.ofMillis(40).toNanos());
    hold.countDown();
    joinAll(three);
    next.join(Duration.ofSeconds(10));
    assertThat(ran).hasValue(1);
  }

  /** Three acknowledgements recording at once against two writers, and one turn running. */
  private Thread pressedBehind(CountDownLatch hold) {
    for (int i = 0; i < 3; i++) {
      acks.add(
          Thread.ofVirtual()
              .start(
                  () ->
                      gate.recording(
                          () -> {
                            try {
                              return acksHold.await(10, TimeUnit.SECONDS);
                            } catch (InterruptedException e) {
                              Thread.currentThread().interrupt();
                              return false;
                            }
                          })));
    }
    await().until(() -> gate.receiving() == 3);
    assertThat(gate.pressed()).isTrue();
    Thread running = holding(hold);
    await().until(() -> gate.running() == 1);
    return running;
  }

  private static void joinAll(List<Thread> threads) throws InterruptedException {
    for (Thread t : threads) {
      t.join();
    }
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
    return Thread.ofVirtual()
        .start(
            () -> {
              if (gate.enter()) {
                try {
                  work.run();
                } finally {
                  gate.leave();
                }
              }
            });
  }
}
