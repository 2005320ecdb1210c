package io.bookline.dialogue;

import static io.bookline.support.TestApp.FRIDAY_10AM_BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Chat review, over the web chat on Postgres: on Saturday's list (open 10–14) an hour said with an
 * agreement ("7 is fine", "7 passt", "a las 7 está bien") is the hour, as a bare "7" or "what about
 * 5" already was: the customer hears that Saturday closes at 14:00, not "Sorry, I didn't catch
 * that"; "12 is fine" takes 12:00. Friday 27 Nov 2026, 10:00; the demo studio.
 */
class HourSaidWithOkChatTest {
  @RegisterExtension static final TestApp app = TestApp.onFreshDatabaseAt(FRIDAY_10AM_BERLIN);

  @ParameterizedTest(name = "{2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "e1 | gel manicure tomorrow | 7 is fine | We're open only 10:00–14:00 on Sat 28 Nov, not at"
            + " 19:00.",
        "e2 | gel manicure tomorrow | 7 works for me | We're open only 10:00–14:00 on Sat 28 Nov,"
            + " not at 19:00.",
        "e3 | gel manicure tomorrow | 12 is fine | Gel Manicure on Sat 28 Nov at 12:00 is free.",
        "d1 | Gel-Maniküre morgen | 7 passt | Am Samstag, 28. November haben wir nur 10:00–14:00"
            + " geöffnet, nicht um 19:00.",
        "s1 | manicura de gel mañana | a las 7 está bien | El sábado 28 de noviembre solo abrimos"
            + " de 10:00 a 14:00, no a las 19:00.",
      })
  void an_hour_with_an_ok_is_the_hour(String user, String ask, String hour, String answer) {
    app.say(user, ask);
    assertThat(app.say(user, hour)).startsWith(answer);
  }
}
