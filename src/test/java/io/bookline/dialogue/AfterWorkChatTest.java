package io.bookline.dialogue;

import static io.bookline.support.TestApp.FRIDAY_10AM_BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Chat review, over the web chat on Postgres: "after work" ("nach der Arbeit", "después del
 * trabajo", "al salir del trabajo") is the evening, as "Feierabend" already was: the times offered
 * start at 17:00, not at opening. Friday 27 Nov 2026, 10:00; the demo studio.
 */
class AfterWorkChatTest {
  @RegisterExtension static final TestApp app = TestApp.onFreshDatabaseAt(FRIDAY_10AM_BERLIN);

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "e1 | basic manicure monday after work pls | Free times for Basic Manicure on Mon 30 Nov",
        "e2 | basic manicure on monday after i finish work | Free times for Basic Manicure on Mon"
            + " 30 Nov",
        "d1 | klassische maniküre montag nach der arbeit | Freie Termine für Klassische Maniküre am"
            + " Montag, 30. November",
        "d2 | klassische maniküre montag nach feierabend | Freie Termine für Klassische Maniküre am"
            + " Montag, 30. November",
        "s1 | manicura básica el lunes después del trabajo | Horas libres para Manicura básica el"
            + " lunes 30 de noviembre",
        "s2 | manicura básica el lunes al salir del trabajo | Horas libres para Manicura básica el"
            + " lunes 30 de noviembre",
      })
  void after_work_offers_the_evening(String user, String asked, String times) {
    assertThat(app.say(user, asked))
        .startsWith(times)
        .contains("17:")
        .doesNotContain("09:00")
        .doesNotContain("14:00");
  }
}
