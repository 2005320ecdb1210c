package io.bookline.dialogue;

import static io.bookline.support.TestApp.FRIDAY_10AM_BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Chat review, over the web chat on Postgres: small talk ("hello how are you today?", "hallo, wie
 * geht's dir heute?", "hola, ¿cómo estás hoy?") is a greeting, not a booking for today; "wann habt
 * ihr montag zu" asks Monday's hours, not a booking on Monday, and the hours asked after it end
 * with no booking question. Friday 27 Nov 2026, 10:00; the demo studio.
 */
class SmallTalkAndHoursChatTest {
  @RegisterExtension static final TestApp app = TestApp.onFreshDatabaseAt(FRIDAY_10AM_BERLIN);

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "e1 | hello how are you today? | Hi! This is",
        "e2 | how's it going? | Hi! This is",
        "d1 | hallo, wie geht's dir heute? | Hallo! Hier ist",
        "s1 | hola, ¿cómo estás hoy? | ¡Hola! Somos",
      })
  void small_talk_is_greeted_with_what_the_bot_can_do(String user, String said, String hello) {
    assertThat(app.say(user, said)).startsWith(hello).doesNotContain("27");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "d2 | wann habt ihr montag zu | Am Montag, 30. November haben wir 09:00–18:00 geöffnet."
            + " | und samstag? | Am Samstag, 28. November haben wir 10:00–14:00 geöffnet.",
        "d3 | wann haben Sie am Samstag auf? | Am Samstag, 28. November haben wir 10:00–14:00"
            + " geöffnet. | und montag? | Am Montag, 30. November haben wir 09:00–18:00 geöffnet.",
        "e3 | when do you close on monday | On Mon 30 Nov we're open 09:00–18:00. | and saturday?"
            + " | On Sat 28 Nov we're open 10:00–14:00.",
        "s2 | a qué hora cerráis el lunes | El lunes 30 de noviembre abrimos de 09:00 a 18:00. |"
            + " ¿y el sábado? | El sábado 28 de noviembre abrimos de 10:00 a 14:00.",
      })
  void when_do_you_close_on_a_day_answers_that_days_hours(
      String user, String asked, String hours, String then, String thenHours) {
    assertThat(app.say(user, asked)).isEqualTo(hours);
    assertThat(app.say(user, then)).isEqualTo(thenHours);
  }
}
