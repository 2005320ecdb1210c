package io.bookline.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import java.time.Instant;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A clock time said with today's weekday that has passed means that weekday next week: "friday at
 * 9am" on Friday at 15:00 books Fri 4 Dec at 09:00, never today's past 09:00 (ADR 0087). A time
 * still ahead today stays today's, as ADR 0083 has it. In English, German and Spanish over the web
 * chat on Postgres; Friday 27 Nov 2026; the demo studio.
 */
class PassedTimeOnTodaysWeekdayChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "pedicure friday at 9am | Pedicure on Fri 4 Dec at 09:00 is free. What name should I put"
            + " the booking under? | Lena | yes",
        "Pediküre Freitag um 9 | Pediküre am Freitag, 4. Dezember um 09:00 ist frei. Auf welchen"
            + " Namen darf ich den Termin eintragen? | Jonas | ja",
        "pedicura el viernes a las 9 | Pedicura el viernes 4 de diciembre a las 09:00 está libre."
            + " ¿A nombre de quién hago la reserva? | Lucía | sí",
      })
  void a_passed_time_on_todays_weekday_is_next_weeks(
      String request, String reply, String name, String yes) {
    app.clock().set(Instant.parse("2026-11-27T14:00:00Z")); // Friday 15:00 in Berlin
    assertThat(app.say("f", request)).isEqualTo(reply);
    app.say("f", name);
    assertThat(app.say("f", yes)).containsAnyOf("Booked!", "Gebucht!", "¡Reservado!");
    assertThat(ChatBookings.starts(app)).containsExactly(Instant.parse("2026-12-04T08:00:00Z"));
  }

  /** A guard, true before and after: the time still ahead today is today's. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "pedicure friday at 3pm | Pedicure on Fri 27 Nov at 15:00 is free.",
        "Pediküre Freitag um 15 Uhr | Pediküre am Freitag, 27. November um 15:00 ist frei.",
        "pedicura el viernes a las 15 | Pedicura el viernes 27 de noviembre a las 15:00 está"
            + " libre.",
      })
  void a_time_still_ahead_on_todays_weekday_is_today(String request, String reply) {
    app.clock().set(Instant.parse("2026-11-27T09:00:00Z")); // Friday 10:00 in Berlin
    assertThat(app.say("f", request)).startsWith(reply);
  }
}
