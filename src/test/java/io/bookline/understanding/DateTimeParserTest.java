package io.bookline.understanding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates and times as people write them, read on Monday 23 Nov 2026 at 08:00. */
class DateTimeParserTest {
  static final RuleUnderstanding RULES = new RuleUnderstanding(Lexicon.english());

  static Reading read(String text, Locale locale, Expectation expecting) {
    return RULES.interpret(
        text,
        new UnderstandingContext(
            LocalDateTime.parse("2026-11-23T08:00:00"),
            ZoneId.of("Europe/Berlin"),
            locale,
            List.of(),
            List.of(),
            expecting));
  }

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "tomorrow | 2026-11-24 | -",
        "this Sunday | 2026-11-29 | -",
        "next Friday | 2026-11-27 | -",
        "Monday next week | 2026-11-30 | -",
        "next monday | 2026-11-30 | -",
        "today at 4 | 2026-11-23 | 16:00",
        "the 12th | 2026-12-12 | -",
        "the 25th | 2026-11-25 | -",
        "12th of this month | 2026-12-12 | -",
        "the 3rd of next month | 2026-12-03 | -",
        "March 8th | 2027-03-08 | -",
        "8 March at 11 | 2027-03-08 | 11:00",
        "8/3 | 2027-03-08 | -",
        "4:30 pm | - | 16:30",
        "16:30 | - | 16:30",
        "half past 11 in the morning | - | 11:30",
        "quarter to 2 in the afternoon | - | 13:45",
        "noon | - | 12:00",
        "at 4 | - | 16:00",
        "at 9 | - | 09:00",
        "day after tomorrow at 10am | 2026-11-25 | 10:00",
        "in 3 days | 2026-11-26 | -",
        "Fri at 5 | 2026-11-27 | 17:00",
        "on fri at 5 | 2026-11-27 | 17:00",
        "the first of december | 2026-12-01 | -",
        "twenty past 3 | - | 15:20",
        "tonight at 7 | 2026-11-23 | 19:00",
        "I'm free on the 1st | 2026-12-01 | -",
        "2 people tomorrow | 2026-11-24 | -",
        "it costs 25.00 | - | -",
        "the second one | - | -",
        "the 2nd one please | - | -",
      })
  void reads_dates_and_times(String text, String date, String time) {
    Reading r = read(text, Locale.UK, Expectation.NOTHING);
    assertEquals(date == null ? null : LocalDate.parse(date), r.date(), "date of '" + text + "'");
    assertEquals(time, r.time() == null ? null : r.time().toString(), "time of '" + text + "'");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "after 4 | 16:00 | AFTER",
        "not before 3 | 15:00 | AFTER",
        "before noon | 12:00 | BEFORE",
        "around 10:15 | 10:15 | AROUND",
        "at 5 | 17:00 | AT",
        "5pm or later | 17:00 | AFTER",
      })
  void reads_how_a_time_constrains_the_slot(String text, String time, TimeQualifier qualifier) {
    Reading r = read(text, Locale.UK, Expectation.NOTHING);
    assertEquals(time, r.time().toString());
    assertEquals(qualifier, r.qualifier());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {"in the evening | EVENING", "sometime friday arvo | AFTERNOON", "morning | MORNING"})
  void reads_a_part_of_the_day(String text, PartOfDay part) {
    Reading r = read(text, Locale.UK, Expectation.NOTHING);
    assertEquals(part, r.partOfDay());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {"8/3 | 2027-08-03", "12/24 | 2026-12-24"})
  void reads_numeric_dates_month_first_in_the_us(String text, String date) {
    assertEquals(LocalDate.parse(date), read(text, Locale.US, Expectation.NOTHING).date());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {"4 | 16:00", "11 | 11:00", "at 2 | 14:00"})
  void a_lone_number_is_an_hour_when_the_bot_asked_for_a_time(String text, String time) {
    assertEquals(time, read(text, Locale.UK, Expectation.TIME).time().toString());
  }
}
