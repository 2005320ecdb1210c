package io.bookline.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.bookline.support.LogCapture;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Ops review: while the database was down, every run of "inbox sweep" and "reminders" logged a
 * 55-line stack trace at WARN. Now an outage is one WARN line with the cause, nothing more at WARN
 * while it lasts (the traces at DEBUG), and one INFO line when a run works again. A failure while
 * stopping that is not an interruption or a lost connection is not passed off as "cut short".
 */
class SchedulerOutageTest {
  static final Duration SOON = Duration.ofMillis(1);
  static final Duration WAIT = Duration.ofSeconds(10);

  private static RuntimeException databaseDown() {
    return new IllegalStateException(
        "jOOQ: SQL [select ...]",
        new SQLTransientConnectionException(
            "bookline - Connection is not available,\n request timed out after 30000ms"));
  }

  @Test
  void an_outage_is_one_warning_with_its_cause_and_one_line_when_it_ends() {
    AtomicInteger runs = new AtomicInteger();
    AtomicBoolean down = new AtomicBoolean(true);
    try (LogCapture log = new LogCapture();
        Scheduler scheduler = new Scheduler()) {
      scheduler.every(
          "inbox sweep",
          SOON,
          SOON,
          () -> {
            if (runs.incrementAndGet() >= 5) {
              down.set(false);
            }
            if (down.get()) {
              throw databaseDown();
            }
          });
      await().atMost(WAIT).until(() -> !log.mentioning("inbox sweep recovered").isEmpty());

      assertThat(
              log.mentioning("inbox sweep").stream()
                  .filter(e -> e.getLevel().isGreaterOrEqual(Level.INFO)))
          .extracting(ILoggingEvent::getLevel, ILoggingEvent::getFormattedMessage)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(
                  Level.WARN,
                  "inbox sweep failed; will try again (SQLTransientConnectionException: bookline"
                      + " - Connection is not available, request timed out after 30000ms)"),
              org.assertj.core.groups.Tuple.tuple(
                  Level.INFO, "inbox sweep recovered after 4 failed runs in a row"));
      assertThat(log.events())
          .filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.INFO))
          .allMatch(e -> e.getThrowableProxy() == null);
    }
  }

  @Test
  void a_failure_during_the_stop_that_is_no_interruption_is_still_a_warning() {
    CountDownLatch running = new CountDownLatch(1);
    try (LogCapture log = new LogCapture()) {
      Scheduler scheduler = new Scheduler();
      scheduler.every(
          "reminders",
          SOON,
          Duration.ofHours(1),
          () -> {
            running.countDown();
            try {
              Thread.sleep(Duration.ofMinutes(1));
            } catch (InterruptedException e) {
              // A bug that surfaces only now, not the stop's doing.
              throw new IllegalArgumentException("reminder lead -5 is negative");
            }
          });
      await().atMost(WAIT).until(() -> running.getCount() == 0);

      scheduler.close();

      assertThat(log.mentioning("reminders"))
          .filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.INFO))
          .singleElement()
          .satisfies(
              e -> {
                assertThat(e.getLevel()).isEqualTo(Level.WARN);
                assertThat(e.getFormattedMessage())
                    .isEqualTo(
                        "reminders failed; will try again (IllegalArgumentException: reminder"
                            + " lead -5 is negative)");
              });
    }
  }
}
