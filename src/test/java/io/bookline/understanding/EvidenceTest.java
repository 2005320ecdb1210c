package io.bookline.understanding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which words a reading's date and time came from, and what was left as a question. */
class EvidenceTest {
  static final RuleUnderstanding RULES = new RuleUnderstanding(Lexicon.english());

  static Reading read(String text, String now) {
    return RULES.interpret(
        text,
        new UnderstandingContext(
            LocalDateTime.parse(now),
            ZoneId.of("Europe/London"),
            Locale.UK,
            List.of(),
            List.of(),
            Expectation.NOTHING));
  }

  static String words(String text, Span span) {
    return span == null ? null : text.substring(span.start(), span.end());
  }

  @ParameterizedTest(name = "{0}: [{1}] [{2}]")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "can I come tomorrow at 4pm? | tomorrow | 4pm",
        "Wednesday the 18th at quarter to 4 | Wednesday the 18th | quarter to 4",
        "half four on the 5th please | 5th | half four",
        "10 tomorrow evening | tomorrow | 10",
        "gel manicur on fridy aftr 3 | fridy | 3",
        "in 3 hours | 3 hours | 3 hours",
        "Thu, Mar19 at 2pm | Thu, Mar19 | 2pm",
        "20/03 16:15 | 20/03 | 16:15",
        "no date here | - | -",
      })
  void the_spans_name_the_words_the_date_and_time_were_read_from(
      String text, String dateWords, String timeWords) {
    Evidence e = read(text, "2026-03-10T10:00:00").evidence();
    assertEquals(dateWords, words(text, e.dateSpan()));
    assertEquals(timeWords, words(text, e.timeSpan()));
  }

  @Test
  void a_weekday_that_contradicts_the_ordinal_is_a_question_with_its_words() {
    String text = "can I come Thursday the 21st?";
    Reading r = read(text, "2026-03-10T10:00:00");
    assertNull(r.date());
    Unresolved u = r.evidence().unresolved().getFirst();
    assertEquals(Unresolved.What.DATE, u.what());
    assertEquals("Thursday the 21st", u.words());
    assertEquals("Thursday the 21st", words(text, u.span()));
    assertEquals("weekday_mismatch", u.reason());
    assertTrue(r.evidence().unresolved(Unresolved.What.DATE));
  }

  @Test
  void the_weekday_confirms_the_ordinal_said_two_weeks_ahead() {
    // Said on Tuesday the 12th: Thursday the 21st is the 21st, not Thursday the 14th.
    Reading r = read("Thursday the 21st", "2024-03-12T10:00:00");
    assertEquals(LocalDate.parse("2024-03-21"), r.date());
  }

  @Test
  void this_morning_said_before_dawn_is_later_today() {
    Reading r = read("this morning at 9", "2026-03-10T04:30:00");
    assertEquals(LocalDate.parse("2026-03-10"), r.date());
    assertEquals(LocalTime.of(9, 0), r.time());
  }

  @Test
  void a_lone_number_is_an_hour_inside_business_hours_but_not_while_a_name_is_asked_for() {
    assertEquals(LocalTime.of(9, 0), read("9", "2026-03-10T10:00:00").time());
    assertEquals(LocalTime.of(16, 0), read("4", "2026-03-10T10:00:00").time());
    Reading asked =
        RULES.interpret(
            "9",
            new UnderstandingContext(
                LocalDateTime.parse("2026-03-10T10:00:00"),
                ZoneId.of("Europe/London"),
                Locale.UK,
                List.of(),
                List.of(),
                Expectation.NAME));
    assertNull(asked.time());
  }

  @Test
  void a_model_reading_has_no_evidence() {
    Reading r = new Reading(Intent.BOOK, Slots.NONE, null, null, "llm");
    assertEquals(Evidence.NONE, r.evidence());
    assertTrue(r.evidence().unresolved().isEmpty());
  }
}
