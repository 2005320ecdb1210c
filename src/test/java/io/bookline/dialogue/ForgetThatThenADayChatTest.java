package io.bookline.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.ChatSteps;
import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Review of e041db6: "no, forget that, make it friday please" at a move's day question dropped the
 * move ("OK, nothing changed."). Taking back what was just said and naming a new day in the same
 * message is a correction: the move goes on to that day. A plain "forget it" still drops the move
 * ({@link DroppingAMoveAtTheDayChatTest}). (Spanish "no, olvídalo, mejor el viernes" still drops
 * the move, as it did before; left open.) Monday 23 Nov 2026, 08:00; over the web chat on Postgres.
 */
class ForgetThatThenADayChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();
  final ChatSteps chat = new ChatSteps(app);

  @ParameterizedTest(name = "{3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN | gel manicure wednesday at 11 | I need to move my appointment"
            + " | no, forget that, make it friday please | Fri 27 Nov",
        "EN | gel manicure wednesday at 11 | I need to move my appointment"
            + " | actually no, forget it - thursday works better | Thu 26 Nov",
        "DE | Gel-Maniküre am Mittwoch um 11 | ich muss meinen Termin verschieben"
            + " | ach nein, doch nicht, lieber am Freitag | Freitag, 27. November",
      })
  void a_day_said_after_forget_that_moves_to_it(
      String language, String request, String move, String correction, String day) {
    String user = "u" + correction.hashCode();
    chat.book(user, request, "Tom", ChatSteps.yes(language));
    assertThat(app.say(user, move)).endsWith("?").contains("11:00");
    assertThat(app.say(user, correction))
        .contains(day)
        .isNotIn(
            "OK, nothing changed.",
            "In Ordnung, es bleibt alles, wie es war.",
            "De acuerdo, no he cambiado nada.");
  }
}
