package io.bookline.dialogue;

import static io.bookline.support.TestApp.FRIDAY_10AM_BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.ChatSteps;
import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Cancel my Saturday appointment" when the customer's only booking is on Monday: the bot says
 * there is none on Saturday and lists theirs to pick from, instead of offering to cancel Monday's
 * (as ADR 0071 does for a shift). In English, German and Spanish over the web chat on Postgres;
 * Friday 27 Nov 2026, 10:00; the demo studio.
 */
class CancelOnADayWithNoBookingChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabaseAt(FRIDAY_10AM_BERLIN);
  final ChatSteps chat = new ChatSteps(app);

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "pedicure on 30 november at 11am | Ann Lee | yes | cancel my saturday appointment"
            + " | You have no appointment on Sat 28 Nov. Which appointment would you like to"
            + " cancel? 1) Pedicure on Mon 30 Nov at 11:00 with Anna.",
        "Ich hätte gern eine Pediküre am 30. November um 11 Uhr | Jonas Weber | ja"
            + " | bitte meinen Termin am Samstag stornieren | Sie haben am Samstag, 28. November"
            + " keinen Termin. Welchen Termin möchten Sie absagen? 1) Pediküre am Montag, 30."
            + " November um 11:00 bei Anna.",
        "quiero una pedicura el 30 de noviembre a las 11 | Lucía García | sí"
            + " | cancela mi cita del sábado | No tienes ninguna cita el sábado 28 de noviembre."
            + " ¿Qué cita quieres cancelar? 1) Pedicura el lunes 30 de noviembre a las 11:00 con"
            + " Anna.",
      })
  void cancelling_a_day_with_no_booking_says_so_and_lists_the_bookings(
      String request, String name, String yes, String cancel, String reply) {
    chat.book("sat", request, name, yes);
    assertThat(app.say("sat", cancel)).isEqualTo(reply);
    assertThat(app.say("sat", "1")).containsAnyOf("Cancel your", "absagen?", "¿Quieres cancelar");
    assertThat(chat.statuses()).containsExactly("confirmed");
  }
}
