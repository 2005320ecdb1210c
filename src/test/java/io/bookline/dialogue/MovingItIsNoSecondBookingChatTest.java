package io.bookline.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A customer with a booking who asks to put, move or shift "it", "that" or "the tuesday one"
 * somewhere else has that booking moved, never a second one made, in English, German and Spanish,
 * over the web chat on Postgres (ADR 0090): "kann man das auf 13 uhr legen?", "¿me la puedes poner
 * a las 5?", "can you move the tuesday one to friday" while a new booking is under way. Friday 27
 * Nov 2026, 19:00 in Berlin; the demo studio.
 */
class MovingItIsNoSecondBookingChatTest {
  @RegisterExtension
  final TestApp app = TestApp.onFreshDatabaseAt(Instant.parse("2026-11-27T18:00:00Z"));

  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN | basic manicure on saturday at 10 | can you put it at 1pm? | Move your | yes"
            + " | 2026-11-28T13:00:00+01:00",
        "EN | basic manicure on saturday at 10 | switch that to 1pm please | Move your | yes"
            + " | 2026-11-28T13:00:00+01:00",
        "DE | Ich hätte gern eine klassische Maniküre am Samstag um 10 Uhr"
            + " | kann man das auf 13 uhr legen? | Ihren Termin | ja | 2026-11-28T13:00:00+01:00",
        "DE | Ich hätte gern eine klassische Maniküre am Samstag um 10 Uhr"
            + " | können Sie es auf 13 Uhr machen? | Ihren Termin | ja | 2026-11-28T13:00:00+01:00",
        "ES | quiero una manicura básica el lunes a las 10 | ¿me la puedes poner a las 5?"
            + " | ¿Cambio tu | sí | 2026-11-30T17:00:00+01:00",
        "ES | quiero una manicura básica el lunes a las 10"
            + " | ¿se puede pasar al martes a la misma hora? | ¿Cambio tu | sí"
            + " | 2026-12-01T10:00:00+01:00",
        "ES | quiero una manicura básica el lunes a las 10 | pásala al martes a la misma hora"
            + " | ¿Cambio tu | sí | 2026-12-01T10:00:00+01:00",
      })
  void putting_it_at_another_time_moves_the_booking(
      String language, String booking, String move, String asked, String yes, String moved) {
    String user = "Lena" + language;
    ChatBookings.book(app, user, booking, yes);
    assertThat(app.say(user, move)).startsWith(asked);
    app.say(user, yes);
    assertThat(ChatBookings.starts(app)).containsExactly(OffsetDateTime.parse(moved).toInstant());
  }

  @ParameterizedTest(name = "{0}: {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN | basic manicure on tuesday at 10 | i want a pedicure on monday"
            + " | can you move the tuesday one to friday | at 10 | yes",
        "DE | Ich hätte gern eine klassische Maniküre am Dienstag um 10 Uhr"
            + " | ich möchte eine Pediküre am Montag"
            + " | kannst du den Termin am Dienstag auf Freitag legen? | um 10 | ja",
        "ES | quiero una manicura básica el martes a las 10 | quiero una pedicura el lunes"
            + " | ¿me pasas la cita del martes al viernes? | a las 10 | sí",
      })
  void moving_the_tuesday_one_while_booking_anew_moves_it(
      String language, String booking, String anew, String move, String time, String yes) {
    String user = "Omar" + language;
    ChatBookings.book(app, user, booking, yes);
    app.say(user, anew);
    String asked = app.say(user, move);
    assertThat(asked).doesNotContain("Which service", "Welche Leistung", "Qué servicio");
    app.say(user, time);
    app.say(user, yes);
    assertThat(ChatBookings.starts(app))
        .containsExactly(OffsetDateTime.parse("2026-12-04T10:00:00+01:00").toInstant());
  }
}
