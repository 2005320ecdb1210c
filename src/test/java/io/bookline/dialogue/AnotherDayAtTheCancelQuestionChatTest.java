package io.bookline.dialogue;

import static io.bookline.support.TestApp.FRIDAY_10AM_BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.ChatSteps;
import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Tester's finding: asked "¿Quieres cancelar …?", the Spanish "y el jueves?" ("and Thursday?") was
 * read as the English "y" for yes and the booking was cancelled without consent. Another day said
 * there is a counter-proposal: the bot offers that day's times to move the booking to, as the move
 * flow does, and cancels nothing; "and thursday?" and "und Donnerstag?" alike. Over the web chat on
 * Postgres; Friday 27 Nov 2026, 10:00; the demo studio.
 */
class AnotherDayAtTheCancelQuestionChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabaseAt(FRIDAY_10AM_BERLIN);
  final ChatSteps chat = new ChatSteps(app);

  @ParameterizedTest(name = "{0}: {5}")
  @CsvSource(
      delimiter = '|',
      value = {
        "es | quiero una manicura básica el miércoles 2 de diciembre a las 13 | Lucía | sí"
            + " | el miércoles no puedo | y el jueves?"
            + " | Horas libres para Manicura básica el jueves 3 de diciembre:",
        "es | quiero una manicura básica el miércoles 2 de diciembre a las 13 | Lucía | sí"
            + " | el miércoles no puedo | ¿y el viernes?"
            + " | Horas libres para Manicura básica el viernes 4 de diciembre:",
        "en | pedicure tuesday at 10 | Oliver | yes | cancel my tuesday appointment"
            + " | and thursday? | Free times for Pedicure on Thu 3 Dec:",
        "de | Ich hätte gern eine Pediküre am Dienstag um 10 | Jonas | ja"
            + " | Termin am Dienstag stornieren | und Donnerstag?"
            + " | Freie Termine für Pediküre am Donnerstag, 3. Dezember:",
      })
  void another_day_said_at_the_cancel_question_offers_to_move_and_cancels_nothing(
      String language,
      String request,
      String name,
      String yes,
      String cancel,
      String anotherDay,
      String offered) {
    ChatBookings.book(app, name, request, yes);
    assertThat(app.say(name, cancel)).endsWith("?").doesNotContain("1)");

    assertThat(app.say(name, anotherDay)).startsWith(offered);
    assertThat(chat.statuses()).containsExactly("confirmed");
  }
}
