package io.bookline.dialogue;

import static io.bookline.support.TestApp.FRIDAY_10AM_BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A greeting typed with its last letter held ("Holaa", "Hallooo", "Hiii", "heyyy") is a hello, in
 * the language the word is a hello in; a wave ("👋") alone is a hello too, in the business's
 * language as the first message (the demo studio's: English), as nothing else says which. Over the
 * web chat on Postgres; Friday 27 Nov 2026, 10:00; the demo studio.
 */
class HeldGreetingChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabaseAt(FRIDAY_10AM_BERLIN);

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Holaa | ¡Hola! Somos Demo Nail Studio.",
        "Holaa \uD83D\uDC4B | ¡Hola! Somos Demo Nail Studio.",
        "holaaa, buenas | ¡Hola! Somos Demo Nail Studio.",
        "Hallooo | Hallo! Hier ist Demo Nail Studio.",
        "Hiii | Hi! This is Demo Nail Studio.",
        "heyyy | Hi! This is Demo Nail Studio.",
        "\uD83D\uDC4B | Hi! This is Demo Nail Studio.",
      })
  void a_held_greeting_is_greeted_back_in_its_language(String hello, String greeting) {
    assertThat(app.say("g" + hello.hashCode(), hello)).startsWith(greeting);
  }

  @ParameterizedTest(name = "{0} then {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "hola, quiero saber los precios | \uD83D\uDC4B | ¡Hola! Somos Demo Nail Studio.",
        "Hallo, was kostet eine Maniküre? | \uD83D\uDC4B | Hallo! Hier ist Demo Nail Studio.",
      })
  void a_wave_later_is_greeted_in_the_chats_language(String first, String wave, String greeting) {
    String user = "w" + first.hashCode();
    app.say(user, first);
    assertThat(app.say(user, wave)).startsWith(greeting);
  }
}
