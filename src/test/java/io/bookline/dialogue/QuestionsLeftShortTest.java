package io.bookline.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Chat review, over the web chat on Postgres: a question left short after an answer ("and
 * tomorrow?", "what about the gel manicure?", "und morgen?", "¿y mañana?") asks the answered
 * question again about the new day or service instead of starting a booking; a question about a
 * service in the middle of a booking is answered and the booking asks again, rather than taken as
 * the pick. Monday 23 Nov 2026, 08:00; the demo studio (Saturdays 10–14, closed on Sundays).
 */
class QuestionsLeftShortTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  @Test
  void a_day_said_after_an_answer_about_hours_asks_that_days_hours_in_each_language() {
    assertThat(app.say("ada", "what time do you close today?"))
        .isEqualTo("On Mon 23 Nov we're open 09:00–18:00.");
    assertThat(app.say("ada", "and tomorrow?")).isEqualTo("On Tue 24 Nov we're open 09:00–18:00.");
    assertThat(app.say("ada", "what about Saturday?"))
        .isEqualTo("On Sat 28 Nov we're open 10:00–14:00.");
    assertThat(app.say("ada", "and on Sunday?")).isEqualTo("We're closed on Sun 29 Nov.");
    app.say("jonas", "wann habt ihr heute offen?");
    assertThat(app.say("jonas", "und morgen?"))
        .isEqualTo("Am Dienstag, 24. November haben wir 09:00–18:00 geöffnet.");
    app.say("lucia", "¿a qué hora abren hoy?");
    assertThat(app.say("lucia", "¿y mañana?"))
        .isEqualTo("El martes 24 de noviembre abrimos de 09:00 a 18:00.");
  }

  @Test
  void a_service_said_after_an_answer_about_a_price_asks_that_services_price() {
    assertThat(app.say("bo", "how much is a pedicure?")).isEqualTo("Pedicure (60 min, 40.00 EUR).");
    assertThat(app.say("bo", "and the gel manicure?"))
        .isEqualTo("Gel Manicure (45 min, 35.00 EUR).");
    assertThat(app.say("bo", "what about a basic manicure?"))
        .isEqualTo("Basic Manicure (30 min, 25.00 EUR).");
    assertThat(app.say("bo", "a basic manicure please"))
        .isEqualTo("Which day would you like your Basic Manicure?");
  }

  @Test
  void a_day_said_while_a_booking_asks_for_a_time_still_corrects_its_day() {
    app.say("cy", "pedicure on friday december 11");
    assertThat(app.say("cy", "what time do you close on saturday?"))
        .startsWith("On Sat 28 Nov we're open 10:00–14:00. Which time would you like?");
    assertThat(app.say("cy", "what about thursday?"))
        .startsWith("Free times for Pedicure on Thu 10 Dec:");
  }

  @Test
  void a_question_about_a_service_mid_booking_is_answered_and_the_booking_asks_again() {
    assertThat(app.say("dan", "what time do you close today?"))
        .isEqualTo("On Mon 23 Nov we're open 09:00–18:00.");
    app.say("dan", "can I book tomorrow?");
    assertThat(app.say("dan", "how long is a pedicure"))
        .startsWith("The Pedicure takes 60 min. Which service would you like?");
    assertThat(app.say("dan", "a pedicure please"))
        .startsWith("Free times for Pedicure on Tue 24 Nov:");

    app.say("eve", "gel manicure");
    assertThat(app.say("eve", "how much is the gel manicure?"))
        .isEqualTo("Gel Manicure (45 min, 35.00 EUR). Which day would you like your Gel Manicure?");
    assertThat(app.say("eve", "what's the price of a pedicure"))
        .isEqualTo("Pedicure (60 min, 40.00 EUR). Which day would you like your Gel Manicure?");

    app.say("jonas", "ich hätte gern einen Termin morgen");
    assertThat(app.say("jonas", "wie lange dauert eine Pediküre?"))
        .startsWith("Pediküre dauert 60 Min. Welche Leistung möchten Sie buchen?");
    app.say("lucia", "quiero una cita mañana");
    assertThat(app.say("lucia", "¿cuánto dura la pedicura?"))
        .startsWith("Pedicura dura 60 min. ¿Qué servicio te gustaría?");
  }
}
