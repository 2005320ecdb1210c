package io.bookline.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Black-box report (chatG, item 8): "Hi" then "Hola" was not understood ("Sorry, I didn't catch
 * that"). A message that only greets, in words the chat's language does not greet with, is the
 * language the customer wants: the hello is answered in it, and the chat goes on in it. A hello
 * both languages share ("Hi" in a German chat) keeps the chat's. Monday 23 Nov 2026, 08:00; over
 * the web chat on Postgres.
 */
class HelloInAnotherLanguageChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  @ParameterizedTest(name = "{0} then {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Hi | Hola | ¡Hola! Somos Demo Nail Studio. | quiero una pedicura el 30 de noviembre a las 11"
            + " | Pedicura el lunes 30 de noviembre a las 11:00 está libre.",
        "Hi | Guten Tag | Hallo! Hier ist Demo Nail Studio. | Pediküre am 30. November um 11 Uhr"
            + " | Pediküre am Montag, 30. November um 11:00 ist frei.",
        "Hola | Hallo | Hallo! Hier ist Demo Nail Studio. | Pediküre am 30. November um 11 Uhr"
            + " | Pediküre am Montag, 30. November um 11:00 ist frei.",
        "Hallo | Hola! | ¡Hola! Somos Demo Nail Studio. | quiero una pedicura el 30 de noviembre a"
            + " las 11 | Pedicura el lunes 30 de noviembre a las 11:00 está libre.",
        "Hola | good morning | Hi! This is Demo Nail Studio. | pedicure on 30 november at 11"
            + " | Pedicure on Mon 30 Nov at 11:00 is free.",
        "Hallo | Hi | Hallo! Hier ist Demo Nail Studio. | Pediküre am 30. November um 11 Uhr"
            + " | Pediküre am Montag, 30. November um 11:00 ist frei.",
        "Hola | hello | ¡Hola! Somos Demo Nail Studio. | quiero una pedicura el 30 de noviembre a"
            + " las 11 | Pedicura el lunes 30 de noviembre a las 11:00 está libre.",
      })
  void a_second_hello_in_another_language_is_answered_in_it(
      String first, String second, String hello, String request, String free) {
    String user = "u" + (first + second).hashCode();
    app.say(user, first);
    assertThat(app.say(user, second)).startsWith(hello);
    assertThat(app.say(user, request)).startsWith(free);
  }
}
