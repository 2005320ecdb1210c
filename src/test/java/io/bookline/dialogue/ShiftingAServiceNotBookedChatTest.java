package io.bookline.dialogue;

import static io.bookline.support.TestApp.FRIDAY_10AM_BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.ChatSteps;
import io.bookline.support.TestApp;
import java.time.Instant;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Make the pedicure an hour later" when the customer has no Pedicure booked, only a Basic Manicure
 * on Mon 30 Nov at 11:00: the bot says there is no Pedicure appointment and lists the bookings to
 * pick from, instead of offering to move the manicure, so a "yes" moves nothing. In English, German
 * and Spanish over the web chat on Postgres; Friday 27 Nov 2026, 10:00; the demo studio.
 */
class ShiftingAServiceNotBookedChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabaseAt(FRIDAY_10AM_BERLIN);
  final ChatSteps chat = new ChatSteps(app);

  @ParameterizedTest(name = "{3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "basic manicure on 30 november at 11am | Lena Fischer | yes"
            + " | make the pedicure an hour later | You have no Pedicure appointment. Which"
            + " appointment do you mean? 1) Basic Manicure on Mon 30 Nov at 11:00 with Anna.",
        "Ich hätte gern eine klassische Maniküre am 30. November um 11 Uhr | Jonas Weber | ja"
            + " | mach die Pediküre eine Stunde später | Sie haben keinen Termin für Pediküre."
            + " Welchen Termin meinen Sie? 1) Klassische Maniküre am Montag, 30. November um"
            + " 11:00 bei Anna.",
        "quiero una manicura básica el 30 de noviembre a las 11 | Lucía García | sí"
            + " | pon la pedicura una hora más tarde | No tienes ninguna cita de Pedicura. ¿A qué"
            + " cita te refieres? 1) Manicura básica el lunes 30 de noviembre a las 11:00 con"
            + " Anna.",
      })
  void a_service_not_booked_moves_no_other_booking(
      String request, String name, String yes, String shift, String reply) {
    chat.book("nails", request, name, yes);
    assertThat(app.say("nails", shift)).isEqualTo(reply);
    app.say("nails", yes);
    assertThat(chat.starts()).containsExactly(Instant.parse("2026-11-30T10:00:00Z"));
  }

  /**
   * With a Basic Manicure on Mon 30 Nov and a Pedicure on Tue 1 Dec, both at 11:00, "an hour later
   * for my pedicure" moves the Pedicure, not the earlier manicure.
   */
  @ParameterizedTest(name = "{5}")
  @CsvSource(
      delimiter = '|',
      value = {
        "basic manicure on 30 november at 11am | Lena Fischer | yes | pedicure on 1 december at"
            + " 11am | Done! | can I come an hour later for my pedicure? | Pedicure from Tue 1 Dec"
            + " at 11:00 to Tue 1 Dec at 12:00",
        "Ich hätte gern eine klassische Maniküre am 30. November um 11 Uhr | Jonas Weber | ja"
            + " | Ich hätte gern eine Pediküre am 1. Dezember um 11 Uhr | Erledigt!"
            + " | die Pediküre bitte eine Stunde später | Pediküre von Dienstag, 1. Dezember um"
            + " 11:00 auf Dienstag, 1. Dezember um 12:00",
        "quiero una manicura básica el 30 de noviembre a las 11 | Lucía García | sí"
            + " | quiero una pedicura el 1 de diciembre a las 11 | ¡Listo!"
            + " | ¿puedo ir una hora más tarde a la pedicura? | Pedicura del martes 1 de diciembre"
            + " a las 11:00 al martes 1 de diciembre a las 12:00",
      })
  void an_amount_said_for_a_booked_service_moves_that_booking(
      String request,
      String name,
      String yes,
      String second,
      String done,
      String shift,
      String move) {
    chat.book("nails", request, name, yes);
    app.say("nails", second);
    assertThat(app.say("nails", yes)).containsAnyOf("Booked!", "Gebucht!", "¡Reservado!");
    assertThat(app.say("nails", shift)).contains(move);
    assertThat(app.say("nails", yes)).contains(done);
    assertThat(chat.starts())
        .containsExactly(
            Instant.parse("2026-11-30T10:00:00Z"), Instant.parse("2026-12-01T11:00:00Z"));
  }
}
