package io.bookline.dialogue;

import static io.bookline.db.Schema.Bookings;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * QA chat review (offered times), over the web chat on Postgres: "anything later?", "etwas
 * früher?", "¿más tarde?" while a time is offered or held are answered with the free times later
 * (earlier) than it on its day, or, with none left, the next day's. Monday 23 Nov 2026, 08:00; the
 * demo studio (Mon–Fri 9–18, Anna and Marta).
 */
class LaterOrEarlierChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  @Test
  void later_or_earlier_than_the_time_held_at_the_name_and_at_the_confirmation() {
    assertThat(app.say("ada", "pedicure tomorrow at 10"))
        .isEqualTo(
            "Pedicure on Tue 24 Nov at 10:00 is free. What name should I put the booking under?");
    assertThat(app.say("ada", "anything earlier?"))
        .isEqualTo(
            "Free times for Pedicure on Tue 24 Nov before 10:00: 09:00, 09:15, 09:30, 09:45."
                + " Which time suits you?");
    assertThat(app.say("ada", "09:30"))
        .isEqualTo(
            "Pedicure on Tue 24 Nov at 09:30 is free. What name should I put the booking under?");
    assertThat(app.say("ada", "Ada"))
        .isEqualTo(
            "Pedicure on Tue 24 Nov at 09:30 with Anna for Ada, 40.00 EUR. Shall I book it?");
    // 10:00, turned down by "anything earlier?", stays out of the spread (ADR 0087).
    assertThat(app.say("ada", "is there anything later?"))
        .isEqualTo(
            "Free times for Pedicure on Tue 24 Nov after 09:30: 09:45, 11:30, 12:45, 14:15, 15:30,"
                + " 17:00. Which time suits you?");
    assertThat(app.app().database().dsl().fetchCount(Bookings.T)).isZero();
  }

  @Test
  void with_nothing_left_that_day_the_next_days_times_in_german_and_spanish() {
    assertThat(app.say("jonas", "Ich hätte gern eine Pediküre morgen"))
        .startsWith("Freie Termine für Pediküre am Dienstag, 24. November:");
    assertThat(app.say("jonas", "später?"))
        .isEqualTo(
            "Am Dienstag, 24. November ist nach 17:00 nichts mehr frei. Der nächste freie Tag ist"
                + " Mittwoch, 25. November: 09:00, 10:30, 12:15, 13:45, 15:30, 17:00. Welche"
                + " Uhrzeit passt Ihnen?");
    assertThat(app.say("lucia", "Hola, quiero una pedicura mañana a las 12"))
        .isEqualTo(
            "Pedicura el martes 24 de noviembre a las 12:00 está libre. ¿A nombre de quién hago la"
                + " reserva?");
    assertThat(app.say("lucia", "¿más tarde?"))
        .isEqualTo(
            "Horas libres para Pedicura el martes 24 de noviembre después de las 12:00: 12:15,"
                + " 13:15, 14:15, 15:00, 16:00, 17:00. ¿Qué hora te viene bien?");
  }
}
