package io.bookline.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import java.time.Instant;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Black-box tester: a voice-note run-on that asks a price (or payment, or parking) beside its
 * booking facts was answered with the price line alone; the service, the day or days, the part of
 * the day and the name were dropped. Now the questions are answered and the booking goes on with
 * everything said; "monday or tuesday", "morgen oder übermorgen" is the first of the two days with
 * free times in the part of the day said (ADR 0113). Over the web chat on Postgres, Saturday 28 Nov
 * 2026, 09:00 in Berlin (Sunday is closed); the demo studio.
 */
class RunOnMessagesChatTest {
  private static final Instant SATURDAY_9AM_BERLIN = Instant.parse("2026-11-28T08:00:00Z");

  @RegisterExtension final TestApp app = TestApp.onFreshDatabaseAt(SATURDAY_9AM_BERLIN);

  /** The run-on, its whole first reply, a time picked, and what is then confirmed. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "hi so I was thinking maybe a gel manicure if it's not too pricey, monday or tuesday"
            + " afternoon would be best, I'm Sophie, oh and is there parking?"
            + " | Gel Manicure (45 min, 35.00 EUR). I'm afraid I can't answer that here; a member"
            + " of the team can (write \"talk to a person\"). Demo Nail Studio is at Torstraße 1,"
            + " 10119 Berlin. Free times for Gel Manicure on Mon 30 Nov in the afternoon: 12:00,"
            + " 13:00, 14:00, 14:45, 15:45, 16:45. Which time suits you?"
            + " | 14:00 | Gel Manicure on Mon 30 Nov at 14:00 with Anna for Sophie, 35.00 EUR.",
        "hallo, ich bräuchte morgen oder übermorgen nachmittags eine Pediküre, was kostet die,"
            + " kann ich mit Karte zahlen? Claudia"
            + " | Pediküre (60 Min., 40,00 €). Das kann ich hier leider nicht beantworten; jemand"
            + " aus dem Team kann es (schreiben Sie „Mitarbeiter bitte“). Freie Termine für"
            + " Pediküre am Montag, 30. November nachmittags: 12:00, 13:00, 14:00, 14:45, 15:45,"
            + " 16:45. Welche Uhrzeit passt Ihnen?"
            + " | 14:00 | Pediküre am Montag, 30. November um 14:00 bei Anna für Claudia",
        "hola buenas, quería hacerme los pies el lunes por la tarde si puede ser, me llamo Raquel"
            + " | Horas libres para Pedicura el lunes 30 de noviembre por la tarde: 12:00, 13:00,"
            + " 14:00, 14:45, 15:45, 16:45. ¿Qué hora te viene bien?"
            + " | 14:00 | Pedicura el lunes 30 de noviembre a las 14:00 con Anna a nombre de"
            + " Raquel, 40,00 €.",
        "hola, ¿cuánto cuesta una pedicura? el domingo o el lunes por la tarde, soy Raquel,"
            + " ¿puedo pagar con tarjeta?"
            + " | Pedicura (60 min, 40,00 €). Eso no te lo puedo responder aquí; alguien del equipo"
            + " sí (escribe «hablar con alguien»). Horas libres para Pedicura el lunes 30 de"
            + " noviembre por la tarde: 12:00, 13:00, 14:00, 14:45, 15:45, 16:45. ¿Qué hora te"
            + " viene bien?"
            + " | 14:00 | Pedicura el lunes 30 de noviembre a las 14:00 con Anna a nombre de"
            + " Raquel, 40,00 €.",
      })
  void a_run_on_answers_its_questions_and_keeps_its_booking_facts(
      String runOn, String reply, String time, String confirmed) {
    String user = "u" + Math.abs(runOn.hashCode());
    assertThat(app.say(user, runOn)).isEqualTo(reply);
    assertThat(app.say(user, time)).startsWith(confirmed);
  }

  /** Either of two days for a service: the first with free times in the part of the day said. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a gel manicure either sunday or monday morning | Free times for Gel Manicure on Mon 30"
            + " Nov in the morning: 09:00, 09:30, 10:00, 10:45, 11:15, 11:45.",
        "a gel manicure either monday or tuesday | Free times for Gel Manicure on Mon 30 Nov:",
        "eine Gel-Maniküre morgen oder übermorgen vormittags | Freie Termine für Gel-Maniküre"
            + " am Montag, 30. November vormittags:",
        "una manicura de gel el domingo o el lunes por la mañana | Horas libres para Manicura de"
            + " gel el lunes 30 de noviembre por la mañana:",
      })
  void of_two_days_said_the_first_with_free_times_is_offered(String said, String offered) {
    assertThat(app.say("d" + Math.abs(said.hashCode()), said)).startsWith(offered);
  }
}
