package io.bookline.dialogue;

import static io.bookline.support.TestApp.FRIDAY_10AM_BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.ChatSteps;
import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A yes at "Cancel your …?" is never a move (ADR 0093): "yes, the friday appointment", "ja, den am
 * Freitag", "sí, la del viernes" name the booking by its weekday and cancel it, even when that
 * weekday said alone would be an earlier day ("the tuesday appointment" of a booking on Tue 8 Dec,
 * said on Fri 27 Nov); a yes naming another day asks again and moves nothing, and a plain yes then
 * cancels. In English, German and Spanish over the web chat on Postgres; Friday 27 Nov 2026, 10:00;
 * the demo studio.
 */
class YesAtTheCancelQuestionChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabaseAt(FRIDAY_10AM_BERLIN);
  final ChatSteps chat = new ChatSteps(app);

  @ParameterizedTest(name = "{0}: {4}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en | Lena | basic manicure friday 4 december at 10 | yes | cancel my appointment"
            + " | yes, the friday appointment | Cancelled your Basic Manicure on Fri 4 Dec",
        "en | Lena | pedicure tuesday 8 december at 10 | yes | cancel my appointment"
            + " | yes, the tuesday appointment | Cancelled your Pedicure on Tue 8 Dec",
        "de | Jonas | Pediküre am Freitag 4. Dezember um 11 | ja | bitte meinen Termin stornieren"
            + " | ja, den am Freitag | Ich habe Pediküre am Freitag, 4. Dezember um 11:00",
        "es | Lucía | pedicura el viernes 4 de diciembre a las 12 | sí | cancela mi cita"
            + " | sí, la del viernes | He cancelado Pedicura el viernes 4 de diciembre",
      })
  void a_yes_naming_the_bookings_own_weekday_cancels_it(
      String language,
      String name,
      String request,
      String yes,
      String cancel,
      String yesNamed,
      String cancelled) {
    ChatBookings.book(app, name, name, request, yes);
    app.say(name, cancel);

    assertThat(app.say(name, yesNamed)).startsWith(cancelled);
    assertThat(chat.statuses()).containsExactly("cancelled");
  }

  @ParameterizedTest(name = "{0}: {4}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en | Lena | basic manicure friday 4 december at 10 | yes | cancel my appointment"
            + " | yes, the monday one | Please answer yes or no.",
        "de | Jonas | Pediküre am Freitag 4. Dezember um 11 | ja | bitte meinen Termin stornieren"
            + " | ja, den am Montag | Bitte antworten Sie mit Ja oder Nein.",
        "es | Lucía | pedicura el viernes 4 de diciembre a las 12 | sí | cancela mi cita"
            + " | sí, la del lunes | Por favor, responde sí o no.",
      })
  void a_yes_naming_another_day_asks_again_and_moves_nothing(
      String language,
      String name,
      String request,
      String yes,
      String cancel,
      String yesOther,
      String askedAgain) {
    ChatBookings.book(app, name, name, request, yes);
    app.say(name, cancel);

    assertThat(app.say(name, yesOther)).contains(askedAgain).doesNotContain("Free times");
    assertThat(chat.statuses()).containsExactly("confirmed");
    app.say(name, yes);
    assertThat(chat.statuses()).containsExactly("cancelled");
  }
}
