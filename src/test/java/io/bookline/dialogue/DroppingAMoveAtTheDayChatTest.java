package io.bookline.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.ChatSteps;
import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Black-box report (chatD, item 4): "actually no, forget it", "ach nein, doch nicht" at the move's
 * day question were not understood, so a later "ok" asked for the day again. They drop the move, as
 * a plain "no" does. Monday 23 Nov 2026, 08:00; over the web chat on Postgres.
 */
class DroppingAMoveAtTheDayChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();
  final ChatSteps chat = new ChatSteps(app);

  @ParameterizedTest(name = "{3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN | gel manicure wednesday at 11 | I need to move my appointment | actually no, forget it",
        "EN | gel manicure wednesday at 11 | I need to move my appointment | no, forget that",
        "DE | Gel-Maniküre am Mittwoch um 11 | ich muss meinen Termin verschieben"
            + " | ach nein, doch nicht",
        "ES | manicura de gel el miércoles a las 11 | tengo que cambiar mi cita | no, déjalo",
      })
  void dropping_the_move_at_its_day_question_leaves_the_booking_and_asks_no_more(
      String language, String request, String move, String drop) {
    String user = "u" + drop.hashCode();
    chat.book(user, request, "Tom", ChatSteps.yes(language));
    assertThat(app.say(user, move)).endsWith("?").contains("11:00");
    assertThat(app.say(user, drop))
        .isIn(
            "OK, nothing changed.",
            "In Ordnung, es bleibt alles, wie es war.",
            "De acuerdo, no he cambiado nada.");
    assertThat(app.say(user, "ok")).startsWith("\uD83D\uDC4D").doesNotContain(move);
    assertThat(chat.statuses()).containsExactly("confirmed");
  }
}
