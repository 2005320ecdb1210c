package io.bookline.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Customer report: "I need an appointment asap" was asked which service, and once the service was
 * named the bot asked which day, the "asap" forgotten. Now the wish is kept until the service is
 * known and its earliest free times are offered then (ADR 0052, 0058), over the web chat on
 * Postgres. Monday 23 Nov 2026, 08:00; the demo studio (two hours' notice: 10:00 is the first).
 */
class SoonestBeforeTheServiceChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  /** The first message, the service named when asked, and the reply expected then. */
  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "I need an appointment asap | a pedicure | The earliest free times for Pedicure are on Mon"
            + " 23 Nov: 10:00, 10:15, 10:30. Which time suits you?",
        "can I book something as soon as possible? | gel manicure | The earliest free times for"
            + " Gel Manicure are on Mon 23 Nov: 10:00, 10:15, 10:30. Which time suits you?",
        "Ich brauche so bald wie möglich einen Termin | Pediküre | Die frühesten freien Termine"
            + " für Pediküre sind am Montag, 23. November: 10:00, 10:15, 10:30. Welche Uhrzeit"
            + " passt Ihnen?",
        "Hola, necesito una cita lo antes posible | pedicura | Las primeras horas libres para"
            + " Pedicura son el lunes 23 de noviembre: 10:00, 10:15, 10:30. ¿Qué hora te viene"
            + " bien?",
      })
  void the_earliest_times_are_offered_once_the_service_is_known(
      String first, String service, String reply) {
    app.say("c", first);
    assertThat(app.say("c", service)).isEqualTo(reply);
    assertThat(app.say("c", "10:15")).contains("10:15");
  }

  @Test
  void the_service_is_asked_first_and_a_day_named_then_wins_over_asap() {
    assertThat(app.say("d", "I need an appointment asap"))
        .isEqualTo(
            "Which service would you like? Basic Manicure (30 min, 25.00 EUR); Gel Manicure (45"
                + " min, 35.00 EUR); Pedicure (60 min, 40.00 EUR).");
    assertThat(app.say("d", "pedicure on friday"))
        .startsWith("Free times for Pedicure on Fri 27 Nov: 09:00,");
  }
}
