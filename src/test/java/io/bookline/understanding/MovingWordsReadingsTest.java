package io.bookline.understanding;

import static io.bookline.understanding.ReviewReadings.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Moving or not keeping a booking in more everyday words (ADR 0065), read on Fri 27 Nov 2026 in
 * each language: amounts of two units, "I can't make it" in more words, a move from one day to
 * another, a booked service named with a weak verb.
 */
class MovingWordsReadingsTest {

  @ParameterizedTest(name = "{0}: \"{1}\" -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN|an hour and 15 minutes later|PT1H15M",
        "EN|1 hour 30 min earlier|PT-90M",
        "EN|an hour and a quarter later|PT1H15M",
        "EN|later by 2 hours and 30 minutes|PT2H30M",
        "DE|eine Stunde und 15 Minuten später|PT1H15M",
        "DE|1 Std. 30 Min. früher|PT-90M",
        "DE|eine Stunde und eine Viertelstunde später|PT1H15M",
        "ES|una hora y cuarto más tarde|PT1H15M",
        "ES|una hora y 15 minutos más tarde|PT1H15M",
        "ES|dos horas y cuarto antes|PT-135M",
        "EN|an hour and a half later|PT1H30M",
        "ES|hora y media antes|PT-90M",
      })
  void an_amount_of_two_units_is_their_sum(Language language, String text, Duration by) {
    Reading r = read(text, language, Expectation.NOTHING);
    assertThat(r.shiftBy()).isEqualTo(by);
    assertThat(r.time()).isNull();
  }

  @ParameterizedTest(name = "{0}: \"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "DE|ich schaffs am Montag nicht|2026-11-30",
        "DE|ich schaff's am Montag leider nicht|2026-11-30",
        "DE|ich schaffe es morgen nicht|2026-11-28",
        "ES|no llego el lunes|2026-11-30",
        "ES|el lunes no llego|2026-11-30",
        "EN|I won't make it on monday|2026-11-30",
      })
  void cannot_make_it_on_a_day_is_a_cancel_of_that_days_booking(
      Language language, String text, LocalDate booked) {
    Reading r = read(text, language, Expectation.NOTHING);
    assertThat(r.intent()).isEqualTo(Intent.CANCEL);
    assertThat(r.evidence().booked().date()).isEqualTo(booked);
  }

  @ParameterizedTest(name = "{0}: \"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "ES|no llego a tiempo, llego 10 minutos tarde",
        "ES|no llego a las 11 en punto, llego un poco tarde",
      })
  void running_late_is_no_cancellation(Language language, String text) {
    assertThat(read(text, language, Expectation.NOTHING).intent()).isNotEqualTo(Intent.CANCEL);
  }

  @ParameterizedTest(name = "{0}: \"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN|can you switch my appointment from monday to wednesday|RESCHEDULE",
        "DE|kannst du mir den Termin von Montag auf Mittwoch legen|CHANGE",
        "ES|¿me pasas la cita del lunes al miércoles?|CHANGE",
        "ES|me cambias la cita del lunes al miércoles|RESCHEDULE",
      })
  void from_one_day_to_another_moves_the_first_days_booking(
      Language language, String text, Intent intent) {
    Reading r = read(text, language, Expectation.NOTHING);
    assertThat(r.intent()).isEqualTo(intent);
    assertThat(r.evidence().booked().date()).isEqualTo(LocalDate.parse("2026-11-30"));
    assertThat(r.date()).isEqualTo(LocalDate.parse("2026-12-02"));
  }

  @ParameterizedTest(name = "{0}: \"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN|make the pedicure an hour later",
        "EN|put the pedicure on wednesday",
        "DE|mach die Pediküre eine Stunde später",
        "DE|leg die Pediküre auf Mittwoch",
        "ES|pon la pedicura una hora más tarde",
        "ES|pon la pedicura el miércoles",
      })
  void a_service_named_with_a_weak_verb_and_a_new_time_is_the_booked_one_changed(
      Language language, String text) {
    Reading r = read(text, language, Expectation.NOTHING);
    assertThat(r.intent()).isEqualTo(Intent.CHANGE);
    assertThat(r.evidence().booked().serviceId()).isNotNull().isEqualTo(r.serviceId());
  }

  @ParameterizedTest(name = "{0}: \"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN|I'd like to book the pedicure tomorrow at 3",
        "EN|can I have the pedicure tomorrow at 3?",
        "EN|make the pedicure",
        "DE|Ich möchte die Pediküre morgen um 3 buchen",
        "ES|quiero reservar la pedicura mañana a las 3",
      })
  void a_service_named_to_book_is_no_change(Language language, String text) {
    Reading r = read(text, language, Expectation.NOTHING);
    assertThat(r.intent()).isNotIn(Intent.CHANGE, Intent.RESCHEDULE);
    assertThat(r.evidence().booked().isEmpty()).isTrue();
  }
}
