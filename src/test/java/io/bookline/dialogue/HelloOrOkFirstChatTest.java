package io.bookline.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The first words of a conversation (ADR 0092, addendum), over the web chat on Postgres: "Servus"
 * and "Ciao" greet, and "ok", "vale", "yes" or a 👍 with nothing said before get the greeting, not
 * "👍 Anything else?"; once the bot has answered a 👍 is nodded to in German and Spanish as in
 * English, and "Ciao" or "Servus" while a booking is set up still ends it. Friday 27 Nov 2026,
 * 10:00 in Berlin; the demo studio.
 */
class HelloOrOkFirstChatTest {
  @RegisterExtension
  static final TestApp app = TestApp.onFreshDatabaseAt(TestApp.FRIDAY_10AM_BERLIN);

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "h-de1 | Servus | Hallo! Hier ist Demo Nail Studio.",
        "h-en1 | Ciao | Hi! This is Demo Nail Studio.",
        "h-en2 | ok | Hi! This is Demo Nail Studio.",
        "h-en3 | yes | Hi! This is Demo Nail Studio.",
        "h-es1 | vale | ¡Hola! Somos Demo Nail Studio.",
        "h-en4 | 👍 | Hi! This is Demo Nail Studio.",
      })
  void the_first_words_are_greeted(String user, String said, String greeting) {
    assertThat(app.say(user, said)).startsWith(greeting);
  }

  @ParameterizedTest(name = "{0}: {1} {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "t-en1 | hi    | 👍 | 👍 Anything else I can help with?",
        "t-de1 | hallo | 👍 | 👍 Kann ich sonst noch etwas für Sie tun?",
        "t-es1 | hola  | 👍 | 👍 ¿Te puedo ayudar en algo más?",
        "t-de2 | hallo | ok | 👍 Kann ich sonst noch etwas für Sie tun?",
      })
  void a_nod_after_the_bot_has_answered_is_nodded_to(
      String user, String hello, String nod, String answer) {
    app.say(user, hello);
    assertThat(app.say(user, nod)).isEqualTo(answer);
  }

  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "b-en1 | pedicure monday at 10 | ciao | OK, nothing booked. Bye!",
        "b-de1 | Pediküre am Montag um 10 | servus | In Ordnung, nichts gebucht. Tschüss!",
      })
  void hello_or_bye_while_a_booking_is_set_up_ends_it(
      String user, String ask, String bye, String goodbye) {
    app.say(user, ask);
    assertThat(app.say(user, bye)).startsWith(goodbye);
  }
}
