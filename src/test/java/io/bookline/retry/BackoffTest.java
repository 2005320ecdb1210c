package io.bookline.retry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.bookline.retry.Backoff.Pause;
import io.bookline.retry.Backoff.Stop;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {
  static final Backoff POLICY = Backoff.exponential(Duration.ofMillis(300), 5);

  @Test
  void waits_double_from_the_first_and_jitter_spreads_them_between_half_and_one_and_a_half() {
    assertEquals(Duration.ofMillis(150), POLICY.delay(1, 0.0));
    assertEquals(Duration.ofMillis(300), POLICY.delay(1, 0.5));
    assertEquals(Duration.ofMillis(600), POLICY.delay(2, 0.5));
    assertEquals(Duration.ofMillis(1200), POLICY.delay(3, 0.5));
    assertEquals(Duration.ofMillis(1200), POLICY.delay(4, 0.0));
    assertEquals(Duration.ofMillis(3000), POLICY.delay(4, 0.75));
  }

  @Test
  void no_single_wait_is_longer_than_the_cap_however_many_failures() {
    Backoff capped = POLICY.cappedAt(Duration.ofSeconds(2));
    assertEquals(Duration.ofSeconds(2), capped.delay(4, 0.5));
    assertEquals(Duration.ofSeconds(2), capped.delay(1_000, 0.9));
    assertEquals(
        Duration.ofSeconds(1), capped.delay(1_000, 0.0), "jitter still spreads capped waits");
  }

  @Test
  void a_retry_after_replaces_our_own_wait() {
    assertEquals(
        new Pause(Duration.ofSeconds(1)),
        POLICY.next(1, Duration.ZERO, Duration.ofSeconds(1), 0.5));
    assertEquals(new Pause(Duration.ofMillis(300)), POLICY.next(1, Duration.ZERO, null, 0.5));
  }

  @Test
  void a_retry_after_longer_than_the_cap_stops_so_the_caller_can_park_the_work() {
    Backoff inline = POLICY.cappedAt(Duration.ofSeconds(30));
    assertEquals(
        new Stop(StopReason.WAIT_TOO_LONG),
        inline.next(1, Duration.ZERO, Duration.ofSeconds(31), 0.5));
    assertEquals(
        new Stop(StopReason.WAIT_TOO_LONG),
        inline.next(5, Duration.ZERO, Duration.ofMinutes(5), 0.5),
        "even after the last attempt: parking beats dead-lettering");
  }

  @Test
  void the_last_attempt_stops_the_run() {
    assertEquals(new Stop(StopReason.ATTEMPTS_USED), POLICY.next(5, Duration.ZERO, null, 0.5));
    assertEquals(new Pause(Duration.ofMillis(2400)), POLICY.next(4, Duration.ZERO, null, 0.5));
  }

  @Test
  void no_attempt_starts_after_the_window() {
    Backoff budget = POLICY.within(Duration.ofMillis(1000));
    assertEquals(
        new Pause(Duration.ofMillis(300)), budget.next(1, Duration.ofMillis(700), null, 0.5));
    assertEquals(
        new Stop(StopReason.WINDOW_SPENT), budget.next(1, Duration.ofMillis(701), null, 0.5));
    assertEquals(
        new Stop(StopReason.WINDOW_SPENT),
        budget.next(1, Duration.ZERO, Duration.ofMillis(1001), 0.5),
        "a Retry-After past the budget is not waited out");
  }

  @Test
  void a_long_window_of_capped_waits_spans_hours_without_a_wait_over_the_cap() {
    Backoff outage =
        Backoff.exponential(Duration.ofSeconds(1), Integer.MAX_VALUE)
            .cappedAt(Duration.ofMinutes(15))
            .within(Duration.ofHours(23));
    Duration elapsed = Duration.ZERO;
    int failures = 0;
    Duration longest = Duration.ZERO;
    while (outage.next(++failures, elapsed, null, 0.5) instanceof Pause pause) {
      longest = pause.duration().compareTo(longest) > 0 ? pause.duration() : longest;
      elapsed = elapsed.plus(pause.duration());
    }
    assertEquals(Duration.ofMinutes(15), longest);
    assertEquals(true, elapsed.compareTo(Duration.ofHours(22)) > 0, "retried for " + elapsed);
    assertEquals(true, elapsed.compareTo(Duration.ofHours(23)) <= 0, "retried for " + elapsed);
    assertEquals(101, failures, "10 doubling waits up to the cap, then 90 of 15 minutes");
  }

  @Test
  void a_policy_that_cannot_work_is_refused_when_built() {
    assertThrows(IllegalArgumentException.class, () -> Backoff.exponential(Duration.ZERO, 3));
    assertThrows(
        IllegalArgumentException.class, () -> Backoff.exponential(Duration.ofSeconds(1), 0));
    assertThrows(IllegalArgumentException.class, () -> POLICY.cappedAt(Duration.ofMillis(299)));
  }
}
