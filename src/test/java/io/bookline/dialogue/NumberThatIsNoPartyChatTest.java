package io.bookline.dialogue;

import static io.bookline.db.Schema.Bookings;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Black-box report: "tuesday at 2 pedicure please", "dienstag um 2 pediküre", "el martes a las 2
 * pedicura" started a party of two, "monday quarter past 3 manicure" one of three: the hour before
 * the service was read as a number of people. A number counts people only when said as people ("for
 * 2", "3 people", "zu dritt", "somos 3") or before a service without being the hour, the date or a
 * price (ADR 0097, 0103). Friday 27 Nov 2026, 19:00 in Berlin; web chat on Postgres.
 */
class NumberThatIsNoPartyChatTest {
  @RegisterExtension
  final TestApp app = TestApp.onFreshDatabaseAt(Instant.parse("2026-11-27T18:00:00Z"));

  /** A number that is the hour, a date or part of a time: one appointment, offered as read. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "tuesday at 2 pedicure please | Pedicure on Tue 1 Dec at 14:00 is free.",
        "tuesday 2 pedicure | Pedicure on Tue 1 Dec at 14:00 is free.",
        "monday quarter past 3 manicure | Basic Manicure on Mon 30 Nov at 15:15 is free.",
        "monday 3:15 manicure | Basic Manicure on Mon 30 Nov at 15:15 is free.",
        "on the 2nd pedicure at 10 | Pedicure on Wed 2 Dec at 10:00 is free.",
        "december 2 pedicure at 10 | Pedicure on Wed 2 Dec at 10:00 is free.",
        "pedicure for 2pm on friday | Pedicure on Fri 4 Dec at 14:00 is free.",
        "dienstag um 2 pediküre | Pediküre am Dienstag, 1. Dezember um 14:00 ist frei.",
        "montag viertel nach 3 maniküre"
            + " | Klassische Maniküre am Montag, 30. November um 15:15 ist frei.",
        "montag halb 3 maniküre | Klassische Maniküre am Montag, 30. November um 14:30 ist frei.",
        "am 2. Pediküre um 10 | Pediküre am Mittwoch, 2. Dezember um 10:00 ist frei.",
        "Pediküre am Freitag für 2 Uhr | Pediküre am Freitag, 4. Dezember um 14:00 ist frei.",
        "el martes a las 2 pedicura | Pedicura el martes 1 de diciembre a las 14:00 está libre.",
        "el lunes a las 3 manicura"
            + " | Manicura básica el lunes 30 de noviembre a las 15:00 está libre.",
        "lunes a las 3 y cuarto manicura"
            + " | Manicura básica el lunes 30 de noviembre a las 15:15 está libre.",
        "el 2 pedicura a las 10 | Pedicura el miércoles 2 de diciembre a las 10:00 está libre.",
        "pedicura el viernes para las 2"
            + " | Pedicura el viernes 4 de diciembre a las 14:00 está libre.",
      })
  void a_time_or_a_date_before_the_service_is_no_number_of_people(String request, String offer) {
    String reply = app.say("c", request);
    assertThat(reply).startsWith(offer);
    assertThat(reply).endsWith("?").doesNotContain("zweiten").doesNotContain("segunda");
  }

  @Test
  void quarter_past_three_books_one_appointment_and_asks_no_second_name() {
    app.say("c", "montag viertel nach 3 maniküre");
    app.say("c", "Anke");
    assertThat(app.say("c", "ja"))
        .isEqualTo(
            "Gebucht! Klassische Maniküre am Montag, 30. November um 15:15 bei Anna. Bis dann,"
                + " Anke!");
    assertThat(app.app().database().dsl().fetchCount(Bookings.T)).isEqualTo(1);
  }

  /** A number said as people: that many appointments. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "pedicure for 2 on friday at 10 | One appointment per person: I'll book yours first, then"
            + " the second one",
        "pedicure for 3 people on friday at 10 | One appointment per person: I'll book yours"
            + " first, then each of the others",
        "we are 3, pedicure on friday at 10 | One appointment per person: I'll book yours first,"
            + " then each of the others",
        "Pediküre für 2 am Freitag um 10 | Ein Termin pro Person: Ich buche zuerst Ihren, dann"
            + " den zweiten",
        "wir sind zu dritt, Pediküre am Freitag um 10 | Ein Termin pro Person: Ich buche zuerst"
            + " Ihren, dann die weiteren",
        "pedicura para 2 el viernes a las 10 | Una cita por persona: primero reservo la tuya y"
            + " luego la segunda",
        "somos tres, pedicura el viernes a las 10 | Una cita por persona: primero reservo la tuya"
            + " y luego las demás",
      })
  void a_number_said_as_people_books_that_many(String request, String opening) {
    assertThat(app.say("c", request)).startsWith(opening);
  }
}
