package io.bookline.dialogue;

import static io.bookline.support.TestApp.FRIDAY_10AM_BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Chat review, over the web chat on Postgres: a yes to "Shall I ask a member of the team?" that
 * asks something new ("vale y hay algo esta tarde?", "ok and do you have anything this afternoon?")
 * is about the new question, not a handover; and while the customer waits for a person who has not
 * written yet, every message is answered that it reached the team: none goes without a reply (ADR
 * 0064). Friday 27 Nov 2026, 10:00; the demo studio.
 */
class YesWithAQuestionChatTest {
  @RegisterExtension static final TestApp app = TestApp.onFreshDatabaseAt(FRIDAY_10AM_BERLIN);

  String status(String user) {
    return app.app()
        .database()
        .dsl()
        .fetchValue(
            "select c.status from conversations c join customers u on u.id = c.customer_id"
                + " where u.platform_user_id = ?",
            user)
        .toString();
  }

  @Test
  void a_yes_with_a_new_question_answers_the_question_and_hands_nothing_over() {
    assertThat(app.say("s1", "hay parking?"))
        .isEqualTo(
            "Eso no te lo puedo responder aquí. ¿Quieres que se lo pregunte a alguien del equipo?");
    assertThat(app.say("s1", "vale y hay algo esta tarde?"))
        .startsWith("Entendido: viernes 27 de noviembre")
        .endsWith(
            "¿Qué servicio te gustaría? Manicura básica (30 min, 25,00 €); Manicura de gel"
                + " (45 min, 35,00 €); Pedicura (60 min, 40,00 €).");
    assertThat(status("s1")).isEqualTo("bot");
    app.say("e1", "is there parking?");
    assertThat(app.say("e1", "ok and do you have anything this afternoon?"))
        .startsWith("Got it: Fri 27 Nov");
    assertThat(status("e1")).isEqualTo("bot");
    app.say("d1", "gibt es Parkplätze?");
    assertThat(app.say("d1", "ok und habt ihr heute nachmittag was frei?"))
        .startsWith("Verstanden: Freitag, 27. November");
    assertThat(status("d1")).isEqualTo("bot");
  }

  @Test
  void while_nobody_has_written_yet_every_message_is_told_it_reached_the_team() {
    app.say("s2", "hay parking?");
    assertThat(app.say("s2", "vale")).startsWith("De acuerdo, le he pedido a alguien del equipo");
    assertThat(app.say("s2", "hola?"))
        .isEqualTo(
            "Tu mensaje ha llegado al equipo. Una persona te responderá aquí lo antes posible.");
    assertThat(app.say("s2", "hola??"))
        .isEqualTo(
            "Tu mensaje ha llegado al equipo. Una persona te responderá aquí lo antes posible.");
    app.say("e2", "I want to talk to a person");
    assertThat(app.say("e2", "hello?"))
        .isEqualTo(
            "Your message has reached the team. A person will reply here as soon as they can.");
  }
}
