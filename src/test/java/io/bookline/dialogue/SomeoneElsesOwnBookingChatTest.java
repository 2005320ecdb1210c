package io.bookline.dialogue;

import static io.bookline.support.TestApp.FRIDAY_10AM_BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Review of e22af5c: a family word near "booking" is not always someone else's booking (ADR 0107).
 * "my husband made the booking for me, please cancel it" and "my daughter has an appointment at
 * school on monday, can I move my booking…" speak of the customer's own booking, which is offered;
 * "my daughter's gel booking" still means a booking made for someone else. Over the web chat on
 * Postgres, Friday 27 Nov 2026, 10:00, the demo studio.
 */
class SomeoneElsesOwnBookingChatTest {
  @RegisterExtension static final TestApp app = TestApp.onFreshDatabaseAt(FRIDAY_10AM_BERLIN);

  @ParameterizedTest(name = "{4}")
  @CsvSource(
      delimiter = '|',
      value = {
        "e1 | gel manicure on monday at 10 | Ann | yes"
            + " | my husband made the booking for me, please cancel it"
            + " | Cancel your Gel Manicure on Mon 30 Nov at 10:00",
        "e2 | gel manicure on monday at 12 | Ann | yes"
            + " | my daughter has an appointment at school on monday, can I move my booking to"
            + " tuesday? | Free times for Gel Manicure on Tue 1 Dec",
        "d1 | Gel-Maniküre am Montag um 14 | Ute | ja"
            + " | mein Mann hat die Buchung für mich gemacht, bitte stornieren"
            + " | Möchten Sie Gel-Maniküre am Montag, 30. November um 14:00",
        "s1 | manicura de gel el lunes a las 15 | Pilar | sí"
            + " | mi marido hizo la reserva por mí, cancélala por favor"
            + " | ¿Quieres cancelar Manicura de gel el lunes 30 de noviembre a las 15:00",
      })
  void a_family_word_before_the_customers_own_booking_offers_that_booking(
      String user, String request, String name, String yes, String message, String offered) {
    app.say(user, request);
    app.say(user, name);
    app.say(user, yes);
    assertThat(app.say(user, message))
        .contains(offered)
        .doesNotContain("I only see your own appointment");
  }

  @ParameterizedTest(name = "{4}")
  @CsvSource(
      delimiter = '|',
      value = {
        "g1 | gel manicure on tuesday at 10 | Kim | yes | please cancel my daughter's gel booking"
            + " | I only see your own appointment",
        "g2 | gel manicure on tuesday at 12 | Kim | yes | cancel my friends 12 o'clock booking"
            + " | I only see your own appointment",
        // Second review: "has an appointment" is the family member's own, never the writer's.
        "g3 | gel manicure on tuesday at 14 | Ava | yes"
            + " | my husband has an appointment too, can you cancel his?"
            + " | I only see your own appointment",
        "g4 | gel manicure on tuesday at 15 | Ava | yes"
            + " | my son has an appointment next week, I'd like to cancel it"
            + " | I only see your own appointment",
        "g5 | gel manicure on tuesday at 16 | Ava | yes"
            + " | my daughter has a booking too, please move it to 17:00"
            + " | I only see your own appointment",
      })
  void a_booking_said_as_a_family_members_is_still_someone_elses(
      String user, String request, String name, String yes, String message, String reply) {
    app.say(user, request);
    app.say(user, name);
    app.say(user, yes);
    assertThat(app.say(user, message)).startsWith(reply);
  }
}
