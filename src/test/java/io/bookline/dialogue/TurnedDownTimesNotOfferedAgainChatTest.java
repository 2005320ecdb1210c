package io.bookline.dialogue;

import static io.bookline.support.TestApp.FRIDAY_10AM_BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Black-box test report: after "no" to "Pedicure at 09:00 … Shall I book it?" the times offered
 * instead listed 09:00 again, and moving the 17:00 booking offered 17:00 as an alternative. Neither
 * is offered again, in English, German and Spanish, over the web chat on Postgres. Friday 27 Nov
 * 2026, 10:00; the demo studio (Mon–Fri 9–18).
 */
class TurnedDownTimesNotOfferedAgainChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabaseAt(FRIDAY_10AM_BERLIN);

  /** The request for a free time, the name, the no, and the times offered instead. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "pedicure on monday at 9 | Ann | no | No problem, nothing is changed yet. Pick another"
            + " time, or say \"start over\". Free times for Pedicure on Mon 30 Nov around 09:00:"
            + " 09:15, 09:30, 09:45, 10:00, 10:15, 10:30. Which time suits you?",
        "Ich hätte gern eine Pediküre am Montag um 9 | Petra | nein | Kein Problem, noch ist"
            + " nichts geändert. Wählen Sie eine andere Uhrzeit oder schreiben Sie „von vorne“."
            + " Freie Termine für Pediküre am Montag, 30. November gegen 09:00: 09:15, 09:30,"
            + " 09:45, 10:00, 10:15, 10:30. Welche Uhrzeit passt Ihnen?",
        "quiero una pedicura el lunes a las 9 | Lucía | no | No pasa nada, todavía no he cambiado"
            + " nada. Elige otra hora o escribe «empezar de nuevo». Horas libres para Pedicura el"
            + " lunes 30 de noviembre sobre las 09:00: 09:15, 09:30, 09:45, 10:00, 10:15, 10:30."
            + " ¿Qué hora te viene bien?",
      })
  void a_time_declined_at_the_confirmation_is_not_offered_again(
      String request, String name, String no, String offered) {
    app.say("d", request);
    app.say("d", name);
    assertThat(app.say("d", no)).isEqualTo(offered);
  }

  /** The booking made at 17:00, then the move to a time that does not fit, and the reply. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "pedicure on monday at 17 | Ann | yes | move my pedicure to monday at 17:15 | Pedicure"
            + " takes 1 hour, so at 17:15 it would end after we close at 18:00. The nearest free"
            + " times: 16:15, 16:30, 16:45. Which time suits you?",
        "Ich hätte gern eine Pediküre am Montag um 17 | Petra | ja | verschieben Sie meine"
            + " Pediküre auf Montag um 17:15 | Pediküre dauert 1 Stunde, um 17:15 wäre der Termin"
            + " also erst nach Ladenschluss um 18:00 fertig. Die nächsten freien Termine: 16:15,"
            + " 16:30, 16:45. Welche Uhrzeit passt Ihnen?",
      })
  void moving_a_booking_does_not_offer_its_own_time_back(
      String request, String name, String yes, String move, String offered) {
    app.say("m", request);
    app.say("m", name);
    assertThat(app.say("m", yes)).contains(" 17:00 ");
    assertThat(app.say("m", move)).isEqualTo(offered);
  }
}
