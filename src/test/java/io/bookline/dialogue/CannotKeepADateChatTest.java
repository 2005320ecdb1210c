package io.bookline.dialogue;

import static io.bookline.support.TestApp.FRIDAY_10AM_BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.ChatSteps;
import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A date said of a booking the customer cannot keep means that date only: "I can't make it on 28
 * november" on Friday 27 Nov, with only a Pedicure on Saturday 5 Dec at 10:00, says there is none
 * on Sat 28 Nov instead of offering to cancel the Pedicure, so a "yes" cancels nothing. "I can't
 * make it on saturday" still means the Pedicure a week on. In English, German and Spanish over the
 * web chat on Postgres; Friday 27 Nov 2026, 10:00; the demo studio.
 */
class CannotKeepADateChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabaseAt(FRIDAY_10AM_BERLIN);
  final ChatSteps chat = new ChatSteps(app);

  @ParameterizedTest(name = "{3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "pedicure on 5 december at 10am | Lena Fischer | yes | I can't make it on 28 november"
            + " | yes | You have no appointment on Sat 28 Nov.",
        "Ich hätte gern eine Pediküre am 5. Dezember um 10 Uhr | Jonas Weber | ja"
            + " | ich kann am 28. November nicht | ja | Sie haben am Samstag, 28. November keinen"
            + " Termin.",
        "quiero una pedicura el 5 de diciembre a las 10 | Lucía García | sí"
            + " | no puedo ir el 28 de noviembre | sí | No tienes ninguna cita el sábado 28 de"
            + " noviembre.",
      })
  void a_date_the_customer_cannot_make_is_not_taken_for_the_booking_a_week_later(
      String request, String name, String yes, String cannot, String again, String none) {
    chat.book("sat", request, name, yes);
    assertThat(app.say("sat", cannot)).startsWith(none);
    app.say("sat", again);
    assertThat(chat.statuses()).containsExactly("confirmed");
  }

  @ParameterizedTest(name = "{3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "pedicure on 5 december at 10am | Lena Fischer | yes | I can't make it on saturday"
            + " | Cancel your Pedicure on Sat 5 Dec at 10:00 with Anna?",
        "Ich hätte gern eine Pediküre am 5. Dezember um 10 Uhr | Jonas Weber | ja"
            + " | ich kann am Samstag nicht | absagen?",
        "quiero una pedicura el 5 de diciembre a las 10 | Lucía García | sí"
            + " | no puedo ir el sábado | ¿Quieres cancelar",
      })
  void a_weekday_the_customer_cannot_make_may_mean_the_booking_a_week_on(
      String request, String name, String yes, String cannot, String offer) {
    chat.book("sat", request, name, yes);
    assertThat(app.say("sat", cannot)).contains(offer);
  }
}
