package io.bookline.dialogue;

import static io.bookline.support.TestApp.FRIDAY_10AM_BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Chat review, over the web chat on Postgres: after an answer about who works, a question left
 * short ("and marta on monday?", "und marta am montag?", "¿y marta el lunes?") asks who works
 * again, about the new person or day, instead of starting a booking with them (ADR 0056's
 * follow-ups, now for staff). Friday 27 Nov 2026, 10:00; the demo studio.
 */
class WhoWorksFollowUpChatTest {
  @RegisterExtension static final TestApp app = TestApp.onFreshDatabaseAt(FRIDAY_10AM_BERLIN);

  @ParameterizedTest(name = "{1} … {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "e1 | is anna in tomorrow? | Yes, Anna is working on Sat 28 Nov. | and marta on monday? |"
            + " Yes, Marta is working on Mon 30 Nov.",
        "e2 | is anna in tomorrow? | Yes, Anna is working on Sat 28 Nov. | what about monday? |"
            + " Anna and Marta are working on Mon 30 Nov.",
        "d1 | ist anna morgen da? | Ja, Anna arbeitet am Samstag, 28. November. | und marta am"
            + " montag? | Ja, Marta arbeitet am Montag, 30. November.",
        "s1 | ¿quién trabaja mañana? | El sábado 28 de noviembre trabajan Anna y Marta. | ¿y marta"
            + " el lunes? | Sí, Marta trabaja el lunes 30 de noviembre.",
      })
  void a_question_left_short_after_who_works_asks_who_works(
      String user, String asked, String answer, String then, String thenAnswer) {
    assertThat(app.say(user, asked)).isEqualTo(answer);
    assertThat(app.say(user, then)).isEqualTo(thenAnswer);
  }
}
