package io.bookline.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Review of e22af5c: after booking for herself (Ann) and a friend (Lily), "Ann can't come after
 * all" finds the writer's own booking by her name and offers it for cancelling (ADR 0086); it was
 * "You have no appointment for Ann." Over the web chat on Postgres, Monday 23 Nov 2026, 08:00, the
 * demo studio.
 */
class OneFewerTheWriterChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  @ParameterizedTest(name = "{5}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a manicure for my friend and me on friday at 10 | Ann | yes | Lily | yes"
            + " | Ann can't come after all | Cancel your Basic Manicure on Fri 27 Nov at 10:00",
        "Ich hätte gern eine Maniküre für mich und meine Freundin am Freitag um 10 | Jonas | ja"
            + " | Lily | ja | Jonas kann doch nicht"
            + " | Möchten Sie Klassische Maniküre am Freitag, 27. November um 10:00",
        "Hola, quiero una manicura para mí y mi amiga el viernes a las 10 | Lucía | sí | Sofía"
            + " | sí | Lucía al final no puede venir"
            + " | ¿Quieres cancelar Manicura básica el viernes 27 de noviembre a las 10:00",
      })
  void the_writer_named_by_her_own_name_is_offered_her_own_booking(
      String request,
      String name,
      String yes,
      String guest,
      String yesAgain,
      String cannot,
      String offered) {
    app.say("c", request);
    app.say("c", name);
    app.say("c", yes);
    app.say("c", guest);
    assertThat(app.say("c", yesAgain)).contains(guest);
    assertThat(app.say("c", cannot)).startsWith(offered).doesNotContain("(for " + guest + ")");
  }
}
