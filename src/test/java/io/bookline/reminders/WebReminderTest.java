package io.bookline.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bookline.ingress.WebChatRoutes;
import io.bookline.support.TestApp;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The web chat cannot be written to first (issue 16): a web customer's reminder is settled once,
 * kept in the transcript with its buttons for when the chat is next opened, and nothing is queued.
 * Its Move button sends the action it stands for and offers the days that asking to move offers.
 */
class WebReminderTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void a_web_reminder_waits_in_the_transcript_with_its_buttons_and_nothing_is_queued() {
    app.say("webby", "I'd like a pedicure tomorrow at 10");
    app.say("webby", "Wendy");
    assertThat(app.say("webby", "yes")).startsWith("Booked!");
    remind();
    app.app().reminders().runOnce();
    var db = app.app().database().dsl();
    assertThat(db.fetchValue("select status || ':' || reason from reminders"))
        .isEqualTo("sent:transcript");
    assertThat(db.fetchCount(db.selectFrom("outbox"))).isZero();
    assertThat(
            db.fetchValue(
                "select content_text || ' ' || (metadata ->> 'options') from messages"
                    + " where provider = 'reminder'"))
        .isEqualTo(
            "Reminder from Demo Nail Studio: your Pedicure is on Tue 24 Nov at 10:00. Will you"
                + " make it? [\"Keep\", \"Cancel\", \"Move\"]");
  }

  @Test
  void the_reminders_move_button_offers_the_days_that_asking_to_move_offers() {
    String visitor = history(null).path("visitor").asText();
    send(visitor, "I'd like a pedicure tomorrow at 10");
    send(visitor, "Wendy");
    assertThat(text(send(visitor, "yes"))).startsWith("Booked!");
    JsonNode typed = send(visitor, "I need to move my appointment");
    assertThat(text(typed)).endsWith("Which day would you like to move it to?");
    List<String> typedDays = strings(typed.path("replies").get(0).path("options"));
    assertThat(typedDays).containsExactly("Today", "Tomorrow", "Wednesday", "Thursday");
    send(visitor, "stop");

    remind();
    JsonNode lines = history(visitor).path("messages");
    JsonNode reminder = lines.get(lines.size() - 1);
    assertThat(strings(reminder.path("options"))).containsExactly("Keep", "Cancel", "Move");
    long id =
        ((Number) app.app().database().dsl().fetchValue("select id from reminders")).longValue();
    assertThat(strings(reminder.path("optionIds")))
        .containsExactly("bk:keep:" + id, "bk:cancel:" + id, "bk:move:" + id);

    JsonNode tapped = send(visitor, "bk:move:" + id);
    assertThat(text(tapped))
        .isEqualTo(
            "Let's move your Pedicure on Tue 24 Nov at 10:00. Which day would suit you instead?");
    assertThat(strings(tapped.path("replies").get(0).path("options")))
        .as("the days asking to move in words offers")
        .isEqualTo(typedDays);
  }

  /** The day before the booking, when its reminder goes; the reminder written to the transcript. */
  void remind() {
    app.clock().set(Instant.parse("2026-11-24T09:00:00Z").minus(Duration.ofDays(1)).plusSeconds(5));
    app.app().reminders().runOnce();
  }

  JsonNode send(String visitor, String text) {
    try {
      String body = JSON.writeValueAsString(Map.of("visitor", visitor, "text", text));
      TestApp.Response r =
          app.request(
              "POST",
              "/webhooks/web/demo",
              body.getBytes(StandardCharsets.UTF_8),
              Map.of("Content-Type", "application/json"));
      assertThat(r.status()).as(r.body()).isEqualTo(200);
      return r.json();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  JsonNode history(String visitor) {
    TestApp.Response r =
        app.request(
            "GET",
            "/webhooks/web/demo/history",
            new byte[0],
            visitor == null ? Map.of() : Map.of(WebChatRoutes.VISITOR_HEADER, visitor));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  static String text(JsonNode reply) {
    return reply.path("replies").get(0).path("text").asText();
  }

  static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
