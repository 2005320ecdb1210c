package io.bookline.understanding;

import static io.bookline.understanding.ReviewReadings.read;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Cannot-keep phrases that go on with a day only to the end of their clause (ADR 0079), read on Fri
 * 27 Nov 2026: with a day, "hin", "mehr" or "zu kommen" they cancel, the day being the booking's;
 * with a running-late word in the clause they do not.
 */
class ClauseDaysReadingsTest {

  @ParameterizedTest(name = "{0}: \"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "DE|ich schaffe es nicht am Montag|2026-11-30",
        "DE|ich schaffe es nicht morgen|2026-11-28",
        "DE|ich schaffe es nicht am Montag um 11:30 Uhr|2026-11-30",
        "DE|ich schaffe es nicht am 30. November|2026-11-30",
        "DE|ich schaff's nicht am Montag, sorry|2026-11-30",
        "ES|no llego el lunes a las 11|2026-11-30",
        "ES|no llego el lunes por la tarde|2026-11-30",
        "ES|no llegaré mañana por la mañana|2026-11-28",
      })
  void a_day_ending_the_clause_is_the_cancelled_bookings(
      Language language, String text, String booked) {
    Reading r = read(text, language, Expectation.NOTHING);
    assertThat(r.intent()).isEqualTo(Intent.CANCEL);
    assertThat(r.evidence().booked().date()).hasToString(booked);
  }

  @ParameterizedTest(name = "{0}: \"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "DE|ich schaffe es nicht hin",
        "DE|ich schaff's nicht mehr hin",
        "DE|ich schaffe es nicht mehr",
        "DE|ich schaffe es nicht zu kommen",
        "DE|ich schaffe es nicht mehr zum Termin",
      })
  void not_getting_there_at_all_cancels(Language language, String text) {
    assertThat(read(text, language, Expectation.NOTHING).intent()).isEqualTo(Intent.CANCEL);
  }

  @ParameterizedTest(name = "{0}: \"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "DE|ich schaffe es nicht mehr pünktlich",
        "DE|ich schaffe es nicht mehr rechtzeitig",
        "DE|ich schaffe es nicht am Montag pünktlich",
        "DE|ich schaffe es nicht mehr bis 11",
        "DE|ich schaffe es nicht später als 11",
        "DE|ich schaffe es nicht rechtzeitig hin",
        "ES|no llego mañana a tiempo",
        "ES|no llego el lunes a la hora",
        "ES|no llego el lunes tarde",
      })
  void a_running_late_word_in_the_clause_is_no_cancellation(Language language, String text) {
    assertThat(read(text, language, Expectation.NOTHING).intent()).isNotEqualTo(Intent.CANCEL);
  }
}
