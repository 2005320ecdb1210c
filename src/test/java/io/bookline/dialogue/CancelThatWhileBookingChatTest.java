package io.bookline.dialogue;

import static io.bookline.support.TestApp.FRIDAY_10AM_BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.ChatSteps;
import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Tester's finding: "actually cancel that" while a new booking was being set up offered to cancel
 * the customer's existing booking. "Cancel that" (eso, das) now drops the booking being set up and
 * leaves those made before alone; a booking named ("cancel my thursday appointment") is still the
 * one cancelled. In English, German and Spanish over the web chat on Postgres; Friday 27 Nov 2026,
 * 10:00; the demo studio.
 */
class CancelThatWhileBookingChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabaseAt(FRIDAY_10AM_BERLIN);
  final ChatSteps chat = new ChatSteps(app);

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en | basic manicure thursday 3 december at 17:15 | Oliver | yes"
            + " | can I also get a pedicure monday at 10 | Shall I book it?"
            + " | actually cancel that | OK, I won't book it."
            + " | cancel my thursday appointment | Cancel your Basic Manicure on Thu 3 Dec at 17:15",
        "de | Ich hätte gern eine Pediküre am Dienstag um 10 | Jonas | ja"
            + " | und eine Gelmaniküre am Donnerstag um 16 Uhr | Soll ich das buchen?"
            + " | ach nee, storniere das bitte | In Ordnung, dann buche ich das nicht."
            + " | bitte meinen Termin am Dienstag stornieren"
            + " | Möchten Sie Pediküre am Dienstag, 1. Dezember um 10:00",
        "es | quiero una manicura básica el miércoles 2 de diciembre a las 13 | Lucía | sí"
            + " | quiero una pedicura el lunes a las 10 | ¿Te la reservo?"
            + " | mejor cancela eso | De acuerdo, no lo reservo."
            + " | cancela mi cita del miércoles"
            + " | ¿Quieres cancelar Manicura básica el miércoles 2 de diciembre a las 13:00",
      })
  void cancel_that_drops_the_booking_being_set_up_and_keeps_the_one_made(
      String language,
      String existing,
      String name,
      String yes,
      String another,
      String confirmQuestion,
      String cancelThat,
      String dropped,
      String cancelNamed,
      String cancelQuestion) {
    ChatBookings.book(app, name, existing, yes);
    assertThat(app.say(name, another)).endsWith(confirmQuestion);

    assertThat(app.say(name, cancelThat)).isEqualTo(dropped);
    assertThat(chat.statuses()).containsExactly("confirmed");

    assertThat(app.say(name, cancelNamed)).startsWith(cancelQuestion);
    assertThat(chat.statuses()).containsExactly("confirmed");
  }
}
