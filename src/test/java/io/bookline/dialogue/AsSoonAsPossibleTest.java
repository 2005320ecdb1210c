package io.bookline.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.EnglishWords;
import io.bookline.support.TestApp;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "As soon as possible", "asap", "next free slot", "so bald wie möglich", "frühestmöglich", "lo
 * antes posible", "el primer hueco libre": the first free times from now, in the first message with
 * a service and as the answer to "which day?", over the web chat on Postgres. The demo studio
 * (Mon–Fri 9–18, two staff); Monday 23 Nov 2026, 08:00 unless the test moves the clock.
 */
class AsSoonAsPossibleTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "basic manicure asap",
    "basic manicure as soon as possible",
    "'basic manicure, the earliest you have'",
    "next free slot for a basic manicure",
    "first available basic manicure please",
  })
  void a_first_message_with_a_service_gets_the_first_free_times_from_now(String text) {
    assertThat(app.say("ann", text))
        .isEqualTo(
            "The earliest free times for Basic Manicure are on Mon 23 Nov: 10:00, 10:15, 10:30."
                + " Which time suits you?");
    assertThat(app.say("ann", "10:15"))
        .isEqualTo(
            "Basic Manicure on Mon 23 Nov at 10:15 is free. What name should I put the booking under?");
  }

  @Test
  void late_in_the_day_the_first_free_times_respect_hours_length_and_bookings() {
    // Both staff are booked for Tuesday's first hour; Monday has no hour left for a Pedicure.
    for (String who : new String[] {"bea", "cem"}) {
      app.say(who, "pedicure on tuesday at 9am");
      app.say(who, who);
      assertThat(app.say(who, "yes")).startsWith("Booked!");
    }
    app.clock().advance(Duration.ofHours(9).plusMinutes(10));
    assertThat(app.say("dan", "I'd like a pedicure"))
        .isEqualTo("Which day would you like your Pedicure?");
    assertThat(app.say("dan", "asap"))
        .isEqualTo(
            "The earliest free times for Pedicure are on Tue 24 Nov: 10:00, 10:15, 10:30."
                + " Which time suits you?");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"so bald wie möglich", "frühestmöglich", "nächster freier Termin"})
  void a_german_answer_to_which_day_gets_the_first_free_times(String text) {
    EnglishWords english = EnglishWords.inGerman(GermanSpanishConversationTest.OWN);
    assertThat(app.say("jo", "Ich hätte gern eine Pediküre"))
        .isEqualTo("Für welchen Tag möchten Sie Pediküre buchen?");
    String said = app.say("jo", text);
    assertThat(english.in(said)).isEmpty();
    assertThat(said)
        .isEqualTo(
            "Die frühesten freien Termine für Pediküre sind am Montag, 23. November: 10:00, 10:15,"
                + " 10:30. Welche Uhrzeit passt Ihnen?");
  }

  @Test
  void a_german_first_message_with_a_service_gets_the_first_free_times() {
    assertThat(app.say("uli", "Pediküre so bald wie möglich bitte"))
        .isEqualTo(
            "Die frühesten freien Termine für Pediküre sind am Montag, 23. November: 10:00, 10:15,"
                + " 10:30. Welche Uhrzeit passt Ihnen?");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"lo antes posible", "cuanto antes", "el primer hueco libre"})
  void a_spanish_answer_to_which_day_gets_the_first_free_times(String text) {
    EnglishWords english = EnglishWords.inSpanish(GermanSpanishConversationTest.OWN);
    assertThat(app.say("eva", "Hola, quiero una pedicura"))
        .isEqualTo("¿Para qué día quieres tu Pedicura?");
    String said = app.say("eva", text);
    assertThat(english.in(said)).isEmpty();
    assertThat(said)
        .isEqualTo(
            "Las primeras horas libres para Pedicura son el lunes 23 de noviembre: 10:00, 10:15,"
                + " 10:30. ¿Qué hora te viene bien?");
  }

  @Test
  void a_spanish_first_message_with_a_service_gets_the_first_free_times() {
    assertThat(app.say("leo", "quiero una pedicura cuanto antes"))
        .isEqualTo(
            "Las primeras horas libres para Pedicura son el lunes 23 de noviembre: 10:00, 10:15,"
                + " 10:30. ¿Qué hora te viene bien?");
  }
}
