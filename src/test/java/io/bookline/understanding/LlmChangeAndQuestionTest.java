package io.bookline.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.FakeLlm;
import io.bookline.support.TestApp;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The model is told about the intents the rules have for "change it" and for questions the catalog
 * does not answer (ADR 0050), and where the conversation stands when a person was offered; its
 * readings of them go the rules' way. The real openai-java client against a fake model over HTTP.
 */
class LlmChangeAndQuestionTest {
  FakeLlm llm;
  TestApp app;

  @BeforeEach
  void start() {
    llm = new FakeLlm();
    app = llm.startApp(TestApp.mondayMorning());
  }

  @AfterEach
  void stop() {
    app.close();
    llm.close();
  }

  static String reading(String intent, String time) {
    return "{\"intent\":\""
        + intent
        + "\",\"service\":null,\"date\":null,\"time\":"
        + (time == null ? "null" : "\"" + time + "\"")
        + ",\"time_qualifier\":null,\"part_of_day\":null,\"staff\":null,"
        + "\"customer_name\":null,\"choice\":null}";
  }

  String system(FakeLlm.Received request) {
    return request.body().get("messages").get(0).get("content").asText();
  }

  @Test
  void the_prompt_describes_change_and_question_as_the_rules_read_them() {
    llm.readings(text -> reading("greeting", null));
    app.say("ivy", "hi");
    String system = system(llm.received().get(0));
    assertThat(system)
        .contains("change: change \"it\"")
        .contains("reschedule: move an existing appointment")
        .contains("question: a question the business facts below do not answer");
    assertThat(llm.received().get(0).body().toString()).contains("\"change\"", "\"question\"");
  }

  @Test
  void a_model_reading_make_it_5pm_as_a_move_still_corrects_the_booking_under_way() {
    llm.readings(
        text ->
            switch (text) {
              case "actually make it 5pm" -> reading("reschedule", "17:00");
              default -> reading("none", null);
            });
    assertThat(app.say("flo", "pedicure on 30 november at 11am"))
        .endsWith("What name should I put the booking under?");
    assertThat(app.say("flo", "Flo")).endsWith("Shall I book it?");
    assertThat(app.say("flo", "yes")).startsWith("Booked!");
    assertThat(app.say("flo", "gel manicure on tuesday"))
        .startsWith("Free times for Gel Manicure on Tue 24 Nov:");

    assertThat(app.say("flo", "actually make it 5pm"))
        .isEqualTo(
            "Gel Manicure on Tue 24 Nov at 17:00 with Anna for Flo, 35.00 EUR. Shall I book it?");
  }

  @Test
  void after_a_question_the_model_hears_that_a_person_was_offered_and_its_yes_takes_it() {
    llm.readings(
        text ->
            switch (text) {
              case "do you take cards?" -> reading("question", null);
              case "sure" -> reading("yes", null);
              default -> reading("none", null);
            });
    assertThat(app.say("yan", "do you take cards?"))
        .isEqualTo("I'm afraid I can't answer that here. Shall I ask a member of the team?");

    assertThat(app.say("yan", "sure"))
        .startsWith("OK, I've asked a member of the team to take over.");
    List<FakeLlm.Received> asked = llm.received();
    assertThat(system(asked.get(asked.size() - 1)))
        .contains("Conversation so far: the assistant offered to ask a member of the team");
  }
}
