package io.bookline.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.ChatSteps;
import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Can I bring my daughter to my appointment?" asks the studio's house rules, which only the team
 * knows: it gets the honest "I can't answer that here" with a person offered, never "Which
 * service…?" (ADR 0101); taking the offer hands the chat over. With a service named it stays a
 * booking. Over the web chat on Postgres, Monday 23 Nov 2026, 08:00 in Berlin; the demo studio.
 */
class BringingSomeoneAlongChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabaseAt(TestApp.MONDAY_8AM_BERLIN);

  final ChatSteps chat = new ChatSteps(app);

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "can I bring my daughter to my appointment? | I'm afraid I can't answer that here. Shall I"
            + " ask a member of the team? | ok | OK, I've asked a member of the team to take over.",
        "is it ok if I bring my little son along? | I'm afraid I can't answer that here. Shall I"
            + " ask a member of the team? | yes | OK, I've asked a member of the team to take"
            + " over.",
        "kann ich meine Tochter mitbringen? | Das kann ich hier leider nicht beantworten. Soll ich"
            + " jemanden aus dem Team fragen? | ja | In Ordnung, ich habe jemanden aus dem Team"
            + " gebeten, das Gespräch zu übernehmen.",
        "¿puedo llevar a mi hija? | Eso no te lo puedo responder aquí. ¿Quieres que se lo pregunte"
            + " a alguien del equipo? | sí | De acuerdo, le he pedido a alguien del equipo que siga"
            + " la conversación.",
        "¿puedo traer a mi hijo a mi cita? | Eso no te lo puedo responder aquí. ¿Quieres que se lo"
            + " pregunte a alguien del equipo? | vale | De acuerdo, le he pedido a alguien del"
            + " equipo que siga la conversación.",
      })
  void bringing_someone_along_is_a_question_for_the_team(
      String asked, String honest, String yes, String handedOver) {
    assertThat(app.say("c", asked)).isEqualTo(honest);
    assertThat(app.say("c", yes)).startsWith(handedOver);
    chat.assertHandedOver("c");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "can I bring my daughter for a pedicure on wednesday at 10? | Pedicure on Wed 25 Nov at"
            + " 10:00 is free.",
      })
  void with_a_service_named_it_stays_a_booking(String asked, String offered) {
    assertThat(app.say("c", asked)).startsWith(offered);
  }
}
