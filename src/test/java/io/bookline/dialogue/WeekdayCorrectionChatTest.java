package io.bookline.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * QA chat review, over the web chat on Postgres: "no, tuesday" while a day of a later week is
 * discussed is the Tuesday of that week, not the next Tuesday from today (the rule: see {@code
 * booking.DayCorrection}). Monday 23 Nov 2026, 08:00; the demo studio.
 */
class WeekdayCorrectionChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  @Test
  void a_weekday_said_while_a_later_weeks_day_is_discussed_is_that_weeks_in_each_language() {
    assertThat(app.say("ada", "pedicure on friday december 11"))
        .startsWith("Free times for Pedicure on Fri 11 Dec:");
    assertThat(app.say("ada", "no, tuesday")).startsWith("Free times for Pedicure on Tue 8 Dec:");
    assertThat(app.say("ada", "what about thursday?"))
        .startsWith("Free times for Pedicure on Thu 10 Dec:");
    assertThat(app.say("jonas", "Ich hätte gern eine Pediküre am Freitag, 11. Dezember um 10"))
        .startsWith("Pediküre am Freitag, 11. Dezember um 10:00 ist frei.");
    assertThat(app.say("jonas", "lieber Dienstag"))
        .startsWith("Pediküre am Dienstag, 8. Dezember um 10:00 ist frei.");
    assertThat(app.say("lucia", "Hola, quiero una pedicura el viernes 11 de diciembre"))
        .startsWith("Horas libres para Pedicura el viernes 11 de diciembre:");
    assertThat(app.say("lucia", "mejor el martes"))
        .startsWith("Horas libres para Pedicura el martes 8 de diciembre:");
  }
}
