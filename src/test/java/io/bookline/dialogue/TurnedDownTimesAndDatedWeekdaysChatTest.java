package io.bookline.dialogue;

import static io.bookline.support.TestApp.FRIDAY_10AM_BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A customer review's phrasings about which time or day is meant, in English, German and Spanish,
 * over the web chat on Postgres (ADR 0065): a time turned down before the one wished for ("not at
 * 3, at 5 please", "nicht um 3, lieber um 5", "a las 3 no, a las 5") takes the second, a time only
 * turned down ("not 3pm") books none, and a weekday said after a numeric date ("am 1.12. Montag")
 * must agree with it. Friday 27 Nov 2026, 10:00; the demo studio (Mon–Fri 9–18).
 */
class TurnedDownTimesAndDatedWeekdaysChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabaseAt(FRIDAY_10AM_BERLIN);

  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN | pedicure on monday | not at 3, at 5 please | Pedicure on Mon 30 Nov at 17:00 is free."
            + " What name should I put the booking under?",
        "EN | pedicure on monday | can't do 3pm, 5pm works | Pedicure on Mon 30 Nov at 17:00 is"
            + " free. What name should I put the booking under?",
        "DE | Ich hätte gern eine Pediküre am Montag | nicht um 3, lieber um 5 | Pediküre am Montag,"
            + " 30. November um 17:00 ist frei. Auf welchen Namen darf ich den Termin eintragen?",
        "ES | quiero una pedicura el lunes | a las 3 no, a las 5 | Pedicura el lunes 30 de noviembre"
            + " a las 17:00 está libre. ¿A nombre de quién hago la reserva?",
      })
  void a_time_turned_down_before_another_takes_the_other(
      String language, String ask, String said, String reply) {
    String user = "t" + language;
    app.say(user, ask);
    assertThat(app.say(user, said)).isEqualTo(reply);
  }

  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN | pedicure on monday | not 3pm | Not 15:00 — which time would suit you instead?",
        "DE | Ich hätte gern eine Pediküre am Montag | nicht um 15 Uhr | Nicht um 15:00 — welche"
            + " Uhrzeit passt Ihnen stattdessen?",
        "ES | quiero una pedicura el lunes | a las 3 no | A las 15:00 no — ¿qué hora te vendría bien"
            + " en su lugar?",
      })
  void a_time_only_turned_down_is_not_held_and_the_time_is_asked_again(
      String language, String ask, String said, String reply) {
    String user = "n" + language;
    app.say(user, ask);
    assertThat(app.say(user, said)).isEqualTo(reply);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN | gel manicure on 1/12 monday at 3pm | Got it: Gel Manicure at 15:00. \"1/12 monday\":"
            + " that weekday and that date don't match. Which day do you mean?",
        "DE | gel nägel am 1.12. montag um 15 uhr | Verstanden: Gel-Maniküre um 15:00. „1.12."
            + " montag“: Wochentag und Datum passen nicht zusammen. Welchen Tag meinen Sie?",
        "ES | manicura de gel el 1/12 lunes a las 15 | Entendido: Manicura de gel a las 15:00. «1/12"
            + " lunes»: el día de la semana no coincide con la fecha. ¿Qué día quieres decir?",
        "EN | gel manicure on 1/12 tuesday at 3pm | Gel Manicure on Tue 1 Dec at 15:00 is free. What"
            + " name should I put the booking under?",
        "DE | gel nägel am 1.12. Dienstag um 15 uhr | Gel-Maniküre am Dienstag, 1. Dezember um 15:00"
            + " ist frei. Auf welchen Namen darf ich den Termin eintragen?",
        "ES | manicura de gel el 1/12 martes a las 15 | Manicura de gel el martes 1 de diciembre a"
            + " las 15:00 está libre. ¿A nombre de quién hago la reserva?",
      })
  void a_weekday_after_a_numeric_date_must_agree_with_it(
      String language, String said, String reply) {
    assertThat(app.say("d" + language, said)).isEqualTo(reply);
  }
}
