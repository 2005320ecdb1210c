package io.bookline.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.ChatSteps;
import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * ADR 0110, over the web chat on Postgres: "again with her", "und bei ihr … nochmal", "otra vez con
 * ella" right after a booking keep the staff member and the service of the booking just made; only
 * the day and time said are new. Monday 23 Nov 2026, 08:00; the demo studio (Anna and Marta).
 */
class AgainWithHerChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();
  final ChatSteps chat = new ChatSteps(app);

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN | again with her on wednesday at 11 | Pedicure on Wed 25 Nov at 11:00 with Anna for"
            + " Lena Park, 40.00 EUR. Shall I book it?",
        "DE | und bei ihr am Mittwoch um 11 nochmal | Pediküre am Mittwoch, 25. November um 11:00"
            + " bei Anna für Jonas Weber, 40,00 €. Soll ich das buchen?",
        "ES | otra vez con ella el miércoles a las 11 | Pedicura el miércoles 25 de noviembre a las"
            + " 11:00 con Anna a nombre de Lucía García, 40,00 €. ¿Te la reservo?",
      })
  void again_with_her_keeps_the_staff_and_the_service_of_the_booking_just_made(
      String language, String again, String confirmation) {
    chat.bookPedicureOnMonday30November("c", language, 11);
    assertThat(app.say("c", again)).isEqualTo(confirmation);
    assertThat(app.say("c", ChatSteps.yes(language)))
        .containsAnyOf("Booked!", "Gebucht!", "¡Reservado!");
    assertThat(chat.statuses()).containsExactly("confirmed", "confirmed");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN | with her on wednesday at 11 | Which service would you like?",
        "DE | und bei ihr am Mittwoch um 11 | Welche Leistung möchten Sie buchen?",
      })
  void with_her_without_again_still_asks_the_service(String language, String with, String ask) {
    chat.bookPedicureOnMonday30November("d", language, 11);
    assertThat(app.say("d", with)).contains(ask);
  }
}
