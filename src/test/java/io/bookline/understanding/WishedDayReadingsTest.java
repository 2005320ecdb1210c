package io.bookline.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Chat review (Fri 27 Nov 2026): a message that names several days or parts of the day is read for
 * the one the customer wants, in all three languages.
 */
class WishedDayReadingsTest {

  @ParameterizedTest(name = "{0}: \"{1}\" -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "DE|hallo, ich schaffs am montag leider nicht, kann ich den termin auf mittwoch nachmittag"
            + " verschieben?|2026-12-02",
        "DE|kann ich den termin von montag auf mittwoch nachmittag verschieben?|2026-12-02",
        "DE|den Termin vom Montag bitte auf den Donnerstag legen|2026-12-03",
        "ES|¿puedo cambiar la cita del lunes para el miércoles por la tarde?|2026-12-02",
        "ES|¿me pasas la cita del lunes al miércoles?|2026-12-02",
        "EN|can you move my appointment from monday to wednesday afternoon|2026-12-02",
        "EN|i can't make it monday, can we move it to wednesday afternoon|2026-12-02"
      })
  void the_day_a_move_is_aimed_at_is_the_day_wished_for(
      Language language, String text, LocalDate day) {
    assertThat(ReviewReadings.read(text, language, Expectation.NOTHING).date()).isEqualTo(day);
  }

  @ParameterizedTest(name = "{0}: \"{1}\" -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN|no, tomorrow doesnt work, monday|2026-11-30",
        "EN|not tomorrow, monday|2026-11-30",
        "EN|i can't do tomorrow, monday?|2026-11-30",
        "EN|not tomorrow, the day after|2026-11-29",
        "EN|monday doesn't work, the day after?|2026-12-01",
        "DE|morgen geht doch nicht, lieber montag|2026-11-30",
        "DE|morgen nicht, den Tag danach|2026-11-29",
        "ES|mañana no, pasado mañana|2026-11-29",
        "ES|mañana no, el día siguiente|2026-11-29",
        "ES|si no puede ser el lunes, el martes|2026-12-01"
      })
  void a_day_turned_down_gives_way_to_the_other_day_said(
      Language language, String text, LocalDate day) {
    assertThat(ReviewReadings.read(text, language, Expectation.DATE).date()).isEqualTo(day);
  }

  @ParameterizedTest(name = "{0}: \"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN|I cant make it on monday can we do wednesday instead",
        "DE|ich kann am Montag nicht kommen geht Mittwoch",
        "ES|el lunes no puedo ir mejor el miércoles"
      })
  void in_one_clause_the_day_that_cannot_be_kept_is_the_bookings_and_the_other_the_wish(
      Language language, String text) {
    Reading r = ReviewReadings.read(text, language, Expectation.NOTHING);
    assertThat(r.intent()).isEqualTo(Intent.CHANGE);
    assertThat(r.date()).isEqualTo(LocalDate.parse("2026-12-02"));
    assertThat(r.evidence().booked().date()).isEqualTo(LocalDate.parse("2026-11-30"));
  }

  @ParameterizedTest(name = "{0}: \"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN|pedicure next thursday in the afternoon if possible because in the morning i work",
        "EN|pedicure thursday, afternoon, not in the morning",
        "DE|pediküre nächsten donnerstag nachmittags, vormittags muss ich arbeiten",
        "DE|Pediküre am Donnerstag nachmittags, nicht vormittags",
        "ES|quiero una pedicura el jueves que viene por la tarde si puede ser porque por la mañana"
            + " trabajo",
        "ES|el jueves por la tarde, por la mañana no puedo"
      })
  void of_two_parts_of_the_day_the_one_not_ruled_out_is_wished_for(Language language, String text) {
    Reading r = ReviewReadings.read(text, language, Expectation.NOTHING);
    assertThat(r.date()).isEqualTo(LocalDate.parse("2026-12-03"));
    assertThat(r.partOfDay()).isEqualTo(PartOfDay.AFTERNOON);
  }

  @ParameterizedTest(name = "{0}: \"{1}\" -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN|hi, i'd like to come in in two weeks for a pedicure, like on the wednesday, ideally"
            + " around lunchtime|2026-12-09",
        "EN|wednesday in two weeks|2026-12-09",
        "DE|in zwei wochen am donnerstag gegen mittag|2026-12-10",
        "ES|dentro de dos semanas el miercoles a mediodia|2026-12-09"
      })
  void a_weekday_said_with_in_two_weeks_is_that_weekday_two_weeks_on(
      Language language, String text, LocalDate day) {
    assertThat(ReviewReadings.read(text, language, Expectation.NOTHING).date()).isEqualTo(day);
  }

  @ParameterizedTest(name = "{0}: \"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "DE|gel nägel am montag den 1.12. um 15 uhr",
        "DE|Montag, 1.12.",
        "ES|el lunes 1/12",
        "EN|monday 1/12",
        "EN|monday the 1/12 at 3"
      })
  void a_weekday_that_does_not_match_its_numeric_date_is_asked_about(
      Language language, String text) {
    Reading r = ReviewReadings.read(text, language, Expectation.NOTHING);
    assertThat(r.date()).isNull();
    assertThat(r.evidence().unresolved())
        .extracting(Unresolved::reason)
        .containsExactly("weekday_mismatch");
  }

  @ParameterizedTest(name = "{0}: \"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {"DE|am dienstag den 1.12. um 15 uhr", "ES|el martes 1/12", "EN|tuesday 1/12"})
  void a_weekday_that_matches_its_numeric_date_is_that_date(Language language, String text) {
    assertThat(ReviewReadings.read(text, language, Expectation.NOTHING).date())
        .isEqualTo(LocalDate.parse("2026-12-01"));
  }

  @Test
  void the_day_after_with_no_day_before_it_is_asked_about_in_its_own_words() {
    Reading r = ReviewReadings.read("the day after", Language.EN, Expectation.NAME);
    assertThat(r.date()).isNull();
    assertThat(r.personName()).isNull();
    assertThat(r.evidence().unresolved())
        .singleElement()
        .extracting(Unresolved::words)
        .isEqualTo("the day after");
  }
}
