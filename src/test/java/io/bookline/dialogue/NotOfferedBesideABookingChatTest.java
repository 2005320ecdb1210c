package io.bookline.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Customer report: "a gel manicure and a massage" at a nail studio booked the gel manicure and
 * never mentioned the massage. Now the same reply says the massage is not offered, with what is,
 * and the booking of the gel manicure goes on (ADR 0051, 0058), over the web chat on Postgres.
 * Monday 23 Nov 2026, 08:00; the demo studio.
 */
class NotOfferedBesideABookingChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a gel manicure and a massage | Sorry, we don't offer \"massage\". Our services: Basic"
            + " Manicure (30 min, 25.00 EUR); Gel Manicure (45 min, 35.00 EUR); Pedicure (60 min,"
            + " 40.00 EUR). Which day would you like your Gel Manicure?",
        "Hallo, eine Gel-Maniküre und eine Massage bitte | „Massage“ bieten wir leider nicht an."
            + " Unsere Leistungen: Klassische Maniküre (30 Min., 25,00 €); Gel-Maniküre (45 Min.,"
            + " 35,00 €); Pediküre (60 Min., 40,00 €). Für welchen Tag möchten Sie Gel-Maniküre"
            + " buchen?",
        "Hola, quiero una manicura de gel y un masaje | Lo siento, no ofrecemos «masaje». Nuestros"
            + " servicios: Manicura básica (30 min, 25,00 €); Manicura de gel (45 min, 35,00 €);"
            + " Pedicura (60 min, 40,00 €). ¿Para qué día quieres tu Manicura de gel?",
      })
  void the_service_not_offered_is_said_and_the_one_offered_is_booked(String text, String reply) {
    assertThat(app.say("c", text)).isEqualTo(reply);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a gel manicure and a massage on friday at 10 | Sorry, we don't offer \"massage\". | Gel Manicure on Fri 27 Nov at 10:00 is"
            + " free. What name should I put the booking under?",
        "eine Gel-Maniküre und eine Massage am Freitag um 10 | „Massage“ bieten wir leider nicht"
            + " an. | Gel-Maniküre am Freitag, 27."
            + " November um 10:00 ist frei. Auf welchen Namen darf ich den Termin eintragen?",
        "una manicura de gel y un masaje el viernes a las 10 | Lo siento, no ofrecemos «masaje». |"
            + " Manicura de gel el viernes 27 de"
            + " noviembre a las 10:00 está libre. ¿A nombre de quién hago la reserva?",
      })
  void with_a_day_and_time_the_gel_manicure_is_held_after_the_note(
      String text, String note, String ends) {
    assertThat(app.say("d", text)).startsWith(note).endsWith(ends);
  }
}
