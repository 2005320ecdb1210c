package io.bookline.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import java.time.Instant;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Friday" said on a Friday means next Friday where today cannot be meant: when the part of the day
 * asked for is over ("el viernes por la mañana" on Friday afternoon), and when a booking that lies
 * after today is being moved ("can we do friday instead?" of a booking on Wednesday), instead of
 * "no time is free this morning" or "bookings must be made 2 hours ahead". In English, German and
 * Spanish over the web chat on Postgres; Friday 27 Nov 2026; the demo studio.
 */
class WeekdayThatIsTodayChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "pedicure with Marta on friday morning | Fri 4 Dec",
        "Pediküre bei Marta am Freitag vormittags | Freitag, 4. Dezember",
        "quiero cita con Marta el viernes por la mañana para pedicura | viernes 4 de diciembre",
      })
  void a_morning_asked_for_on_the_afternoon_of_its_weekday_is_next_weeks(
      String request, String day) {
    app.clock().set(Instant.parse("2026-11-27T14:00:00Z"));
    assertThat(app.say("f", request)).contains(day);
  }

  @ParameterizedTest(name = "{3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "pedicure on wednesday at 10am | Lena Fischer | yes | can we do friday instead?"
            + " | Free times for Pedicure on Fri 4 Dec",
        "Ich hätte gern eine Pediküre am Mittwoch um 10 Uhr | Jonas Weber | ja"
            + " | können wir stattdessen Freitag machen? | Freie Termine für Pediküre am Freitag,"
            + " 4. Dezember",
        "quiero una pedicura el miércoles a las 10 | Lucía García | sí"
            + " | mejor el viernes | Horas libres para Pedicura el viernes 4 de diciembre",
      })
  void todays_weekday_said_to_move_a_later_booking_is_next_weeks(
      String request, String name, String yes, String move, String reply) {
    app.clock().set(Instant.parse("2026-11-27T09:00:00Z"));
    app.say("f", request);
    app.say("f", name);
    assertThat(app.say("f", yes)).containsAnyOf("Booked!", "Gebucht!", "¡Reservado!");
    assertThat(app.say("f", move)).contains(reply);
  }

  /** "Freitag geht auch?" when asked whether to cancel Tuesday's booking: Friday 4 Dec. */
  @ParameterizedTest(name = "{3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "pedicure on tuesday at 2pm | Lena Fischer | yes | cancel my appointment | friday?"
            + " | Free times for Pedicure on Fri 4 Dec",
        "Ich hätte gern eine Pediküre am Dienstag um 14 Uhr | Jonas Weber | ja"
            + " | bitte meinen Termin stornieren | Freitag geht auch?"
            + " | Freie Termine für Pediküre am Freitag, 4. Dezember",
        "quiero una pedicura el martes a las 14 | Lucía García | sí | cancela mi cita"
            + " | ¿podría ser el viernes? | Horas libres para Pedicura el viernes 4 de diciembre",
      })
  void todays_weekday_said_when_asked_whether_to_cancel_a_later_booking_is_next_weeks(
      String request, String name, String yes, String cancel, String counter, String reply) {
    app.clock().set(Instant.parse("2026-11-27T09:00:00Z"));
    app.say("f", request);
    app.say("f", name);
    assertThat(app.say("f", yes)).containsAnyOf("Booked!", "Gebucht!", "¡Reservado!");
    app.say("f", cancel);
    assertThat(app.say("f", counter)).contains(reply);
  }
}
