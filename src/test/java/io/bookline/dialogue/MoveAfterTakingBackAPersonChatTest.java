package io.bookline.dialogue;

import static io.bookline.support.TestApp.FRIDAY_10AM_BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.bookline.support.ChatSteps;
import io.bookline.support.TestApp;
import java.time.Instant;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A customer waiting for a person who takes the request back and asks for a move in the same
 * message ("never mind, just move my appointment to monday 9am", "egal, verschieb einfach meinen
 * Termin auf Montag 9 Uhr", "da igual, solo cambia mi cita al lunes a las 9") gets the bot back and
 * the move offered, not only the hand-back (ADR 0081). Over the web chat on Postgres, Friday 27 Nov
 * 2026, 10:00 in Berlin; the demo studio.
 */
class MoveAfterTakingBackAPersonChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabaseAt(FRIDAY_10AM_BERLIN);

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN | can I talk to a real person | never mind, just move my appointment to monday 9am"
            + " | OK, I've taken back the request for a person | Mon 30 Nov at 09:00",
        "DE | ich möchte mit einem Menschen sprechen | egal, verschieb einfach meinen Termin auf"
            + " Montag 9 Uhr | In Ordnung, ich habe die Bitte um eine Person zurückgezogen"
            + " | Montag, 30. November um 09:00",
        "ES | quiero hablar con una persona | da igual, solo cambia mi cita al lunes a las 9"
            + " | De acuerdo, he retirado la petición de hablar con una persona"
            + " | lunes 30 de noviembre a las 09:00",
      })
  void taking_back_the_person_with_a_move_offers_the_move(
      String language, String person, String move, String back, String offered) {
    ChatSteps chat = new ChatSteps(app);
    chat.bookPedicureOnMonday30November("c", language, 14);
    app.say("c", person);
    TestApp.Response r = app.chat("demo", "c", move);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    StringBuilder said = new StringBuilder();
    for (JsonNode reply : r.json().get("replies")) {
      said.append(reply.get("text").asText()).append('\n');
    }
    assertThat(said.toString()).startsWith(back).contains(offered);
    app.say("c", ChatSteps.yes(language));
    assertThat(chat.starts()).containsExactly(Instant.parse("2026-11-30T08:00:00Z"));
    assertThat(chat.statuses()).containsExactly("confirmed");
  }
}
