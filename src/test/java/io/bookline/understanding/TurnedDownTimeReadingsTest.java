package io.bookline.understanding;

import static io.bookline.understanding.ReviewReadings.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which time or day is meant (ADR 0065), read on Fri 27 Nov 2026 in each language: a time turned
 * down is not the one wished for, and a weekday after a numeric date must agree with it.
 */
class TurnedDownTimeReadingsTest {

  @ParameterizedTest(name = "{0}: \"{1}\" -> {2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "EN|not at 3, at 5 please|17:00",
        "EN|can't do 3pm, 5pm works|17:00",
        "DE|nicht um 3, lieber um 5|17:00",
        "ES|a las 3 no, a las 5|17:00",
        "EN|not 3pm|-",
        "EN|not at 3|-",
        "DE|nicht um 15 Uhr|-",
        "ES|a las 3 no|-",
        "EN|why not at 3?|15:00",
        "EN|not before 3pm|15:00",
        "EN|at 3 please|15:00",
        "DE|um 3 geht es nicht, um 5 schon|17:00",
      })
  void a_time_turned_down_is_not_the_one_wished_for(
      Language language, String text, LocalTime time) {
    assertThat(read(text, language, Expectation.TIME).time()).isEqualTo(time);
  }

  @ParameterizedTest(name = "{0}: \"{1}\"")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "EN|on 1/12 monday|-",
        "DE|am 1.12. Montag|-",
        "ES|el 1/12 lunes|-",
        "EN|on 1/12 tuesday|2026-12-01",
        "DE|am 1.12. Dienstag|2026-12-01",
        "ES|el 1/12 martes|2026-12-01",
      })
  void a_weekday_after_a_numeric_date_must_agree(Language language, String text, LocalDate date) {
    Reading r = read(text, language, Expectation.NOTHING);
    assertThat(r.date()).isEqualTo(date);
    assertThat(r.evidence().unresolved().stream().map(Unresolved::reason).toList())
        .isEqualTo(date == null ? List.of("weekday_mismatch") : List.of());
  }
}
