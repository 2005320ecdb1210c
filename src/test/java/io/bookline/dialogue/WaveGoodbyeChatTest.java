package io.bookline.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Defect report: a 👋 sent as a goodbye, after a booking was confirmed or after "thanks", got the
 * greeting again. Once the customer asked or booked anything and nothing is asked, a wave alone is
 * a goodbye, as "Servus" is (ADR 0110, 0115); as the first message it stays a hello (guard). Over
 * the web chat on Postgres, Monday 23 Nov 2026, 08:00, the demo studio.
 */
class WaveGoodbyeChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  /** request | writer | yes | thanks ("-": none) | farewell. */
  @ParameterizedTest(name = "{0} / {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a manicure on friday at 11 | Ann | yes | - | Bye! See you on Fri 27 Nov!",
        "a manicure on friday at 11 | Ann | yes | thanks | Bye! See you on Fri 27 Nov!",
        "eine Maniküre am Freitag um 11 | Jonas | ja | - | Tschüss! Bis Freitag, 27. November!",
        "eine Maniküre am Freitag um 11 | Jonas | ja | danke | Tschüss! Bis Freitag, 27. November!",
        "una manicura el viernes a las 11 | Lucía | sí | -"
            + " | ¡Adiós! ¡Nos vemos el viernes 27 de noviembre!",
        "una manicura el viernes a las 11 | Lucía | sí | gracias"
            + " | ¡Adiós! ¡Nos vemos el viernes 27 de noviembre!",
      })
  void a_wave_after_a_booking_or_thanks_is_a_goodbye(
      String request, String writer, String yes, String thanks, String farewell) {
    ChatBookings.book(app, "w", writer, request, yes);
    if (!thanks.equals("-")) {
      app.say("w", thanks);
    }
    assertThat(app.say("w", "\uD83D\uDC4B")).isEqualTo(farewell);
    assertThat(ChatBookings.partyBookings(app)).containsExactly("confirmed 11:00 -");
  }

  /** Guard: a wave as the first message is a hello (the business's language, English). */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"\uD83D\uDC4B", "\uD83D\uDC4B\uD83C\uDFFD"})
  void a_first_wave_is_a_hello(String wave) {
    assertThat(app.say("w", wave)).startsWith("Hi! This is Demo Nail Studio.");
  }
}
