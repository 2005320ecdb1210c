package io.bookline.retry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.bookline.support.TestApp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
  static final Instant NOW = TestApp.MONDAY_8AM_BERLIN;

  @Test
  void seconds_whole_or_fractional_are_read() {
    assertEquals(Optional.of(Duration.ofSeconds(1)), RetryAfter.header("1", NOW));
    assertEquals(Optional.of(Duration.ofMillis(1500)), RetryAfter.header(" 1.5 ", NOW));
    assertEquals(Optional.of(Duration.ZERO), RetryAfter.header("0", NOW));
  }

  @Test
  void an_http_date_is_the_time_until_then_and_a_past_one_no_wait() {
    assertEquals(
        Optional.of(Duration.ofSeconds(90)),
        RetryAfter.header("Mon, 23 Nov 2026 07:01:30 GMT", NOW));
    assertEquals(
        Optional.of(Duration.ZERO), RetryAfter.header("Mon, 23 Nov 2026 06:00:00 GMT", NOW));
  }

  @Test
  void garbage_negative_or_missing_values_ask_for_nothing() {
    assertEquals(Optional.empty(), RetryAfter.header("soon", NOW));
    assertEquals(Optional.empty(), RetryAfter.header("-5", NOW));
    assertEquals(Optional.empty(), RetryAfter.header("", NOW));
    assertEquals(Optional.empty(), RetryAfter.header(null, NOW));
    assertEquals(Optional.empty(), RetryAfter.millis("NaN"));
  }

  @Test
  void openai_retry_after_ms_is_milliseconds() {
    assertEquals(Optional.of(Duration.ofMillis(250)), RetryAfter.millis("250"));
    assertEquals(Optional.empty(), RetryAfter.millis(null));
  }
}
