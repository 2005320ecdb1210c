package io.bookline.dialogue;

import static io.bookline.db.Schema.Bookings;
import static io.bookline.support.TestApp.FRIDAY_10AM_BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The QA review of the demo (web chat, Postgres): a customer who says they have a booking and asks
 * to move it, in a chat with none, hears that there is no booking to change and is offered a new
 * one; a yes starts it, for the day and time they asked for. Friday 27 Nov 2026, 10:00; the demo
 * studio (Sat 10–14).
 */
class NoBookingToMoveChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabaseAt(FRIDAY_10AM_BERLIN);

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Hi! I have a booking on saturday (Tina) can I push it to 1pm?"
            + " | You have no upcoming appointments to change. Would you like to book one?"
            + " | yes | Which service would you like? | pedicure | Pedicure on Sat 28 Nov at 13:00 is"
            + " free.",
        "Hallo, ich habe einen Termin am Samstag, kann ich ihn auf 13 Uhr verschieben?"
            + " | Sie haben keine anstehenden Termine, die sich ändern ließen. Möchten Sie einen"
            + " buchen? | ja | Welche Leistung möchten Sie buchen? | Pediküre | Pediküre am Samstag,"
            + " 28. November um 13:00 ist frei.",
        "Hola, tengo una cita el sábado, ¿me la puedes pasar a las 13?"
            + " | No tienes citas próximas que cambiar. ¿Quieres reservar una?"
            + " | sí | ¿Qué servicio te gustaría? | pedicura | Pedicura el sábado 28 de noviembre a las"
            + " 13:00 está libre.",
      })
  void a_booking_said_to_be_had_that_is_not_here_is_said_so_and_a_new_one_offered(
      String move, String none, String yes, String which, String service, String free) {
    assertThat(app.say("tina", move)).isEqualTo(none);
    assertThat(app.say("tina", yes)).startsWith(which);
    assertThat(app.say("tina", service)).startsWith(free);
    assertThat(app.app().database().dsl().fetchCount(Bookings.T)).isZero();
  }
}
