package io.bookline.understanding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * For every day of the next 60 and every time on a 5-minute grid, the parser reads its own
 * rendering of them back, in each format a customer might write: 60 × 288 × 3 = 51,840 cases, every
 * one tried (exhaustive generation).
 */
class DateTimeRoundTripTest {
  static final LocalDateTime NOW = LocalDateTime.parse("2026-12-01T08:00:00");
  static final RuleUnderstanding RULES = new RuleUnderstanding(Lexicon.english());
  static final String[] NUMBERS = {
    "twelve",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "quarter",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "twenty-one",
    "twenty-two",
    "twenty-three",
    "twenty-four",
    "twenty-five"
  };

  enum Format {
    /** "Wed 20 Mar at 4:15pm" */
    SHORT,
    /** "20/03 16:15" */
    NUMERIC,
    /** "March 20th, quarter past four in the afternoon" */
    WORDS
  }

  @Property(generation = GenerationMode.EXHAUSTIVE, tries = 60 * 288 * 3)
  void the_parser_reads_back_every_date_and_time_it_renders(
      @ForAll @IntRange(min = 0, max = 59) int day,
      @ForAll @IntRange(min = 0, max = 287) int slot,
      @ForAll Format format) {
    LocalDate date = NOW.toLocalDate().plusDays(day);
    LocalTime time = LocalTime.of(slot / 12, slot % 12 * 5);
    String text = render(date, time, format);
    Reading r =
        RULES.interpret(
            text,
            new UnderstandingContext(
                NOW,
                ZoneId.of("Europe/London"),
                Locale.UK,
                List.of(),
                List.of(),
                Expectation.NOTHING));
    assertEquals(date, r.date(), "date of '" + text + "'");
    assertEquals(time, r.time(), "time of '" + text + "'");
  }

  static String render(LocalDate date, LocalTime time, Format format) {
    return switch (format) {
      case SHORT ->
          date.format(DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK))
              + " at "
              + (time.getHour() % 12 == 0 ? 12 : time.getHour() % 12)
              + String.format(Locale.ROOT, ":%02d", time.getMinute())
              + (time.getHour() < 12 ? "am" : "pm");
      case NUMERIC ->
          date.atTime(time).format(DateTimeFormatter.ofPattern("dd/MM HH:mm", Locale.UK));
      case WORDS ->
          date.format(DateTimeFormatter.ofPattern("MMMM d", Locale.UK))
              + suffix(date.getDayOfMonth())
              + ", "
              + words(time);
    };
  }

  /** "quarter past four in the afternoon", "twenty-five to midnight", "noon". */
  static String words(LocalTime t) {
    int h = t.getHour();
    int m = t.getMinute();
    if (m == 0 && (h == 0 || h == 12)) {
      return h == 0 ? "midnight" : "noon";
    }
    int hour = m <= 30 ? h : (h + 1) % 24;
    String minutes =
        switch (m) {
          case 0 -> "";
          case 15, 45 -> "quarter ";
          case 30 -> "half ";
          default -> NUMBERS[m <= 30 ? m : 60 - m] + " ";
        };
    String relation = m == 0 ? "" : m <= 30 ? "past " : "to ";
    String named = hour == 0 ? "midnight" : NUMBERS[hour % 12] + (m == 0 ? " o'clock" : "");
    String part =
        hour == 0
            ? ""
            : hour < 12 ? " in the morning" : hour < 18 ? " in the afternoon" : " in the evening";
    return minutes + relation + named + part;
  }

  static String suffix(int day) {
    if (day >= 11 && day <= 13) {
      return "th";
    }
    return switch (day % 10) {
      case 1 -> "st";
      case 2 -> "nd";
      case 3 -> "rd";
      default -> "th";
    };
  }
}
