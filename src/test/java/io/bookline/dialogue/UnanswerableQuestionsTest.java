package io.bookline.dialogue;

import static io.bookline.db.Schema.Conversations;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.bookline.support.TestApp;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * QA chat review 2, finding 9: a question the catalog does not answer gets an honest "I can't
 * answer that here" and a person offered, in the customer's language; a typed yes takes the offer.
 */
class UnanswerableQuestionsTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  static final String HONEST =
      "I'm afraid I can't answer that here. Shall I ask a member of the team?";

  record Said(String text, List<String> options) {}

  Said say(String user, String text) {
    JsonNode reply = app.chat("demo", user, text).json().get("replies").get(0);
    List<String> options = new ArrayList<>();
    reply.path("options").forEach(o -> options.add(o.asText()));
    return new Said(reply.get("text").asText(), options);
  }

  String latestStatus() {
    return app.app()
        .database()
        .dsl()
        .select(Conversations.STATUS)
        .from(Conversations.T)
        .orderBy(Conversations.ID.desc())
        .limit(1)
        .fetchSingle(Conversations.STATUS);
  }

  @Test
  void questions_the_catalog_does_not_answer_are_said_so_and_a_person_is_offered() {
    int n = 0;
    for (String q :
        List.of(
            "do you take cards?",
            "is there parking?",
            "what's your phone number?",
            "can I pay cash")) {
      Said said = say("q" + n++, q);
      assertThat(said.text()).as(q).isEqualTo(HONEST);
      assertThat(said.options()).as(q).containsExactly("Talk to a person");
    }
  }

  @Test
  void a_typed_yes_to_the_offer_hands_the_conversation_to_a_person() {
    say("yan", "is there parking?");
    assertThat(say("yan", "yes please").text())
        .startsWith("OK, I've asked a member of the team to take over.");
    assertThat(latestStatus()).isEqualTo("handoff");
  }

  @Test
  void agent_alone_asks_for_a_person() {
    assertThat(say("agt", "agent").text())
        .startsWith("OK, I've asked a member of the team to take over.");
  }

  @Test
  void german_and_spanish_questions_are_answered_in_their_language() {
    Said de = say("dora", "kann ich mit karte zahlen?");
    assertThat(de.text())
        .isEqualTo(
            "Das kann ich hier leider nicht beantworten. Soll ich jemanden aus dem Team fragen?");
    assertThat(de.options()).containsExactly("Persönlich sprechen");
    assertThat(say("dora", "ja").text()).startsWith("In Ordnung, ich habe jemanden aus dem Team");

    Said es = say("elena", "aceptan tarjeta?");
    assertThat(es.text())
        .isEqualTo(
            "Eso no te lo puedo responder aquí. ¿Quieres que se lo pregunte a alguien del"
                + " equipo?");
    assertThat(es.options()).containsExactly("Hablar con alguien");
  }

  @Test
  void booking_questions_still_book_and_a_question_mid_booking_keeps_the_booking() {
    assertThat(say("bo", "is there anything free on friday?").text())
        .startsWith("Got it: Fri 27 Nov.");
    assertThat(say("bo2", "can I get a pedicure?").text()).contains("Pedicure");
    assertThat(say("bo3", "gel manicure friday").text())
        .startsWith("Free times for Gel Manicure on Fri 27 Nov:");
    assertThat(say("bo3", "do you take cards?").text())
        .startsWith("I'm afraid I can't answer that here; a member of the team can")
        .endsWith("Which time would you like?");
  }
}
