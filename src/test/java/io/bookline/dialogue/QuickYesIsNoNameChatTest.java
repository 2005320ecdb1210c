package io.bookline.dialogue;

import static io.bookline.db.Schema.Customers;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import java.time.Instant;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Black-box report: "ye" typed at "What name should I put the booking under?" was offered as
 * "Pedicure … for Ye". A quick yes ("ye", "jep", "sip") is no name (ADR 0122): the name is asked
 * again, and the name typed next is the booking's. Friday 27 Nov 2026, 19:00 in Berlin; over the
 * web chat on Postgres.
 */
class QuickYesIsNoNameChatTest {
  @RegisterExtension
  final TestApp app = TestApp.onFreshDatabaseAt(Instant.parse("2026-11-27T18:00:00Z"));

  /** The request, the quick yes, the name; the name question again, then the offer for the name. */
  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ok pedicure monday 3pm | ye | Rob | yes | What name should I put the booking under?"
            + " | for Rob,",
        "Pediküre Montag um 15 Uhr | jep | Rob | ja | Auf welchen Namen darf ich den Termin"
            + " eintragen? | für Rob,",
        "pedicura el lunes a las 15 | sip | Rob | sí | ¿A nombre de quién hago la reserva?"
            + " | a nombre de Rob,",
      })
  void a_quick_yes_at_the_name_question_is_asked_again(
      String request, String quickYes, String name, String yes, String question, String named) {
    app.say("c", request);
    assertThat(app.say("c", quickYes)).endsWith(question);
    assertThat(app.say("c", name)).contains(named);
    assertThat(app.say("c", yes)).doesNotEndWith("?");
    assertThat(
            app.app()
                .database()
                .dsl()
                .select(Customers.NAME)
                .from(Customers.T)
                .fetch(Customers.NAME))
        .containsExactly(name);
  }
}
