package io.bookline.dialogue;

import static io.bookline.support.TestApp.FRIDAY_10AM_BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The QA review of the demo (web chat, Postgres): after booking a manicure at 14:00, "ok and the
 * pedicure right after?" asks for the time the manicure ends (14:30), or the first free time after
 * it, not for the whole day's list (which offered 13:45, during the manicure). Friday 27 Nov 2026,
 * 10:00; the demo studio (Mon–Fri 9–18).
 */
class RightAfterTheBookingChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabaseAt(FRIDAY_10AM_BERLIN);

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "basic manicure today at 14:00 | yes | ok and the pedicure right after?"
            + " | Pedicure on Fri 27 Nov at 14:30 with",
        "Ich hätte gern eine klassische Maniküre heute um 14 Uhr | ja"
            + " | und direkt danach eine Pediküre? | Pediküre am Freitag, 27. November um 14:30",
        "quiero una manicura básica hoy a las 14 | sí | ¿y justo después una pedicura?"
            + " | Pedicura el viernes 27 de noviembre a las 14:30",
      })
  void right_after_a_booking_is_when_it_ends(String book, String yes, String next, String offer) {
    app.say("ann", book);
    app.say("ann", "Ann");
    assertThat(app.say("ann", yes)).containsAnyOf("Booked!", "Gebucht!", "¡Reservado!");
    assertThat(app.say("ann", next)).startsWith(offer);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "basic manicure today at 14:00 | yes | pedicure today at 14:30 | ok and the pedicure"
            + " right after? | Pedicure on Fri 27 Nov at 15:30 with Anna",
      })
  void right_after_the_booking_made_last_is_after_it(
      String book, String yes, String second, String next, String offer) {
    app.say("ann", book);
    app.say("ann", "Ann");
    app.say("ann", yes);
    app.say("ann", second);
    assertThat(app.say("ann", "yes")).startsWith("Booked!");
    assertThat(app.say("ann", next)).startsWith(offer);
  }
}
