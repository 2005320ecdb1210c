package io.bookline.dialogue;

import static io.bookline.support.TestApp.FRIDAY_10AM_BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Review of e22af5c: a count right after a weekday, with the hour said after it ("monday 2
 * pedicures at 11", "am Montag 2 Pediküren um 11", "el lunes 2 pedicuras a las 11"), is two people
 * at 11:00, not one person at 14:00; with no other hour, "tuesday 2 pedicure" stays Tuesday at
 * 14:00 (ADR 0103). Over the web chat on Postgres, Friday 27 Nov 2026, 10:00, the demo studio.
 */
class PartyCountedAfterAWeekdayChatTest {
  @RegisterExtension static final TestApp app = TestApp.onFreshDatabaseAt(FRIDAY_10AM_BERLIN);

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "e1 | monday 2 pedicures at 11 | One appointment per person"
            + " | Pedicure on Mon 30 Nov at 11:00 is free.",
        "d1 | am Montag 2 Pediküren um 11 | Ein Termin pro Person"
            + " | Pediküre am Montag, 30. November um 11:00 ist frei.",
        "s1 | el lunes 2 pedicuras a las 11 | Una cita por persona"
            + " | Pedicura el lunes 30 de noviembre a las 11:00 está libre.",
      })
  void a_count_after_a_weekday_books_that_many_at_the_hour_said(
      String user, String request, String party, String offer) {
    assertThat(app.say(user, request)).startsWith(party).contains(offer);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "g1 | tuesday 2 pedicure | Pedicure on Tue 1 Dec at 14:00 is free.",
        "g2 | dienstag um 2 pediküre | Pediküre am Dienstag, 1. Dezember um 14:00 ist frei.",
      })
  void a_number_after_a_weekday_with_no_other_hour_is_the_hour(
      String user, String request, String offer) {
    assertThat(app.say(user, request)).startsWith(offer);
  }
}
