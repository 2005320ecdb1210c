package io.bookline.dialogue;

import static io.bookline.support.TestApp.FRIDAY_10AM_BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.bookline.support.ChatSteps;
import io.bookline.support.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Chat review, over the web chat on Postgres: a customer who asked for a person and changes their
 * mind before anyone has written ("never mind", "back to the bot", "ich mache es selbst", "déjalo,
 * lo hago yo", or simply going on with a booking) gets the bot back, and the owner's console no
 * longer shows them waiting; once a person has written, the bot stays out of it (ADR 0081). Friday
 * 27 Nov 2026, 10:00; the demo studio.
 */
class TakingBackAPersonChatTest {
  @RegisterExtension static final TestApp app = TestApp.onFreshDatabaseAt(FRIDAY_10AM_BERLIN);
  static final ChatSteps chat = new ChatSteps(app);

  private static final String WAITING =
      "Your message has reached the team. A person will reply here as soon as they can.";
  private static final String BACK =
      "OK, I've taken back the request for a person: you're talking to our automated assistant"
          + " again.";

  private static boolean waitingInConsole(String user) {
    JsonNode list = app.getAdmin("/api/conversations?status=handoff").json();
    long id = chat.conversation(user);
    for (JsonNode c : list.has("conversations") ? list.get("conversations") : list) {
      if (c.path("id").asLong() == id) {
        return true;
      }
    }
    return false;
  }

  @Test
  void going_on_with_a_booking_before_anyone_wrote_gets_the_bot_back() {
    assertThat(chat.replies("lena", "can I talk to a real person").get(0))
        .startsWith("OK, I've asked a member of the team to take over");
    assertThat(waitingInConsole("lena")).isTrue();
    assertThat(chat.replies("lena", "hello?")).containsExactly(WAITING);
    assertThat(chat.replies("lena", "actually nevermind, I want to book a pedicure monday at 10"))
        .containsExactly(
            BACK
                + " Pedicure on Mon 30 Nov at 10:00 is free. What name should I put the booking under?");
    assertThat(chat.status("lena")).isEqualTo("bot");
    assertThat(waitingInConsole("lena")).isFalse();
  }

  @Test
  void never_mind_or_back_to_the_bot_in_each_language_withdraws_the_request() {
    for (String[] said :
        new String[][] {
          {"jonas-en", "I want to talk to a person", "back to the bot", BACK},
          {"mia-en", "can I talk to a real person", "never mind", BACK},
          {
            "jonas",
            "ich möchte mit einem Menschen sprechen",
            "ich mache es selbst",
            "In Ordnung, ich habe die Bitte um eine Person zurückgezogen"
          },
          {
            "lucia",
            "quiero hablar con una persona",
            "déjalo, lo hago yo",
            "De acuerdo, he retirado la petición de hablar con una persona"
          }
        }) {
      chat.replies(said[0], said[1]);
      assertThat(chat.status(said[0])).as(said[1]).isEqualTo("handoff");
      assertThat(chat.replies(said[0], said[2]).get(0)).as(said[2]).startsWith(said[3]);
      assertThat(chat.status(said[0])).as(said[2]).isEqualTo("bot");
    }
  }

  @Test
  void once_a_person_has_written_the_bot_stays_silent() {
    chat.replies("zoe", "can I talk to a real person");
    var reply =
        app.postAdmin(
            "/api/conversations/" + chat.conversation("zoe") + "/reply",
            "{\"text\":\"Hi, Anna here. How can I help?\"}");
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    assertThat(chat.replies("zoe", "never mind, I want to book a pedicure monday at 10")).isEmpty();
    assertThat(chat.status("zoe")).isEqualTo("handoff");
  }
}
