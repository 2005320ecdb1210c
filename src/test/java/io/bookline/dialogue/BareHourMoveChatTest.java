package io.bookline.dialogue;

import static io.bookline.support.TestApp.FRIDAY_10AM_BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.ChatSteps;
import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A bare hour in a move of a booking is that hour on the booking's day ("move it to 12 please",
 * "actually can i change to 12", "kann ich auf 12 verschieben?"): "12" is noon, and the move is
 * asked to confirm like any other (was "Which day would you like to move it to?" or "didn't catch
 * that"). Over the web chat on Postgres in English, German and Spanish; Friday 27 Nov 2026, 10:00;
 * the demo studio (Mon–Fri 9–18).
 */
class BareHourMoveChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabaseAt(FRIDAY_10AM_BERLIN);
  final ChatSteps chat = new ChatSteps(app);

  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN | gel manicure on monday at 10 | move it to 12 please | Move your Gel Manicure from"
            + " Mon 30 Nov at 10:00 to Mon 30 Nov at 12:00 with Anna?",
        "EN | gel manicure on monday at 10 | actually can i change to 12 | Move your Gel Manicure"
            + " from Mon 30 Nov at 10:00 to Mon 30 Nov at 12:00 with Anna?",
        "EN | gel manicure on monday at 10 | actually can i change it to 12? | Move your Gel"
            + " Manicure from Mon 30 Nov at 10:00 to Mon 30 Nov at 12:00 with Anna?",
        "DE | Gel-Maniküre am Montag um 10 | kann ich auf 12 verschieben? | Ihren Termin für"
            + " Gel-Maniküre von Montag, 30. November um 10:00 auf Montag, 30. November um 12:00"
            + " bei Anna verschieben?",
        "ES | manicura de gel el lunes a las 10 | puedo cambiarla a las 12? | ¿Cambio tu Manicura"
            + " de gel del lunes 30 de noviembre a las 10:00 al lunes 30 de noviembre a las 12:00"
            + " con Anna?",
      })
  void a_bare_hour_after_a_booking_moves_it_to_that_hour_on_its_day(
      String language, String request, String move, String asked) {
    chat.book("c", request, "Cora", ChatSteps.yes(language));
    assertThat(app.say("c", move)).isEqualTo(asked);
    assertThat(app.say("c", ChatSteps.yes(language))).contains("12:00");
    assertThat(ChatBookings.starts(app)).hasSize(1);
    assertThat(ChatBookings.starts(app).get(0).toString()).isEqualTo("2026-11-30T11:00:00Z");
  }

  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN | gel manicure on monday at 10 | move it to 12 please | Mon 30 Nov at 12:00",
        "DE | Gel-Maniküre am Montag um 10 | kann ich auf 12 verschieben? | Montag, 30. November"
            + " um 12:00",
        "ES | manicura de gel el lunes a las 10 | puedo cambiarla a las 12? | lunes 30 de"
            + " noviembre a las 12:00",
      })
  void a_bare_hour_moving_a_draft_whose_time_was_taken_takes_that_hour(
      String language, String request, String move, String taken) {
    chat.book("a", "gel manicure on monday at 10 with anna", "Ada", "yes");
    chat.book("m", "gel manicure on monday at 10 with marta", "Mia", "yes");
    assertThat(app.say("c", request)).contains("10:00").doesNotContain("12:00");
    assertThat(app.say("c", move))
        .contains(taken)
        .doesNotContain("tell me the new day", "keine anstehenden", "no tienes citas");
    assertThat(ChatBookings.starts(app)).hasSize(2);
  }
}
