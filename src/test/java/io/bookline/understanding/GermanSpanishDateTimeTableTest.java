package io.bookline.understanding;

import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The German and Spanish tables of date and time expressions ({@code understanding/datetime-de.psv}
 * and {@code datetime-es.psv}), in the format of the English one and read at the same moment:
 * Tuesday 10 March 2026 at 10:00, by a business in Berlin and one in Madrid.
 */
class GermanSpanishDateTimeTableTest {
  static final RuleUnderstanding RULES = new RuleUnderstanding(Lexicon.all());

  static Stream<Arguments> german() {
    return DateTimeTableTest.rows("/understanding/datetime-de.psv");
  }

  static Stream<Arguments> spanish() {
    return DateTimeTableTest.rows("/understanding/datetime-es.psv");
  }

  static Reading read(String text, Language language, String zone) {
    return RULES.interpret(
        text,
        new UnderstandingContext(
                DateTimeTableTest.NOW,
                ZoneId.of(zone),
                language.locale(),
                List.of(),
                List.of(),
                Expectation.NOTHING,
                "",
                "",
                List.of())
            .in(language));
  }

  @ParameterizedTest(name = "{0} -> {1} {2} {3}")
  @MethodSource("german")
  void reads_the_german_expression_as_the_table_says(
      String text, String date, String time, String qualifier) {
    DateTimeTableTest.check(read(text, Language.DE, "Europe/Berlin"), text, date, time, qualifier);
  }

  @ParameterizedTest(name = "{0} -> {1} {2} {3}")
  @MethodSource("spanish")
  void reads_the_spanish_expression_as_the_table_says(
      String text, String date, String time, String qualifier) {
    DateTimeTableTest.check(read(text, Language.ES, "Europe/Madrid"), text, date, time, qualifier);
  }
}
