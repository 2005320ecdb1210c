package io.bookline.understanding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The days and times of a message's tokens, read as the step the bot is at allows (a lone "9" is an
 * hour only where a time may be meant), and the words they were read from.
 */
final class MessageDates {
  private MessageDates() {}

  /** The days and times of some of the message's tokens. */
  static DateTimeParser.Found read(
      LanguageReader reader,
      List<Tokenizer.Token> tokens,
      String raw,
      UnderstandingContext context) {
    boolean listed =
        context.expecting() == Expectation.TIME || context.expecting() == Expectation.CHOICE;
    if (listed
        && ListChoice.onlyAPick(reader.lexicon(), Phrases.words(raw.toLowerCase(Locale.ROOT)))) {
      // "der erste" at a list of times is its first entry, not the 1st of the month.
      return DateTimeParser.Found.NOTHING;
    }
    return reader
        .dates()
        .parse(
            tokens,
            raw,
            context.now(),
            // 8/3 is August 3rd in the US and 8 March nearly everywhere else.
            "US".equals(context.locale().getCountry()),
            // A lone "9" is an hour unless the bot asked for something else.
            context.expecting() == Expectation.TIME
                || context.expecting() == Expectation.CHOICE
                || context.expecting() == Expectation.NOTHING,
            // With a time offered or held, "make it 5" names an hour too; in a move, "to 12".
            MoveHours.cues(
                reader.lexicon().language(),
                raw,
                switch (context.expecting()) {
                  case TIME, NAME, CONFIRMATION -> reader.lexicon().hourCues();
                  default -> null;
                }),
            // Said with a day, "Montag früh, geht 9?" names the hour at any step.
            reader.lexicon().hourCues());
  }

  /** The words the message's dates and times (placed or not) were read from. */
  static Set<String> words(String raw, DateTimeParser.Found found) {
    List<Span> spans = new ArrayList<>();
    if (found.dateSpan() != null) {
      spans.add(found.dateSpan());
    }
    if (found.timeSpan() != null) {
      spans.add(found.timeSpan());
    }
    found.unresolved().forEach(u -> spans.add(u.span()));
    Set<String> claimed = new HashSet<>();
    for (Span s : spans) {
      claimed.addAll(Phrases.words(raw.substring(s.start(), s.end()).toLowerCase(Locale.ROOT)));
    }
    return claimed;
  }
}
