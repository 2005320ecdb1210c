package io.bookline.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import java.time.Instant;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Customer report: "is marta working tomorrow? i only want marta for my gel nails" was answered
 * ("Yes, Marta is working on Sat 28 Nov.") and then "12" asked which service. The service, staff
 * member and day said in the question are the booking's (ADR 0098): the time that follows offers
 * Gel Manicure with Marta tomorrow. Friday 27 Nov 2026, 19:00 in Berlin; over the web chat on
 * Postgres.
 */
class WhoWorksThenATimeChatTest {
  @RegisterExtension
  final TestApp app = TestApp.onFreshDatabaseAt(Instant.parse("2026-11-27T18:00:00Z"));

  /**
   * The question, its answer, the time said next, the offer, the booking confirmed, yes, booked.
   */
  @ParameterizedTest(name = "{0} … {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "is marta working tomorrow? i only want marta for my gel nails"
            + " | Yes, Marta is working on Sat 28 Nov. | 12"
            + " | Gel Manicure on Sat 28 Nov at 12:00 with Marta is free. What name should I put the"
            + " booking under? | yes"
            + " | Booked! Gel Manicure on Sat 28 Nov at 12:00 with Marta. See you then, Kim!",
        "ist Marta morgen da? ich will nur Marta für Gelnägel"
            + " | Ja, Marta arbeitet am Samstag, 28. November. | um 12"
            + " | Gel-Maniküre am Samstag, 28. November um 12:00 bei Marta ist frei. Auf welchen"
            + " Namen darf ich den Termin eintragen? | ja"
            + " | Gebucht! Gel-Maniküre am Samstag, 28. November um 12:00 bei Marta. Bis dann, Kim!",
        "¿trabaja Marta mañana? solo quiero a Marta para uñas de gel"
            + " | Sí, Marta trabaja el sábado 28 de noviembre. | a las 12"
            + " | Manicura de gel el sábado 28 de noviembre a las 12:00 con Marta está libre. ¿A"
            + " nombre de quién hago la reserva? | sí"
            + " | ¡Reservado! Manicura de gel el sábado 28 de noviembre a las 12:00 con Marta. ¡Hasta"
            + " pronto, Kim!",
      })
  void service_staff_and_day_asked_about_are_kept_for_the_time_said_next(
      String question, String answer, String time, String offer, String yes, String booked) {
    assertThat(app.say("c", question)).isEqualTo(answer);
    assertThat(app.say("c", time)).isEqualTo(offer);
    assertThat(app.say("c", "Kim")).endsWith("?");
    assertThat(app.say("c", yes)).isEqualTo(booked);
    var rows =
        app.app()
            .database()
            .dsl()
            .fetch(
                "select s.name as service, r.name as staff, lower(b.during) as start"
                    + " from bookings b join services s on s.id = b.service_id"
                    + " join resources r on r.id = b.resource_id");
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).get("service", String.class)).isEqualTo("Gel Manicure");
    assertThat(rows.get(0).get("staff", String.class)).isEqualTo("Marta");
    assertThat(rows.get(0).get("start", java.time.OffsetDateTime.class).toInstant())
        .isEqualTo(Instant.parse("2026-11-28T11:00:00Z"));
  }
}
