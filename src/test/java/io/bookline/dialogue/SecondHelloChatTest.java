package io.bookline.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.ChatSteps;
import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * ADR 0110, over the web chat on Postgres: "Servus" and "Ciao" are hello as much as goodbye. While
 * the customer has only greeted, a second one greets again; once they booked something it ends the
 * chat. Monday 23 Nov 2026, 08:00; the demo studio.
 */
class SecondHelloChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();
  final ChatSteps chat = new ChatSteps(app);

  @ParameterizedTest(name = "{0} then {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Hallo | Servus | Hallo! Hier ist Demo Nail Studio.",
        "Hallo | Ciao | Hallo! Hier ist Demo Nail Studio.",
        "Hola | Ciao | ¡Hola! Somos Demo Nail Studio.",
        "Hi | Ciao | Hi! This is Demo Nail Studio.",
        "Servus | Servus | Hallo! Hier ist Demo Nail Studio.",
      })
  void a_second_hello_after_only_greetings_greets_again(String first, String second, String hi) {
    app.say("g", first);
    assertThat(app.say("g", second)).startsWith(hi);
    assertThat(app.say("g", "Pediküre am Montag, 30. November um 11 Uhr"))
        .startsWith("Pediküre am Montag, 30. November um 11:00 ist frei.");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN | Ciao | Bye! See you on Mon 30 Nov!",
        "DE | Servus | Tschüss!",
        "DE | Ciao | Tschüss!",
        "ES | Ciao | ¡Adiós!",
      })
  void ciao_after_a_booking_is_a_goodbye(String language, String bye, String said) {
    app.say("b", language.equals("EN") ? "Hi" : language.equals("DE") ? "Hallo" : "Hola");
    chat.bookPedicureOnMonday30November("b", language, 11);
    assertThat(app.say("b", bye)).startsWith(said);
  }
}
