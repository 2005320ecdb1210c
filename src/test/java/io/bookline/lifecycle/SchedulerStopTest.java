package io.bookline.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.bookline.support.LogCapture;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/**
 * Ops review: a reminder run cut short by the stop (its connection wait interrupted) logged WARN
 * "reminders failed" with a full stack trace. The stop interrupting a run is expected: one INFO
 * line, no trace; a run failing on its own is still a WARN.
 */
class SchedulerStopTest {
  @Test
  void a_run_cut_short_by_the_stop_is_one_info_line_without_a_trace() {
    CountDownLatch running = new CountDownLatch(1);
    try (LogCapture log = new LogCapture()) {
      Scheduler scheduler = new Scheduler();
      scheduler.every(
          "reminders",
          Duration.ofMillis(1),
          Duration.ofHours(1),
          () -> {
            running.countDown();
            try {
              Thread.sleep(Duration.ofMinutes(1)); // as a query waiting for a connection
            } catch (InterruptedException e) {
              throw new IllegalStateException("Interrupted during connection acquisition", e);
            }
          });
      await().atMost(Duration.ofSeconds(10)).until(() -> running.getCount() == 0);

      scheduler.close();

      assertThat(log.mentioning("reminders"))
          .singleElement()
          .satisfies(
              e -> {
                assertThat(e.getLevel()).isEqualTo(Level.INFO);
                assertThat(e.getFormattedMessage()).startsWith("reminders cut short by the stop");
                assertThat(e.getThrowableProxy()).isNull();
              });
      assertThat(log.events()).noneMatch(e -> e.getLevel().isGreaterOrEqual(Level.WARN));
    }
  }

  @Test
  void a_run_that_fails_on_its_own_is_still_a_warning() {
    CountDownLatch failed = new CountDownLatch(1);
    try (LogCapture log = new LogCapture();
        Scheduler scheduler = new Scheduler()) {
      scheduler.every(
          "reminders",
          Duration.ofMillis(1),
          Duration.ofHours(1),
          () -> {
            failed.countDown();
            throw new IllegalStateException("database blip");
          });
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> !log.mentioning("reminders failed").isEmpty());
      assertThat(log.mentioning("reminders failed"))
          .singleElement()
          .extracting(ILoggingEvent::getLevel)
          .isEqualTo(Level.WARN);
    }
  }
}
