package io.bookline.understanding;

import java.time.Duration;

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

  /** Whether the message moves nothing. */
  boolean none() {
    return by == null && shift == null;
  }
}
