package io.bookline.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import java.time.Instant;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Black-box report (chatH, items 5 to 7), answers to the times a day was offered with: "der erste"
 * was read as 1 December, not the first time listed; "ok monday then", after Sunday was closed and
 * Monday's times around the 10:00 asked for were offered, asked "Which one?"; "so früh wie möglich"
 * and "lo antes posible" after picking Monday offered today's earliest times and dropped Monday.
 * Saturday 28 Nov 2026, 03:00 in Berlin (open 10:00 to 14:00 today, closed tomorrow), the demo
 * studio.
 */
class AnswersToTheOfferedTimesChatTest {
  @RegisterExtension
  final TestApp app = TestApp.onFreshDatabaseAt(Instant.parse("2026-11-28T02:00:00Z"));

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "maniküre heute | der erste | Klassische Maniküre am Samstag, 28. November um 10:00",
        "maniküre heute | die erste bitte | Klassische Maniküre am Samstag, 28. November um 10:00",
        "manicure today | the first | Basic Manicure on Sat 28 Nov at 10:00",
        "manicura hoy | la primera | Manicura básica el sábado 28 de noviembre a las 10:00",
      })
  void the_first_is_the_first_time_listed(String request, String pick, String taken) {
    String user = "f" + pick.hashCode();
    assertThat(app.say(user, request)).contains("10:00");
    assertThat(app.say(user, pick)).startsWith(taken);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "manicure tomorrow at 10 | ok monday then | Basic Manicure on Mon 30 Nov at 10:00",
        "maniküre morgen um 10 | ok dann montag"
            + " | Klassische Maniküre am Montag, 30. November um 10:00",
        "manicura mañana a las 10 | vale, el lunes entonces"
            + " | Manicura básica el lunes 30 de noviembre a las 10:00",
      })
  void the_day_of_the_offers_takes_the_time_asked_for(String request, String day, String taken) {
    String user = "d" + day.hashCode();
    assertThat(app.say(user, request)).contains("10:00, 10:15");
    assertThat(app.say(user, day)).startsWith(taken);
  }

  @ParameterizedTest(name = "{2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Ich möchte gerne einen Termin für Gel | montag | so früh wie möglich"
            + " | Die frühesten freien Termine für Gel-Maniküre sind am Montag, 30. November:"
            + " 09:00,",
        "quiero una cita de gel | lunes | lo antes posible"
            + " | Las primeras horas libres para Manicura de gel son el lunes 30 de noviembre:"
            + " 09:00,",
        "I'd like a gel manicure | monday | as soon as possible"
            + " | The earliest free times for Gel Manicure are on Mon 30 Nov: 09:00,",
      })
  void the_soonest_is_the_days_earliest(String request, String day, String soonest, String told) {
    String user = "s" + soonest.hashCode();
    app.say(user, request);
    assertThat(app.say(user, day)).contains("09:00");
    assertThat(app.say(user, soonest)).startsWith(told);
  }
}
