package io.bookline.understanding;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/** Readings as the QA chat review's messages were read: the demo catalog, Fri 27 Nov 2026 01:16. */
final class ReviewReadings {
  static final RuleUnderstanding RULES = new RuleUnderstanding(Lexicon.all());

  private ReviewReadings() {}

  static Reading read(String text, Language language, Expectation expecting) {
    return RULES.interpret(
        text,
        new UnderstandingContext(
                LocalDateTime.parse("2026-11-27T01:16:00"),
                ZoneId.of("Europe/Berlin"),
                Locale.UK,
                CatalogMatchTest.DEMO,
                List.of(new Named(10, "Anna"), new Named(11, "Marta")),
                expecting)
            .in(language));
  }
}
