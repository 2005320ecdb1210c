package io.bookline.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * QA chat review (offered times): "what about 11", "how about 11:30?", "und um 11?", "¿qué tal a
 * las 11?" while times of a day are offered ask about that one time. Free, it is taken as picked
 * (the name is asked, as after any pick); taken, it is said so and the nearest free times are
 * offered. Monday 23 Nov 2026, 08:00; the demo studio (Mon–Fri 9–18, Anna and Marta).
 */
class AskedAboutTimeTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  @Test
  void a_free_time_asked_about_is_taken_as_the_pick() {
    assertThat(app.say("ada", "pedicure tomorrow"))
        .isEqualTo(
            "Free times for Pedicure on Tue 24 Nov: 09:00, 10:30, 12:15, 13:45, 15:30, 17:00. Which"
                + " time suits you?");
    assertThat(app.say("ada", "what about 11"))
        .isEqualTo(
            "Pedicure on Tue 24 Nov at 11:00 is free. What name should I put the booking under?");
    assertThat(app.say("ada", "Ada"))
        .isEqualTo(
            "Pedicure on Tue 24 Nov at 11:00 with Anna for Ada, 40.00 EUR. Shall I book it?");
    assertThat(app.say("bo", "pedicure tomorrow")).startsWith("Free times for Pedicure");
    assertThat(app.say("bo", "How about 11:30?"))
        .isEqualTo(
            "Pedicure on Tue 24 Nov at 11:30 is free. What name should I put the booking under?");
  }

  @Test
  void a_taken_time_asked_about_is_said_taken_with_the_nearest_free_times() {
    ChatBookings.book(app, "cy", "Cy", "basic manicure tomorrow at 11", "yes");
    ChatBookings.book(app, "dee", "Dee", "basic manicure tomorrow at 11", "yes");
    assertThat(app.say("eli", "pedicure tomorrow")).startsWith("Free times for Pedicure");
    assertThat(app.say("eli", "what about 11?"))
        .isEqualTo(
            "Pedicure on Tue 24 Nov at 11:00 is already taken. The nearest free times: Tue 24 Nov"
                + " at 10:00, Tue 24 Nov at 11:30, Tue 24 Nov at 11:45, Wed 25 Nov at 11:00. Which"
                + " time suits you?");
  }

  @Test
  void a_time_asked_about_in_german_or_spanish_is_taken_as_the_pick() {
    assertThat(app.say("jonas", "Ich hätte gern eine Pediküre morgen"))
        .startsWith("Freie Termine für Pediküre am Dienstag, 24. November:");
    assertThat(app.say("jonas", "wie wäre es mit 11?"))
        .isEqualTo(
            "Pediküre am Dienstag, 24. November um 11:00 ist frei. Auf welchen Namen darf ich den"
                + " Termin eintragen?");
    assertThat(app.say("lucia", "Hola, quiero una pedicura mañana"))
        .startsWith("Horas libres para Pedicura el martes 24 de noviembre:");
    assertThat(app.say("lucia", "¿qué tal a las 11?"))
        .isEqualTo(
            "Pedicura el martes 24 de noviembre a las 11:00 está libre. ¿A nombre de quién hago la"
                + " reserva?");
  }
}
