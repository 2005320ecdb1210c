package io.bookline.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "asap", then a day whose weekday and date disagree ("am 1.12. Montag": 1 Dec 2026 is a Tuesday):
 * the bot asks which day is meant and empties the day, but the customer did name one, so "asap" is
 * gone for good (ADR 0071): the next answer is never met with the earliest free times of today.
 * English, German and Spanish over the web chat on Postgres; Monday 23 Nov 2026, 08:00; the demo
 * studio.
 */
class SoonestGoneAfterTheDayQuestionChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  /** The service named with the mismatched day; the next message names only a part of the day. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN | I need an appointment asap | pedicure on Monday 1 Dec | in the afternoon"
            + " | Got it: Pedicure in the afternoon. Which day would you like?"
            + " | Tuesday 1 Dec | Free times for Pedicure on Tue 1 Dec in the afternoon:",
        "DE | Ich brauche so bald wie möglich einen Termin | Pediküre am 1.12. Montag | nachmittags"
            + " | Verstanden: Pediküre nachmittags. An welchem Tag möchten Sie kommen?"
            + " | Dienstag, 1.12. | Freie Termine für Pediküre am Dienstag, 1. Dezember"
            + " nachmittags:",
        "ES | Necesito una cita lo antes posible | pedicura el lunes 1 de diciembre | por la tarde"
            + " | Entendido: Pedicura por la tarde. ¿Qué día te viene bien?"
            + " | el martes 1 de diciembre | Horas libres para Pedicura el martes 1 de diciembre"
            + " por la tarde:",
      })
  void a_day_asked_about_is_not_replaced_by_the_earliest_times(
      String language,
      String asap,
      String mismatch,
      String partOfDay,
      String dayAsked,
      String day,
      String offered) {
    String user = "s" + language;
    app.say(user, asap);
    assertThat(app.say(user, mismatch)).contains("1");
    assertThat(app.say(user, partOfDay)).isEqualTo(dayAsked);
    assertThat(app.say(user, day)).startsWith(offered);
  }

  /** The mismatched day before the service: once the service is named, the day is asked again. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN | I need an appointment asap | on Monday 1 Dec | pedicure"
            + " | Which day would you like your Pedicure?",
        "DE | Ich brauche so bald wie möglich einen Termin | am 1.12. Montag | Pediküre"
            + " | Für welchen Tag möchten Sie Pediküre buchen?",
        "ES | Necesito una cita lo antes posible | el lunes 1 de diciembre | pedicura"
            + " | ¿Para qué día quieres tu Pedicura?",
      })
  void the_service_named_after_the_day_question_asks_for_the_day(
      String language, String asap, String mismatch, String service, String dayAsked) {
    String user = "b" + language;
    app.say(user, asap);
    app.say(user, mismatch);
    assertThat(app.say(user, service)).isEqualTo(dayAsked);
  }
}
