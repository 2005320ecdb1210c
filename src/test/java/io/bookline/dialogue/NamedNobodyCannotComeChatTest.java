package io.bookline.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Tom can't come after all" when the party booked is Ann and Lily: nobody of that name is booked,
 * so the customer is told so and the guests' bookings are listed to pick from; Lily's booking is
 * not offered for cancelling as if she had been named (it was, before). Over the web chat on
 * Postgres, Monday 23 Nov 2026, 08:00, the demo studio.
 */
class NamedNobodyCannotComeChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  private List<String> bookings() {
    return app.app()
        .database()
        .dsl()
        .fetch("select status, coalesce(guest_name, '-') g from bookings order by id")
        .map(r -> r.get(0) + " " + r.get(1));
  }

  @ParameterizedTest(name = "{5}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a manicure for my friend and me on friday at 10 | Ann | yes | Lily | yes"
            + " | Tom can't come after all | You have no appointment for Tom."
            + " | Which appointment would you like to cancel?",
        "Ich hätte gern eine Maniküre für mich und meine Freundin am Freitag um 10 | Jonas | ja"
            + " | Lily | ja | Tom kann doch nicht | Sie haben keinen Termin für Tom."
            + " | Welchen Termin möchten Sie absagen?",
        "Hola, quiero una manicura para mí y mi amiga el viernes a las 10 | Lucía | sí | Sofía"
            + " | sí | Tomás al final no puede venir | No tienes ninguna cita para Tomás."
            + " | ¿Qué cita quieres cancelar?",
      })
  void a_name_booked_for_nobody_cancels_nobody(
      String request,
      String name,
      String yes,
      String guest,
      String yesAgain,
      String cannot,
      String none,
      String which) {
    app.say("c", request);
    app.say("c", name);
    app.say("c", yes);
    app.say("c", guest);
    assertThat(app.say("c", yesAgain)).contains(guest);
    String reply = app.say("c", cannot);
    assertThat(reply).startsWith(none).contains(which).contains(guest);
    assertThat(bookings()).containsExactly("confirmed -", "confirmed " + guest);
  }
}
