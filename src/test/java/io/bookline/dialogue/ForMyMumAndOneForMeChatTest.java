package io.bookline.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Defect report: "a manicure for my mum Helen on friday at 10, and one for me" booked only Helen's
 * appointment. "and one for me" / "und eine für mich" / "y otra para mí" said after it is one
 * appointment per person (ADR 0058, 0115): the writer's first, then the person's under her name,
 * which is not asked again. Over the web chat on Postgres, Monday 23 Nov 2026, 08:00, the demo
 * studio.
 */
class ForMyMumAndOneForMeChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  /** request | party | writer | second confirmation | yes | guest. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a manicure for my mum Helen on friday at 10, and one for me | One appointment per person"
            + " | Ann | with Marta for Helen, 25.00 EUR. Shall I book it? | yes | Helen",
        "eine Maniküre für meine Mutter Helga am Freitag um 10 und eine für mich"
            + " | Ein Termin pro Person | Jonas | bei Marta für Helga, 25,00 €. Soll ich das buchen?"
            + " | ja | Helga",
        "una manicura para mi madre Carmen el viernes a las 10 y otra para mí"
            + " | Una cita por persona | Lucía"
            + " | con Marta a nombre de Carmen, 25,00 €. ¿Te la reservo? | sí | Carmen",
      })
  void for_my_mum_and_one_for_me_books_both(
      String request, String party, String writer, String second, String yes, String guest) {
    assertThat(app.say("w", request)).startsWith(party);
    app.say("w", writer);
    assertThat(app.say("w", yes)).endsWith(second);
    app.say("w", yes);
    assertThat(ChatBookings.partyBookings(app))
        .containsExactly("confirmed 10:00 -", "confirmed 10:00 " + guest);
  }
}
