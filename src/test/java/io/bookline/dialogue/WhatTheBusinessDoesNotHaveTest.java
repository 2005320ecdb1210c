package io.bookline.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Black-box chat review: what the bot says when the customer asks for something the business does
 * not have (ADR 0051): a service it does not offer, who works on a day, a staff member it does not
 * have, two services in one message. Monday 23 Nov 2026, 08:00; the demo studio (Mon–Fri 9–18, Sat
 * 10–14, Anna and Marta, three nail services).
 */
class WhatTheBusinessDoesNotHaveTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  static final String SERVICES =
      "Basic Manicure (30 min, 25.00 EUR); Gel Manicure (45 min, 35.00 EUR); Pedicure (60 min,"
          + " 40.00 EUR).";

  @Test
  void a_service_not_offered_is_said_so_with_what_is_offered() {
    assertThat(app.say("a1", "do you do haircuts?"))
        .isEqualTo("Sorry, we don't offer \"haircuts\". Our services: " + SERVICES);
    assertThat(app.say("a2", "I want a haircut on Friday"))
        .isEqualTo(
            "Sorry, we don't offer \"haircut\". Got it: Fri 27 Nov. Which service would you"
                + " like? "
                + SERVICES);
    assertThat(app.say("a3", "¿hacéis cortes de pelo?"))
        .isEqualTo(
            "Lo siento, no ofrecemos «cortes de pelo». Nuestros servicios: Manicura básica (30 min,"
                + " 25,00 €); Manicura de gel (45 min, 35,00 €); Pedicura (60 min, 40,00 €).");
    assertThat(app.say("a4", "macht ihr Haarschnitte?"))
        .isEqualTo(
            "„Haarschnitte“ bieten wir leider nicht an. Unsere Leistungen: Klassische Maniküre (30"
                + " Min., 25,00 €); Gel-Maniküre (45 Min., 35,00 €); Pediküre (60 Min., 40,00 €).");
  }

  @Test
  void a_typo_of_a_service_and_words_that_are_no_service_are_not_said_to_be_not_offered() {
    assertThat(app.say("t1", "I want a manicre on friday"))
        .startsWith("Free times for Basic Manicure on Fri 27 Nov:");
    assertThat(app.say("t2", "do you take cards?"))
        .isEqualTo("I'm afraid I can't answer that here. Shall I ask a member of the team?");
    assertThat(app.say("t3", "I want an appointment on friday"))
        .isEqualTo("Got it: Fri 27 Nov. Which service would you like? " + SERVICES);
  }

  @Test
  void who_works_on_a_day_is_answered_from_the_staff_and_the_hours() {
    assertThat(app.say("w1", "who is working tomorrow?"))
        .isEqualTo("Anna and Marta are working on Tue 24 Nov.");
    assertThat(app.say("w2", "is Anna in on Saturday?"))
        .isEqualTo("Yes, Anna is working on Sat 28 Nov.");
    assertThat(app.say("w3", "who is working on sunday?")).isEqualTo("We're closed on Sun 29 Nov.");
    assertThat(app.say("w4", "wer arbeitet morgen?"))
        .isEqualTo("Am Dienstag, 24. November arbeiten Anna und Marta.");
    assertThat(app.say("w5", "¿quién trabaja mañana?"))
        .isEqualTo("El martes 24 de noviembre trabajan Anna y Marta.");
  }

  @Test
  void an_unknown_staff_member_is_said_so_with_the_team_and_the_booking_goes_on() {
    assertThat(app.say("s1", "pedicure on friday")).startsWith("Free times for Pedicure");
    assertThat(app.say("s1", "with Sarah please"))
        .isEqualTo(
            "We don't have anyone called Sarah, I'm afraid. Our team: Anna and Marta. Which time"
                + " would you like?");
    assertThat(app.say("s1", "10:30"))
        .isEqualTo(
            "Pedicure on Fri 27 Nov at 10:30 is free. What name should I put the booking under?");
    assertThat(app.say("s2", "can I book with Sarah?"))
        .isEqualTo(
            "We don't have anyone called Sarah, I'm afraid. Our team: Anna and Marta. Which"
                + " service would you like? "
                + SERVICES);
    assertThat(app.say("s3", "pedicure friday with Marta"))
        .startsWith("Free times for Pedicure on Fri 27 Nov with Marta:");
  }

  @Test
  void two_services_in_one_message_are_booked_one_after_the_other() {
    assertThat(app.say("m1", "basic manicure and pedicure on Friday at 10"))
        .isEqualTo(
            "One booking at a time: I'll ask about Pedicure once this one is booked. Basic"
                + " Manicure on Fri 27 Nov at 10:00 is free. What name should I put the booking"
                + " under?");
    assertThat(app.say("m1", "Mia")).endsWith("Shall I book it?");
    assertThat(app.say("m1", "yes"))
        .isEqualTo(
            "Booked! Basic Manicure on Fri 27 Nov at 10:00 with Anna. See you then, Mia! "
                + "You also mentioned Pedicure. Shall I book that too?");
    // The time said was the manicure's: the pedicure follows it (ADR 0087).
    assertThat(app.say("m1", "yes"))
        .isEqualTo(
            "Pedicure on Fri 27 Nov at 10:30 with Marta for Mia, 40.00 EUR. Shall I book it?");
    assertThat(app.say("m2", "Hallo, ich möchte eine Pediküre und eine Gel-Maniküre am Freitag"))
        .startsWith(
            "Eins nach dem anderen: Sobald dieser Termin steht, frage ich Sie nach Gel-Maniküre."
                + " Freie Termine für Pediküre am Freitag, 27. November:");
  }
}
