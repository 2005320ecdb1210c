package io.bookline.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.bookline.ops.RequestId;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SchedulerTest {
  static final Duration SOON = Duration.ofMillis(1);
  static final Duration WAIT = Duration.ofSeconds(10);

  @Test
  void a_job_runs_again_and_again() {
    AtomicInteger runs = new AtomicInteger();
    try (Scheduler scheduler = new Scheduler()) {
      scheduler.every("counting", SOON, SOON, runs::incrementAndGet);
      await().atMost(WAIT).until(() -> runs.get() >= 3);
    }
  }

  @Test
  void a_job_that_fails_runs_again_at_its_next_period() {
    AtomicInteger runs = new AtomicInteger();
    try (Scheduler scheduler = new Scheduler()) {
      scheduler.every(
          "failing",
          SOON,
          SOON,
          () -> {
            runs.incrementAndGet();
            throw new IllegalStateException("database blip");
          });
      await().atMost(WAIT).until(() -> runs.get() >= 3);
    }
  }

  @Test
  void no_job_runs_after_close() {
    AtomicInteger runs = new AtomicInteger();
    Scheduler scheduler = new Scheduler();
    scheduler.every("counting", SOON, SOON, runs::incrementAndGet);
    await().atMost(WAIT).until(() -> runs.get() >= 1);

    scheduler.close();
    int afterClose = runs.get();

    await().pollDelay(Duration.ofMillis(50)).until(() -> true);
    assertThat(runs.get()).isEqualTo(afterClose);
  }

  /**
   * ADR 0060: a run's lines, and those of the sends it queues (a reminder's), carry one id of the
   * run's own, as a request's lines carry the request's.
   */
  @Test
  void each_run_of_a_job_has_its_own_request_id() {
    List<String> ids = new CopyOnWriteArrayList<>();
    try (Scheduler scheduler = new Scheduler()) {
      scheduler.every("reminders", SOON, SOON, () -> ids.add(String.valueOf(RequestId.current())));
      await().atMost(WAIT).until(() -> ids.size() >= 3);
    }
    assertThat(ids).allMatch(id -> id.matches("[0-9a-f]{1,16}"));
    assertThat(ids).doesNotHaveDuplicates();
  }
}
