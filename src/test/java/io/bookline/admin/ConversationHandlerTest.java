package io.bookline.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.bookline.support.TestApp;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * GET /api/conversations said only "handoff", not whether a person had the conversation or the
 * customer still waited for one, so the console remembered a take-over per browser (ADR 0095). The
 * list and the transcript now say who has it as the session holds it: {@code handledBy} "bot",
 * "waiting" or "person", and {@code heldAt} (ADR 0100). Another business's key sees none of it.
 */
class ConversationHandlerTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  TestApp.Caller owner() {
    return app.as(TestApp.ADMIN_KEY, "demo");
  }

  JsonNode listed(String customer) {
    var res = owner().get("/api/conversations");
    assertThat(res.status()).as(res.body()).isEqualTo(200);
    for (JsonNode c : res.json().get("conversations")) {
      if (c.get("customer").asText().equals(customer)) {
        return c;
      }
    }
    throw new AssertionError("no conversation of " + customer + " in " + res.body());
  }

  JsonNode transcript(long id) {
    var res = owner().get("/api/conversations/" + id + "/messages");
    assertThat(res.status()).as(res.body()).isEqualTo(200);
    return res.json();
  }

  /** handledBy and heldAt of the list's row and of the transcript, which must agree. */
  String handling(String customer) {
    JsonNode row = listed(customer);
    JsonNode t = transcript(row.get("id").asLong());
    String inList = row.get("handledBy").asText() + " " + row.get("heldAt").asText("null");
    assertThat(t.get("handledBy").asText() + " " + t.get("heldAt").asText("null"))
        .isEqualTo(inList);
    return inList;
  }

  @Test
  void the_list_and_transcript_say_whether_the_bot_a_waiting_customer_or_a_person_has_it() {
    app.say("bea", "hello, do you have time on friday?");
    app.say("wes", "I want to talk to a human");
    // Monday 08:00 in Berlin is 07:00 UTC.
    assertThat(handling("bea")).isEqualTo("bot null");
    assertThat(handling("wes")).isEqualTo("waiting 2026-11-23T07:00:00Z");

    app.clock().advance(Duration.ofMinutes(5));
    long bea = listed("bea").get("id").asLong();
    assertThat(owner().post("/api/conversations/" + bea + "/handoff", "{}").status())
        .isEqualTo(200);
    assertThat(handling("bea")).isEqualTo("person 2026-11-23T07:05:00Z");

    // A person's reply to one who waited: a person has it from then.
    app.clock().advance(Duration.ofMinutes(5));
    long wes = listed("wes").get("id").asLong();
    var reply =
        owner().post("/api/conversations/" + wes + "/reply", "{\"text\":\"Hi, Anna here.\"}");
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    assertThat(handling("wes")).isEqualTo("person 2026-11-23T07:10:00Z");

    // The customer writing on meanwhile does not take it from the person.
    app.chat("demo", "wes", "thanks, it's about my booking");
    assertThat(handling("wes")).isEqualTo("person 2026-11-23T07:10:00Z");

    // Given back: the bot's again, and a new request for a person waits.
    assertThat(owner().post("/api/conversations/" + bea + "/release", "{}").status())
        .isEqualTo(200);
    assertThat(handling("bea")).isEqualTo("bot null");
    app.clock().advance(Duration.ofMinutes(1));
    app.say("bea", "I want to talk to a human");
    assertThat(handling("bea")).isEqualTo("waiting 2026-11-23T07:11:00Z");
  }

  @Test
  void another_business_key_sees_none_of_it() {
    app.say("wes", "I want to talk to a human");
    long wes = listed("wes").get("id").asLong();
    owner().post("/api/conversations/" + wes + "/handoff", "{}");
    var other = app.as(IsolationMatrixTest.create(app, "other-shop"));

    var list = other.get("/api/conversations?status=handoff");
    assertThat(list.status()).as(list.body()).isEqualTo(200);
    assertThat(list.json().get("conversations")).isEmpty();
    var read = other.get("/api/conversations/" + wes + "/messages");
    assertThat(read.status()).as(read.body()).isEqualTo(404);
    assertThat(read.json().get("error").asText()).isEqualTo("not_found");
    assertThat(read.body()).doesNotContain("handledBy", "person");
  }
}
