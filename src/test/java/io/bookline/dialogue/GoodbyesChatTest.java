package io.bookline.dialogue;

import static io.bookline.db.Schema.Conversations;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * QA chat on the demo (web chat, Postgres): thanks and goodbyes close the chat politely. Said to
 * "Shall I ask a member of the team?", "ok thanks" or "ok bye" hands nothing over (a plain "ok"
 * still does); after a booking, "thanks, bye" says goodbye, naming the day of the appointment, not
 * the offer again ("today at 16:00", "tomorrow at 11:00" when it is that close). Monday 23 Nov
 * 2026, 08:00; the demo studio.
 */
class GoodbyesChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  String status(String user) {
    return app.app()
        .database()
        .dsl()
        .select(Conversations.STATUS)
        .from(Conversations.T)
        .orderBy(Conversations.ID.desc())
        .limit(1)
        .fetchSingle(Conversations.STATUS);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // A farewell is answered with one (ADR 0092), thanks with "You're welcome!".
    "ok see you, Bye!",
    "ok thanks, You're welcome!",
    "ok bye, Bye!",
    "thanks, You're welcome!",
    "'alright, thank you', You're welcome!"
  })
  void thanks_or_goodbye_to_the_person_offer_hands_nothing_over(String said, String lead) {
    assertThat(app.say("pat", "is there parking?"))
        .isEqualTo("I'm afraid I can't answer that here. Shall I ask a member of the team?");
    assertThat(app.say("pat", said)).isEqualTo(lead + " Have a nice day!");
    assertThat(status("pat")).isNotEqualTo("handoff");
    // The offer was answered: a later "yes" does not take it.
    assertThat(app.say("pat", "yes")).doesNotStartWith("OK, I've asked a member of the team");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"ok", "yes please"})
  void a_plain_yes_to_the_person_offer_still_hands_over(String said) {
    app.say("ray", "is there parking?");
    assertThat(app.say("ray", said))
        .startsWith("OK, I've asked a member of the team to take over.");
    assertThat(status("ray")).isEqualTo("handoff");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN | pedicure on sat 28 nov at 11 | Pia | yes | thanks, bye            | You're welcome!"
            + " See you on Sat 28 Nov!",
        "EN | pedicure on sat 28 nov at 11 | Pia | yes | thank you, that's all  | You're welcome!"
            + " See you on Sat 28 Nov!",
        "DE | Ich hätte gern eine Pediküre am Samstag um 11 | Pia | ja | danke, tschüss | Gern"
            + " geschehen! Bis Samstag, 28. November!",
        "ES | quiero una pedicura el sábado a las 11 | Pia | sí | gracias, adiós | ¡De nada!"
            + " ¡Nos vemos el sábado 28 de noviembre!",
        "T1 | pedicure today at 4pm | Pia | yes | thanks, bye | You're welcome! See you today at"
            + " 16:00!",
        "T2 | pedicure tomorrow at 11 | Pia | yes | thanks, bye | You're welcome! See you tomorrow"
            + " at 11:00!",
        "T3 | Ich hätte gern eine Pediküre morgen um 11 | Pia | ja | danke, tschüss | Gern"
            + " geschehen! Bis morgen um 11:00!",
        "T4 | quiero una pedicura hoy a las 16 | Pia | sí | gracias, adiós | ¡De nada! ¡Nos vemos"
            + " hoy a las 16:00!",
      })
  void thanks_and_goodbye_after_a_booking_say_goodbye_with_its_day(
      String language, String ask, String name, String yes, String bye, String goodbye) {
    String user = "b" + language;
    app.say(user, ask);
    app.say(user, name);
    assertThat(app.say(user, yes)).doesNotContain("?");
    assertThat(app.say(user, bye)).isEqualTo(goodbye);
  }

  @Test
  void ok_thanks_at_the_booking_confirmation_books_nothing_and_asks_again() {
    app.say("sam", "pedicure on sat 28 nov at 11");
    app.say("sam", "Sam");
    assertThat(app.say("sam", "ok thanks"))
        .isEqualTo(
            "Pedicure on Sat 28 Nov at 11:00 with Anna for Sam, 40.00 EUR. Shall I book it?");
  }
}
