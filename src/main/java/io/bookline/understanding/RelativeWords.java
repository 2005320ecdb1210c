package io.bookline.understanding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Words that name a day or time only relative to the one the dialogue holds: "same time" without a
 * clock time (the booking's time), "a different day" without a day and "right after" with no time
 * or part of day (the end of the booking just made; "right after work" is the evening). Only the
 * dialogue knows what they refer to, so they are left to it as {@link Unresolved} words.
 */
final class RelativeWords {
  private RelativeWords() {}

  /** The dates and times the parser did not place, with the relative words it could not place. */
  static List<Unresolved> unplaced(
      Phrases<Boolean> sameTime,
      Phrases<Boolean> otherDay,
      Phrases<Boolean> rightAfter,
      MessageWords message,
      List<Tokenizer.Token> tokens,
      String raw,
      DateTimeParser.Found found) {
    List<Unresolved> out = new ArrayList<>(found.unresolved());
    if (found.time() == null) {
      find(sameTime, Unresolved.What.TIME, Unresolved.SAME_AS_BOOKED, message, tokens, raw)
          .ifPresent(out::add);
    }
    // "monday right after work", "justo después del trabajo": a part of the day said is the time
    // meant, not the end of the booking just made. "tuesday right after" says the day but not the
    // time: right after the booking just made that day, else a time to ask about, never dropped.
    if (found.time() == null && found.partOfDay() == null) {
      find(rightAfter, Unresolved.What.TIME, Unresolved.RIGHT_AFTER_BOOKED, message, tokens, raw)
          .ifPresent(out::add);
    }
    if (found.date() == null) {
      find(otherDay, Unresolved.What.DATE, Unresolved.ANOTHER_DAY, message, tokens, raw)
          .ifPresent(out::add);
    }
    return out;
  }

  private static Optional<Unresolved> find(
      Phrases<Boolean> phrases,
      Unresolved.What what,
      String reason,
      MessageWords message,
      List<Tokenizer.Token> tokens,
      String raw) {
    int[] at = phrases.find(message.words(), message.clauses());
    if (at == null) {
      return Optional.empty();
    }
    Span span =
        new Span(
            tokens.get(message.tokens()[at[0]]).start(),
            tokens.get(message.tokens()[at[1] - 1]).end());
    return Optional.of(new Unresolved(what, span, raw.substring(span.start(), span.end()), reason));
  }
}
