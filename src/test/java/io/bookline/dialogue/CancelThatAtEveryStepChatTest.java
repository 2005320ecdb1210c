package io.bookline.dialogue;

import static io.bookline.support.TestApp.FRIDAY_10AM_BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.ChatSteps;
import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Cancel that" (das, eso) said at any step of a new booking, not only at "Shall I book it?", drops
 * the booking being set up and leaves the one made before alone (ADR 0085). A customer with a
 * booking starts a second one and says it while times are offered or the day is asked; "cancel my
 * appointment" said then still offers the booking made. A new customer says it at the service or
 * name question. In English, German and Spanish over the web chat on Postgres; Friday 27 Nov 2026,
 * 10:00; the demo studio.
 */
class CancelThatAtEveryStepChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabaseAt(FRIDAY_10AM_BERLIN);
  final ChatSteps chat = new ChatSteps(app);

  @ParameterizedTest(name = "{0}: {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en | Lena | basic manicure thursday 3 december at 17:15 | yes"
            + " | can I also get a pedicure on monday | cancel that | OK, I won't book it.",
        "en | Lena | basic manicure thursday 3 december at 17:15 | yes"
            + " | I'd like a pedicure too | actually cancel this | OK, I won't book it.",
        "en | Lena | basic manicure thursday 3 december at 17:15 | yes"
            + " | can I also get a pedicure on monday | please cancel it | OK, I won't book it.",
        "de | Jonas | Ich hätte gern eine Pediküre am Dienstag um 10 | ja"
            + " | und eine Gelmaniküre am Donnerstag | storniere das | In Ordnung, dann buche ich"
            + " das nicht.",
        "de | Jonas | Ich hätte gern eine Pediküre am Dienstag um 10 | ja"
            + " | und eine Gelmaniküre am Donnerstag | ach nee, vergiss das | In Ordnung, dann"
            + " buche ich das nicht.",
        "de | Jonas | Ich hätte gern eine Pediküre am Dienstag um 10 | ja"
            + " | und eine Gelmaniküre am Donnerstag | lass das | In Ordnung, dann buche ich das"
            + " nicht.",
        "es | Lucía | quiero una manicura básica el miércoles 2 de diciembre a las 13 | sí"
            + " | quiero una pedicura el lunes | mejor cancela eso | De acuerdo, no lo reservo.",
        "es | Lucía | quiero una manicura básica el miércoles 2 de diciembre a las 13 | sí"
            + " | quiero una pedicura el lunes | olvídalo | De acuerdo, no lo reservo.",
      })
  void cancel_that_while_setting_up_a_booking_drops_it(
      String language,
      String name,
      String existing,
      String yes,
      String another,
      String cancelThat,
      String dropped) {
    ChatBookings.book(app, name, name, existing, yes);
    app.say(name, another);

    assertThat(app.say(name, cancelThat)).startsWith(dropped);
    assertThat(chat.statuses()).containsExactly("confirmed");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en | Lena | basic manicure thursday 3 december at 17:15 | yes"
            + " | can I also get a pedicure on monday | cancel my thursday appointment"
            + " | Cancel your Basic Manicure on Thu 3 Dec at 17:15",
        "de | Jonas | Ich hätte gern eine Pediküre am Dienstag um 10 | ja"
            + " | und eine Gelmaniküre am Donnerstag | bitte meinen Termin stornieren"
            + " | Möchten Sie Pediküre am Dienstag, 1. Dezember um 10:00",
        "es | Lucía | quiero una manicura básica el miércoles 2 de diciembre a las 13 | sí"
            + " | quiero una pedicura el lunes | cancela mi cita"
            + " | ¿Quieres cancelar Manicura básica el miércoles 2 de diciembre a las 13:00",
      })
  void cancel_my_appointment_while_setting_up_one_still_offers_the_one_made(
      String language,
      String name,
      String existing,
      String yes,
      String another,
      String cancelMine,
      String cancelQuestion) {
    ChatBookings.book(app, name, name, existing, yes);
    app.say(name, another);

    assertThat(app.say(name, cancelMine)).startsWith(cancelQuestion);
    assertThat(chat.statuses()).containsExactly("confirmed");
  }

  @ParameterizedTest(name = "{0}: {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en | Lena | I'd like to book an appointment | cancel that | OK, I won't book it.",
        "en | Lena | basic manicure tomorrow at 10 | cancel it please | OK, I won't book it.",
        "de | Jonas | Ich möchte einen Termin buchen | vergiss das | In Ordnung, dann buche ich das"
            + " nicht.",
        "de | Jonas | Pediküre morgen um 10 | storniere das | In Ordnung, dann buche ich das"
            + " nicht.",
        "es | Lucía | quiero reservar una cita | cancela eso | De acuerdo, no lo reservo.",
        "es | Lucía | pedicura mañana a las 10 | olvídalo | De acuerdo, no lo reservo.",
      })
  void cancel_that_at_the_service_or_name_question_drops_the_booking(
      String language, String name, String start, String cancelThat, String dropped) {
    app.say(name, start);

    assertThat(app.say(name, cancelThat)).startsWith(dropped);
    assertThat(chat.statuses()).isEmpty();
  }
}
