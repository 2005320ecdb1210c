package io.bookline.dialogue;

import static io.bookline.support.TestApp.FRIDAY_10AM_BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Chat review, over the web chat on Postgres: a name given with an emoji or a smiley ("Kim 🙂",
 * "Kim :)", "Ich bin Kim 😊") is the name; the emoji is not part of it and the bot does not ask for
 * the name again. Friday 27 Nov 2026, 10:00; the demo studio.
 */
class NameWithSmileyChatTest {
  @RegisterExtension static final TestApp app = TestApp.onFreshDatabaseAt(FRIDAY_10AM_BERLIN);

  @ParameterizedTest(name = "{0} {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "e1 | pedicure on monday at 11 | Kim 🙂 | Pedicure on Mon 30 Nov at 11:00 with Marta for Kim,"
            + " 40.00 EUR. Shall I book it?",
        "e2 | pedicure on monday at 11 | Kim :) | Pedicure on Mon 30 Nov at 11:00 with Marta for"
            + " Kim, 40.00 EUR. Shall I book it?",
        "e3 | pedicure on monday at 11 | kim lee 👍🏽 | Pedicure on Mon 30 Nov at 11:00 with Marta for"
            + " Kim Lee, 40.00 EUR. Shall I book it?",
        "d1 | Ich hätte gern eine Pediküre am Montag um 11 | Ich bin Kim 😊 | Pediküre am Montag, 30."
            + " November um 11:00 bei Marta für Kim, 40,00 €. Soll ich das buchen?",
        "s1 | quiero una pedicura el lunes a las 11 | Kim ;-) | Pedicura el lunes 30 de noviembre a"
            + " las 11:00 con Marta a nombre de Kim, 40,00 €. ¿Te la reservo?",
      })
  void a_name_with_a_smiley_is_the_name(String user, String ask, String name, String recap) {
    app.say(user, ask);
    // Which of the two free staff members gets the booking is not the question here.
    assertThat(app.say(user, name).replace("Anna", "Marta")).isEqualTo(recap);
  }
}
