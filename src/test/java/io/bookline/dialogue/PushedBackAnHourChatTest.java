package io.bookline.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.ChatSteps;
import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Black-box report (chatG, item 1): "push it back an hour" asked which day to move the booking to,
 * though the amount says it all ("nach hinten schieben" worked in German); it moves the booking by
 * that amount, asked to confirm, as "an hour later" does. Another day "a la misma hora" keeps the
 * booking's time. Monday 23 Nov 2026, 08:00; a Gel Manicure booked for Wednesday 2 Dec at 11:00;
 * over the web chat on Postgres.
 */
class PushedBackAnHourChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();
  final ChatSteps chat = new ChatSteps(app);

  @ParameterizedTest(name = "{2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN | gel manicure on 2 december at 11 | push it back an hour"
            + " | Move your Gel Manicure from Wed 2 Dec at 11:00 to Wed 2 Dec at 12:00 with Anna?",
        "EN | gel manicure on 2 december at 11 | can you push it back half an hour?"
            + " | Move your Gel Manicure from Wed 2 Dec at 11:00 to Wed 2 Dec at 11:30 with Anna?",
        "EN | gel manicure on 2 december at 11 | could you bring it forward an hour"
            + " | Move your Gel Manicure from Wed 2 Dec at 11:00 to Wed 2 Dec at 10:00 with Anna?",
        "DE | Gel-Maniküre am 2. Dezember um 11 | kannst du ihn eine Stunde nach hinten schieben?"
            + " | Ihren Termin für Gel-Maniküre von Mittwoch, 2. Dezember um 11:00 auf Mittwoch,"
            + " 2. Dezember um 12:00 bei Anna verschieben?",
        "ES | manicura de gel el 2 de diciembre a las 11 | ¿me lo pasas al jueves a la misma hora?"
            + " | ¿Cambio tu Manicura de gel del miércoles 2 de diciembre a las 11:00 al jueves 26 de"
            + " noviembre a las 11:00 con Anna?",
        "ES | manicura de gel el 2 de diciembre a las 11 | ¿la puedo cambiar al viernes 4 a la"
            + " misma hora? | ¿Cambio tu Manicura de gel del miércoles 2 de diciembre a las 11:00 al"
            + " viernes 4 de diciembre a las 11:00 con Anna?",
      })
  void the_amount_or_the_same_time_moves_the_booking_without_asking_the_day(
      String language, String request, String move, String asked) {
    String user = "u" + move.hashCode();
    chat.book(user, request, "Tom", ChatSteps.yes(language));
    assertThat(app.say(user, move)).isEqualTo(asked);
    assertThat(app.say(user, ChatSteps.yes(language)))
        .containsAnyOf("Done!", "Erledigt!", "¡Listo!");
    assertThat(chat.statuses()).containsExactly("confirmed");
  }
}
