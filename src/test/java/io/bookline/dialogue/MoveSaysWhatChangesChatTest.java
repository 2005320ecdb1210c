package io.bookline.dialogue;

import static io.bookline.support.TestApp.FRIDAY_10AM_BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.ChatSteps;
import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The question before a move says what else changes with it (ADR 0109): "same time" on a day the
 * booking's staff member is busy then goes to another one, and the question says so ("with Marta
 * instead of Anna"); a guest's booking says whom it is for ("(for Lily)"), as the booking question
 * does. Over the web chat on Postgres in English, German and Spanish; Friday 27 Nov 2026, 10:00;
 * the demo studio (Mon–Fri 9–18; Anna and Marta both do pedicures and manicures).
 */
class MoveSaysWhatChangesChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabaseAt(FRIDAY_10AM_BERLIN);
  final ChatSteps chat = new ChatSteps(app);

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN | pedicure on thursday at 10 with anna | pedicure on wednesday at 10 with anna"
            + " | can you move it to thursday same time | Move your Pedicure from Wed 2 Dec at"
            + " 10:00 to Thu 3 Dec at 10:00 with Marta instead of Anna?",
        "DE | Pediküre am Donnerstag um 10 bei Anna | Pediküre am Mittwoch um 10 bei Anna"
            + " | können wir den Termin auf Donnerstag zur gleichen Zeit verschieben? | Ihren"
            + " Termin für Pediküre von Mittwoch, 2. Dezember um 10:00 auf Donnerstag, 3. Dezember"
            + " um 10:00 bei Marta statt bei Anna verschieben?",
        "ES | una pedicura el jueves a las 10 con Anna | una pedicura el miércoles a las 10 con"
            + " Anna | ¿me la puedes cambiar al jueves a la misma hora? | ¿Cambio tu Pedicura del"
            + " miércoles 2 de diciembre a las 10:00 al jueves 3 de diciembre a las 10:00 con Marta"
            + " en lugar de con Anna?",
      })
  void same_time_with_the_staff_member_busy_says_the_staff_member_changes(
      String language, String other, String own, String move, String asked) {
    chat.book("other", other, "Olga", ChatSteps.yes(language));
    chat.book("c", own, "Cora", ChatSteps.yes(language));
    assertThat(app.say("c", move)).endsWith(asked);
  }

  @ParameterizedTest(name = "{4}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a manicure for my friend and me on tuesday at 10 | Ann | yes | Lily"
            + " | can i move my friend's appointment to wednesday at 11 | (for Lily)?",
        "Ich hätte gern eine Maniküre für mich und meine Freundin am Dienstag um 10 | Jonas | ja"
            + " | Lily | kann ich den termin meiner freundin auf mittwoch um 11 verschieben?"
            + " | (für Lily) verschieben?",
        "Hola, quiero una manicura para mí y mi amiga el martes a las 10 | Lucía | sí | Sofía"
            + " | quiero cambiar la cita de mi amiga al miércoles a las 11 | (para Sofía)?",
      })
  void a_guests_booking_moved_says_whom_it_is_for(
      String request, String name, String yes, String guest, String move, String forWhom) {
    ChatBookings.bookForTwo(app, "c", request, name, yes, guest);
    assertThat(app.say("c", move)).contains("11:00").endsWith(forWhom);
    app.say("c", yes);
    assertThat(ChatBookings.partyBookings(app))
        .containsExactly("confirmed 10:00 -", "confirmed 11:00 " + guest);
  }
}
