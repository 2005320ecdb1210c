package io.bookline.dialogue;

import static io.bookline.db.Schema.Bookings;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Black-box report (chatD, item 1): a question for an earlier or later time at "Shall I book it?"
 * ("gibt es keinen Termin früher?", "¿no hay ninguna cita antes?") booked the time being confirmed.
 * It is answered with the free times earlier (later) that day, and nothing is booked. Monday 23 Nov
 * 2026, 08:00; the demo studio, over the web chat on Postgres.
 */
class EarlierAtTheConfirmationChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  @ParameterizedTest(name = "{2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "gel manicure wednesday at 15 | Tom | is there nothing earlier?"
            + " | Free times for Gel Manicure on Wed 25 Nov before 15:00:",
        "gel manicure wednesday at 15 | Tom | do you have an earlier appointment?"
            + " | Free times for Gel Manicure on Wed 25 Nov before 15:00:",
        "gel manicure wednesday at 12 | Tom | is there no appointment later?"
            + " | Free times for Gel Manicure on Wed 25 Nov after 12:00:",
        "Gel-Maniküre am Mittwoch um 15 Uhr | Tom | gibt es keinen Termin früher?"
            + " | Freie Termine für Gel-Maniküre am Mittwoch, 25. November vor 15:00:",
        "Gel-Maniküre am Mittwoch um 15 Uhr | Tom | gibt es nichts früher?"
            + " | Freie Termine für Gel-Maniküre am Mittwoch, 25. November vor 15:00:",
        "Gel-Maniküre am Mittwoch um 12 Uhr | Tom | habt ihr einen Termin später?"
            + " | Freie Termine für Gel-Maniküre am Mittwoch, 25. November nach 12:00:",
        "manicura de gel el miércoles a las 15 | Tom | ¿no hay ninguna cita antes?"
            + " | Horas libres para Manicura de gel el miércoles 25 de noviembre antes de las 15:00:",
        "manicura de gel el miércoles a las 15 | Tom | ¿hay algún hueco antes?"
            + " | Horas libres para Manicura de gel el miércoles 25 de noviembre antes de las 15:00:",
        "manicura de gel el miércoles a las 12 | Tom | ¿tenéis alguna cita después?"
            + " | Horas libres para Manicura de gel el miércoles 25 de noviembre después de las"
            + " 12:00:",
      })
  void a_question_for_another_time_at_the_confirmation_offers_times_and_books_nothing(
      String request, String name, String question, String offered) {
    String user = "u" + question.hashCode();
    app.say(user, request);
    assertThat(app.say(user, name)).endsWith("?").contains(" 25");
    assertThat(app.say(user, question)).startsWith(offered);
    assertThat(app.app().database().dsl().fetchCount(Bookings.T)).isZero();
  }
}
