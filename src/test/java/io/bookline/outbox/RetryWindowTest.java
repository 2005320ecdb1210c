package io.bookline.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryWindowTest {
  static final Instant QUEUED = Instant.parse("2026-11-23T07:00:00Z");
  final RetryWindow window = new RetryWindow(Duration.ofHours(6), Duration.ofMinutes(10));

  @Test
  void our_own_pause_doubles_with_the_attempts_and_stops_at_the_longest_wait() {
    assertThat(window.after(5, QUEUED, QUEUED, null, 0.5))
        .isEqualTo(new RetryWindow.Later(Duration.ofSeconds(16)));
    assertThat(window.after(6, QUEUED, QUEUED, null, 0.5))
        .isEqualTo(new RetryWindow.Later(Duration.ofSeconds(32)));
    assertThat(window.after(40, QUEUED, QUEUED, null, 0.999))
        .isEqualTo(new RetryWindow.Later(Duration.ofMinutes(10)));
  }

  @Test
  void a_retry_after_is_the_pause_however_long_while_the_window_is_open() {
    assertThat(window.after(1, QUEUED, QUEUED, Duration.ofHours(2), 0.5))
        .isEqualTo(new RetryWindow.Later(Duration.ofHours(2)));
  }

  @Test
  void a_try_that_would_come_after_the_window_gives_up_and_says_why() {
    Instant late = QUEUED.plus(Duration.ofHours(6)).minusSeconds(60);
    assertThat(window.after(30, QUEUED, late, null, 0.5))
        .isEqualTo(
            new RetryWindow.GiveUp(
                "gave up after 30 attempt(s): the next try, in 10m, would come after the retry"
                    + " window of 6h closed"));
    assertThat(window.after(1, QUEUED, QUEUED, Duration.ofHours(7), 0.5))
        .isInstanceOf(RetryWindow.GiveUp.class)
        .hasToString(
            "GiveUp[why=gave up after 1 attempt(s): the next try, in 7h as the platform asked,"
                + " would come after the retry window of 6h closed]");
    assertThat(window.after(30, QUEUED, late.minusSeconds(600), null, 0.999))
        .isEqualTo(new RetryWindow.Later(Duration.ofMinutes(10)));
  }
}
