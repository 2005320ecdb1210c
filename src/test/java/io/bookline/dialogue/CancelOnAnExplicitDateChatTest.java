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
 * A day said of the booking to cancel is kept, even when a booking falls on the same weekday a week
 * later: "cancel my appointment on 28 november" on Friday 27 Nov, with only a Pedicure on Saturday
 * 5 Dec at 10:00, says there is none on Saturday 28 Nov and lists the Pedicure to pick, so a "yes"
 * cancels nothing. Only a weekday said alone ("on saturday") may mean the booking a week after it,
 * and only at the time said, if one was. In English, German and Spanish over the web chat on
 * Postgres; Friday 27 Nov 2026, 10:00; the demo studio.
 */
class CancelOnAnExplicitDateChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabaseAt(FRIDAY_10AM_BERLIN);
  final ChatSteps chat = new ChatSteps(app);

  @ParameterizedTest(name = "{3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "pedicure on 5 december at 10am | Lena Fischer | yes | cancel my appointment on 28 november"
            + " | yes | You have no appointment on Sat 28 Nov. Which appointment would you like to"
            + " cancel? 1) Pedicure on Sat 5 Dec at 10:00 with Anna.",
        "pedicure on 5 december at 10am | Lena Fischer | yes"
            + " | cancel my appointment on saturday at 3pm | yes | You have no appointment on Sat"
            + " 28 Nov at 15:00. Which appointment would you like to cancel? 1) Pedicure on Sat 5"
            + " Dec at 10:00 with Anna.",
        "Ich hätte gern eine Pediküre am 5. Dezember um 10 Uhr | Jonas Weber | ja"
            + " | bitte meinen Termin am 28. November stornieren | ja | Sie haben am Samstag, 28."
            + " November keinen Termin. Welchen Termin möchten Sie absagen? 1) Pediküre am"
            + " Samstag, 5. Dezember um 10:00 bei Anna.",
        "Ich hätte gern eine Pediküre am 5. Dezember um 10 Uhr | Jonas Weber | ja"
            + " | bitte meinen Termin am Samstag um 15 Uhr stornieren | ja | Sie haben am Samstag,"
            + " 28. November um 15:00 keinen Termin. Welchen Termin möchten Sie absagen? 1) Pediküre"
            + " am Samstag, 5. Dezember um 10:00 bei Anna.",
        "quiero una pedicura el 5 de diciembre a las 10 | Lucía García | sí"
            + " | cancela mi cita del 28 de noviembre | sí | No tienes ninguna cita el sábado 28 de"
            + " noviembre. ¿Qué cita quieres cancelar? 1) Pedicura el sábado 5 de diciembre a las"
            + " 10:00 con Anna.",
        "quiero una pedicura el 5 de diciembre a las 10 | Lucía García | sí"
            + " | cancela mi cita del sábado a las 3 de la tarde | sí | No tienes ninguna cita el"
            + " sábado 28 de noviembre a las 15:00. ¿Qué cita quieres cancelar? 1) Pedicura el"
            + " sábado 5 de diciembre a las 10:00 con Anna.",
      })
  void a_date_said_with_no_booking_on_it_is_not_taken_for_the_booking_a_week_later(
      String request, String name, String yes, String cancel, String again, String reply) {
    chat.book("sat", request, name, yes);
    assertThat(app.say("sat", cancel)).isEqualTo(reply);
    app.say("sat", again);
    assertThat(chat.statuses()).containsExactly("confirmed");
  }

  @ParameterizedTest(name = "{3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "pedicure on 5 december at 10am | Lena Fischer | yes | cancel my appointment on saturday"
            + " | Cancel your Pedicure on Sat 5 Dec at 10:00 with Anna?",
        "pedicure on 5 december at 10am | Lena Fischer | yes"
            + " | cancel my appointment on saturday at 10am"
            + " | Cancel your Pedicure on Sat 5 Dec at 10:00 with Anna?",
        "Ich hätte gern eine Pediküre am 5. Dezember um 10 Uhr | Jonas Weber | ja"
            + " | bitte meinen Termin am Samstag stornieren | absagen?",
        "quiero una pedicura el 5 de diciembre a las 10 | Lucía García | sí"
            + " | cancela mi cita del sábado | ¿Quieres cancelar",
      })
  void a_weekday_said_alone_may_mean_the_booking_a_week_after_it(
      String request, String name, String yes, String cancel, String offer) {
    chat.book("sat", request, name, yes);
    assertThat(app.say("sat", cancel)).contains(offer);
  }

  /** On Monday 30 Nov, "Monday" said of a booking may mean next Monday's (7 Dec at 10:00). */
  @ParameterizedTest(name = "{3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "pedicure on 7 december at 10am | Lena Fischer | yes | I can't make it on monday"
            + " | Cancel your Pedicure on Mon 7 Dec at 10:00 with Anna?",
        "Ich hätte gern eine Pediküre am 7. Dezember um 10 Uhr | Jonas Weber | ja"
            + " | ich kann am Montag nicht | absagen?",
        "quiero una pedicura el 7 de diciembre a las 10 | Lucía García | sí"
            + " | no puedo ir el lunes | ¿Quieres cancelar",
      })
  void a_weekday_said_on_that_weekday_may_mean_next_weeks_booking(
      String request, String name, String yes, String cannot, String offer) {
    app.clock().set(Instant.parse("2026-11-30T08:00:00Z"));
    chat.book("mon", request, name, yes);
    assertThat(app.say("mon", cannot)).contains(offer);
  }
}
