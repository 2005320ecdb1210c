package io.bookline.understanding;

import static io.bookline.understanding.ReviewReadings.read;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Words naming a booking the customer has ("my saturday appointment", "den Termin am Dienstag", "la
 * cita del lunes") with a new day, time or shift ask to move it: the day said of the booking is the
 * booking's, not the new one. A message that books, asks about the booking or names nothing new
 * keeps its reading. Read on Fri 27 Nov 2026.
 */
class NamedBookingReadingsTest {

  @ParameterizedTest(name = "{0}: \"{1}\"")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "EN|can you make my saturday appointment an hour earlier|RESCHEDULE|2026-11-28|-",
        "EN|could you put my appointment an hour later?|RESCHEDULE|-|-",
        "EN|can I have my appointment on monday instead|RESCHEDULE|-|2026-11-30",
        "EN|can we make the tuesday booking 30 minutes later|CHANGE|2026-12-01|-",
        "EN|hmm actually can i move the pedicure to wednesday morning|CHANGE|-|2026-12-02",
        "DE|kann ich den termin am dienstag eine stunde später haben?|CHANGE|2026-12-01|-",
        "DE|können Sie meinen Termin am Montag auf Mittwoch legen?|RESCHEDULE|2026-11-30|2026-12-02",
        "ES|puedes poner mi cita del lunes una hora más tarde|RESCHEDULE|2026-11-30|-",
        "ES|podría pasar la cita del lunes una hora más tarde?|RESCHEDULE|2026-11-30|-",
        "ES|¿me pones la cita del martes el miércoles?|CHANGE|2026-12-01|2026-12-02",
        "EN|Hi! I have a booking on saturday (Tina) can I push it to 1pm?|RESCHEDULE|2026-11-28|-",
        "DE|ich habe einen Termin am Samstag, kann ich ihn auf 13 Uhr verschieben?|RESCHEDULE|2026-11-28|-",
        "ES|tengo una cita el sábado, ¿me la puedes pasar a las 13?|RESCHEDULE|2026-11-28|-",
      })
  void a_named_booking_with_a_new_time_is_a_move(
      Language language, String text, Intent intent, String booked, String date) {
    Reading r = read(text, language, Expectation.NOTHING);
    assertThat(r.intent()).isEqualTo(intent);
    assertThat(r.evidence().booked().date())
        .isEqualTo(booked == null ? null : java.time.LocalDate.parse(booked));
    assertThat(r.date()).isEqualTo(date == null ? null : java.time.LocalDate.parse(date));
  }

  @ParameterizedTest(name = "{0}: \"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN|I'd like to book my appointment for friday at 3",
        "EN|what time is my saturday appointment?",
        "EN|can I have the earliest appointment on saturday?",
        "EN|cancel my saturday appointment",
        "EN|do I have an appointment on saturday?",
        "DE|Ich möchte den Termin am Dienstag um 11 buchen",
        "ES|quiero reservar mi cita del lunes a las 10",
      })
  void a_booking_named_to_book_ask_or_cancel_is_no_move(Language language, String text) {
    Reading r = read(text, language, Expectation.NOTHING);
    assertThat(r.intent()).isNotIn(Intent.RESCHEDULE, Intent.CHANGE);
    assertThat(r.evidence().booked().isEmpty()).isTrue();
  }
}
