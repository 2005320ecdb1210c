package io.bookline.retry;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads the waits servers ask for: {@code Retry-After} as seconds ("1", "1.5") or as an HTTP date,
 * and OpenAI's {@code retry-after-ms}. A date in the past asks for no wait; anything unreadable for
 * none at all (our own backoff applies).
 */
public final class RetryAfter {
  private RetryAfter() {}

  /** A {@code Retry-After} value, relative to {@code now} when it is a date. */
  public static Optional<Duration> header(String value, Instant now) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    Optional<Duration> seconds = scaled(value, 1000);
    if (seconds.isPresent()) {
      return seconds;
    }
    try {
      Instant at =
          ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      return Optional.of(at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** A {@code retry-after-ms} value. */
  public static Optional<Duration> millis(String value) {
    return value == null ? Optional.empty() : scaled(value, 1);
  }

  private static Optional<Duration> scaled(String value, double millisPerUnit) {
    try {
      double units = Double.parseDouble(value.strip());
      if (Double.isNaN(units) || units < 0) {
        return Optional.empty();
      }
      return Optional.of(Duration.ofMillis((long) Math.min(units * millisPerUnit, Long.MAX_VALUE)));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
