package io.bookline.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.FakeLlm;
import io.bookline.support.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The same gaps through a model (ADR 0051): the model may propose the new intent {@code ask_staff},
 * and what it cannot propose (a service or staff member the business lacks, a second service) comes
 * from the rules' reading it is merged with.
 */
class WhatTheBusinessDoesNotHaveWithLlmTest {
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

  @Test
  void the_model_asking_who_works_and_the_rules_naming_what_is_missing_are_both_answered() {
    llm.readings(
        text ->
            text.startsWith("who")
                ? "{\"intent\":\"ask_staff\",\"date\":\"2026-11-24\"}"
                : "{\"intent\":\"book\",\"service\":null}");
    assertThat(app.say("l1", "who is working tomorrow?"))
        .isEqualTo("Anna and Marta are working on Tue 24 Nov.");
    assertThat(app.say("l2", "can I get a haircut?"))
        .startsWith("Sorry, we don't offer \"haircut\". Which service would you like?");
    assertThat(app.say("l3", "can I book with Sarah?"))
        .startsWith("We don't have anyone called Sarah, I'm afraid. Our team: Anna and Marta.");
  }
}
