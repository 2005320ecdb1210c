package io.bookline.dialogue;

import static io.bookline.support.TestApp.FRIDAY_10AM_BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Chat review, over the web chat on Postgres: a message that asks two questions gets both answered,
 * in the order asked ("whats ur opening hours? and who works there"), and a question beside the
 * name at the name step ("I'm Sam, and can you also tell me where you are located?") is answered
 * before the booking goes on. Friday 27 Nov 2026, 10:00; the demo studio.
 */
class TwoQuestionsChatTest {
  @RegisterExtension static final TestApp app = TestApp.onFreshDatabaseAt(FRIDAY_10AM_BERLIN);

  @Test
  void two_questions_in_one_message_are_both_answered_in_order() {
    assertThat(app.say("e1", "whats ur opening hours? and who works there"))
        .startsWith("We're open ")
        .endsWith(" Anna and Marta are working on Fri 27 Nov.");
    assertThat(app.say("s1", "a que hora abren el sabado y quien trabaja ese dia?"))
        .isEqualTo(
            "El sábado 28 de noviembre abrimos de 10:00 a 14:00. El sábado 28 de noviembre"
                + " trabajan Anna y Marta.");
    assertThat(app.say("d1", "wer arbeitet am Samstag und wann habt ihr da auf?"))
        .isEqualTo(
            "Am Samstag, 28. November arbeiten Anna und Marta. Am Samstag, 28. November haben wir"
                + " 10:00–14:00 geöffnet.");
  }

  @Test
  void a_question_beside_the_name_is_answered_and_the_booking_goes_on() {
    app.say("e2", "pedicure on monday at 11");
    // Which of the two free staff members gets the booking is not the question here.
    assertThat(
            app.say("e2", "I'm Sam, and can you also tell me where you are located?")
                .replace("Anna", "Marta"))
        .isEqualTo(
            "Demo Nail Studio is at Torstraße 1, 10119 Berlin. Pedicure on Mon 30 Nov at 11:00 with"
                + " Marta for Sam, 40.00 EUR. Shall I book it?");
    app.say("d2", "Ich hätte gern eine Pediküre am Montag um 11");
    assertThat(app.say("d2", "Ich bin Sam, und wo seid ihr?").replace("Anna", "Marta"))
        .isEqualTo(
            "Sie finden Demo Nail Studio hier: Torstraße 1, 10119 Berlin. Pediküre am Montag, 30."
                + " November um 11:00 bei Marta für Sam, 40,00 €. Soll ich das buchen?");
  }
}
