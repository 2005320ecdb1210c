package io.bookline.understanding;

import java.time.Duration;
import java.util.Locale;

/**
 * How a message moves the time under discussion when it names no time itself: by an amount ("an
 * hour later", "media hora antes") or just later or earlier ("anything later?").
 */
record TimeMove(Duration by, TimeShift shift) {

  static TimeMove of(
      LanguageReader reader,
      MessageWords message,
      DateTimeParser.Found found,
      ShiftAmounts.Found amount) {
    boolean timeNamed = found.time() != null || !found.unresolved().isEmpty();
    if (timeNamed) {
      return new TimeMove(null, null);
    }
    if (amount != null && amount.by() != null) {
      Duration by = amount.by();
      return new TimeMove(by, by.isNegative() ? TimeShift.EARLIER : TimeShift.LATER);
    }
    return new TimeMove(null, reader.shifts().first(message.words(), message.clauses()));
  }

  /**
   * The date and time found, less a time read from the amount's own words: in "could I come in 10
   * mins earlier?" the words "in 10 mins" are no time from now but the amount to move the booking
   * by (ADR 0110).
   */
  static DateTimeParser.Found unclaimed(
      String raw, DateTimeParser.Found found, ShiftAmounts.Found amount) {
    Span span = found.timeSpan();
    if (amount == null || span == null || span.end() > raw.length()) {
      return found;
    }
    String[] said = raw.substring(span.start(), span.end()).toLowerCase(Locale.ROOT).split("\\W+");
    if (said.length == 0 || !amount.words().contains(said[said.length - 1])) {
      return found;
    }
    return new DateTimeParser.Found(
        null,
        null,
        null,
        null,
        null,
        null,
        found.unresolved(),
        false,
        found.declined(),
        found.declinedSpan());
  }

  /** Whether the message moves nothing. */
  boolean none() {
    return by == null && shift == null;
  }
}
