package io.bookline.understanding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bookline.support.Fixtures;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The table of date and time expressions in {@code understanding/datetime-en.psv}, one category of
 * how people write them after another, read on Tuesday 10 March 2026 at 10:00 by a British
 * business. A value of {@code ?reason} means: no value, and a question for the dialogue instead.
 */
class DateTimeTableTest {
  static final LocalDateTime NOW = LocalDateTime.parse("2026-03-10T10:00:00");
  static final RuleUnderstanding RULES = new RuleUnderstanding(Lexicon.english());

  static Stream<Arguments> rows() {
    return rows("/understanding/datetime-en.psv");
  }

  /** The rows of a table in the format of {@code datetime-en.psv}. */
  static Stream<Arguments> rows(String resource) {
    String table = new String(Fixtures.resource(resource), StandardCharsets.UTF_8);
    return table
        .lines()
        .filter(line -> !line.isBlank() && !line.startsWith("#"))
        .map(
            line -> {
              String[] cells = line.split("\\|", -1);
              return Arguments.of(
                  cells[0].strip(),
                  cells[1].strip(),
                  cells[2].strip(),
                  cells.length > 3 ? cells[3].strip() : "");
            });
  }

  static Reading read(String text) {
    return RULES.interpret(
        text,
        new UnderstandingContext(
            NOW, ZoneId.of("Europe/London"), Locale.UK, List.of(), List.of(), Expectation.NOTHING));
  }

  @ParameterizedTest(name = "{0} -> {1} {2} {3}")
  @MethodSource("rows")
  void reads_the_expression_as_the_table_says(
      String text, String date, String time, String qualifier) {
    check(read(text), text, date, time, qualifier);
  }

  /** Asserts that a reading has the table's date, time and qualifier. */
  static void check(Reading r, String text, String date, String time, String qualifier) {
    List<Unresolved> unresolved = r.evidence().unresolved();
    expect(text, "date", date, r.date(), unresolved, Unresolved.What.DATE);
    expect(text, "time", time, r.time(), unresolved, Unresolved.What.TIME);
    if (!qualifier.isEmpty()) {
      assertEquals(TimeQualifier.valueOf(qualifier), r.qualifier(), "qualifier of '" + text + "'");
    }
  }

  private static void expect(
      String text,
      String slot,
      String expected,
      Object actual,
      List<Unresolved> unresolved,
      Unresolved.What what) {
    List<String> reasons =
        unresolved.stream().filter(u -> u.what() == what).map(Unresolved::reason).toList();
    String label = slot + " of '" + text + "'";
    if (expected.equals("-")) {
      assertNull(actual, label);
      assertEquals(List.of(), reasons, "unresolved " + label);
    } else if (expected.startsWith("?")) {
      assertNull(actual, label);
      assertTrue(reasons.contains(expected.substring(1)), "unresolved " + label + ": " + reasons);
    } else {
      Object value = slot.equals("date") ? LocalDate.parse(expected) : LocalTime.parse(expected);
      assertEquals(value, actual, label);
    }
  }
}
