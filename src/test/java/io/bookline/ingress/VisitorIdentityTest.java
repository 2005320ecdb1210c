package io.bookline.ingress;

import static io.bookline.db.Schema.Bookings;
import static io.bookline.db.Schema.Inbox;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bookline.channel.web.VisitorTokens;
import io.bookline.support.TestApp;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The web chat knows a visitor by the signed token it hands out (issue 14 finding 4, ADR 0020): a
 * second client cannot read or cancel the first one's bookings by naming its user id, forging its
 * token or replaying one signed with another key; a userId counts only with the business's key.
 */
class VisitorIdentityTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  static final ObjectMapper JSON = new ObjectMapper();

  /** A browser: keeps cookies, sends only what a page would send. */
  final class Browser {
    final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    final String base;
    HttpResponse<String> last;

    Browser(TestApp instance) {
      this.base = instance.base();
    }

    Browser() {
      this(app);
    }

    JsonNode send(ObjectNode body, Map<String, String> headers) {
      try {
        HttpRequest.Builder b =
            HttpRequest.newBuilder(URI.create(base + "/webhooks/web/demo"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        headers.forEach(b::header);
        last = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return JSON.readTree(last.body());
      } catch (IOException e) {
        throw new IllegalStateException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    JsonNode history(Map<String, String> headers) {
      return history("", headers);
    }

    JsonNode history(String query, Map<String, String> headers) {
      try {
        HttpRequest.Builder b =
            HttpRequest.newBuilder(URI.create(base + "/webhooks/web/demo/history" + query))
                .timeout(Duration.ofSeconds(60))
                .GET();
        headers.forEach(b::header);
        last = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return JSON.readTree(last.body());
      } catch (IOException e) {
        throw new IllegalStateException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    JsonNode send(ObjectNode body) {
      return send(body, Map.of());
    }

    String say(String text) {
      JsonNode answer = send(JSON.createObjectNode().put("text", text));
      assertThat(last.statusCode()).as(last.body()).isEqualTo(200);
      return answer.get("replies").get(0).get("text").asText();
    }
  }

  static ObjectNode text(String text) {
    return JSON.createObjectNode().put("text", text);
  }

  /** A browser that booked a basic manicure tomorrow at 10 under "Alice"; returns its token. */
  String booked(Browser alice) {
    alice.say("basic manicure tomorrow at 10");
    alice.say("Alice");
    assertThat(alice.say("yes")).startsWith("Booked!");
    return alice.send(text("my appointments")).get("visitor").asText();
  }

  @Test
  void the_first_answer_hands_out_a_signed_visitor_token_as_field_and_http_only_cookie() {
    Browser b = new Browser();
    JsonNode first = b.send(text("hi"));
    String token = first.get("visitor").asText();
    assertThat(token).matches("v1\\.v_[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}");
    List<String> cookies = b.last.headers().allValues("Set-Cookie");
    assertThat(cookies)
        .containsExactly(
            "bookline_visitor="
                + token
                + "; Path=/webhooks/web/demo; Max-Age=34560000; HttpOnly; SameSite=Lax");
    // The cookie alone carries the visitor on: the same token, the same conversation.
    assertThat(b.send(text("prices?")).get("visitor").asText()).isEqualTo(token);
    assertThat(
            app.app().database().dsl().selectDistinct(Inbox.CONVERSATION_KEY).from(Inbox.T).fetch())
        .hasSize(1);
  }

  @Test
  void behind_an_https_proxy_the_cookie_is_secure() {
    Browser b = new Browser();
    b.send(text("hi"), Map.of("X-Forwarded-Proto", "https"));
    assertThat(b.last.headers().firstValue("Set-Cookie").orElseThrow()).endsWith("; Secure");
  }

  @Test
  void a_second_client_naming_the_first_ones_user_id_can_neither_list_nor_cancel_its_booking() {
    Browser alice = new Browser();
    String token = booked(alice);
    String aliceId = token.split("\\.")[1];
    int inboxBefore = app.app().database().dsl().fetchCount(Inbox.T);

    // The audit's attack: another client names the user id. Refused, nothing recorded.
    Browser mallory = new Browser();
    JsonNode named = mallory.send(text("my appointments").put("userId", aliceId));
    assertThat(mallory.last.statusCode()).isEqualTo(401);
    assertThat(named.get("error").asText()).isEqualTo("unauthorized");
    JsonNode cancel = mallory.send(text("cancel my appointment").put("userId", aliceId));
    assertThat(mallory.last.statusCode()).isEqualTo(401);
    assertThat(cancel.get("message").asText()).contains("business's key");
    assertThat(app.app().database().dsl().fetchCount(Inbox.T)).isEqualTo(inboxBefore);

    // A token with Alice's id but no valid signature, or signed with another secret, makes a
    // new visitor with nothing booked.
    String forged = "v1." + aliceId + ".AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
    String otherKey =
        new VisitorTokens("another-secret-0123456789-0123456789".getBytes(), new SecureRandom())
            .token(1, aliceId);
    for (String fake : List.of(forged, otherKey, token + "x", aliceId)) {
      Browser m = new Browser();
      JsonNode answer = m.send(text("cancel my appointment").put("visitor", fake));
      assertThat(m.last.statusCode()).isEqualTo(200);
      assertThat(answer.get("replies").get(0).get("text").asText())
          .as(fake)
          .startsWith("You have no upcoming appointments to change.");
      assertThat(answer.get("visitor").asText()).doesNotContain(aliceId);
    }
    // Alice's booking stands, and she still sees it.
    assertThat(app.app().database().dsl().fetchCount(Bookings.T, Bookings.STATUS.eq("confirmed")))
        .isEqualTo(1);
    assertThat(alice.say("my appointments")).startsWith("Your upcoming appointment:");
  }

  @Test
  void the_token_in_the_body_is_honoured_on_another_instance_with_the_same_secret() {
    Browser alice = new Browser();
    String token = booked(alice);
    TestApp second = app.secondInstance();
    Browser elsewhere = new Browser(second);
    JsonNode there = elsewhere.send(text("my appointments").put("visitor", token));
    assertThat(elsewhere.last.statusCode()).isEqualTo(200);
    assertThat(there.get("replies").get(0).get("text").asText())
        .startsWith("Your upcoming appointment:");
    assertThat(there.get("visitor").asText()).isEqualTo(token);
  }

  @Test
  void a_user_id_counts_with_the_business_key_or_the_operator_key_and_no_other() {
    var issued = app.as(TestApp.ADMIN_KEY, "demo").post("/api/keys", "{\"label\":\"app\"}");
    assertThat(issued.status()).as(issued.body()).isEqualTo(201);
    String demoKey = issued.json().get("apiKey").asText();
    var other =
        app.as(TestApp.ADMIN_KEY, null)
            .post(
                "/api/businesses",
                "{\"slug\":\"other\",\"name\":\"Other\",\"timeZone\":\"Europe/Berlin\"}");
    assertThat(other.status()).as(other.body()).isEqualTo(201);
    String otherKey = other.json().get("apiKey").asText();

    Browser app1 = new Browser();
    JsonNode vouched =
        app1.send(
            text("basic manicure tomorrow at 10").put("userId", "member-42"),
            Map.of("Authorization", "Bearer " + demoKey));
    assertThat(app1.last.statusCode()).as(app1.last.body()).isEqualTo(200);
    assertThat(vouched.has("visitor")).isFalse();
    assertThat(app1.last.headers().firstValue("Set-Cookie")).isEmpty();
    assertThat(
            app.app()
                .database()
                .dsl()
                .fetchCount(Inbox.T, Inbox.CONVERSATION_KEY.like("%member-42")))
        .isEqualTo(1);

    for (String wrong : List.of(otherKey, "bk_not-a-key", "test-admin-key-wrong")) {
      Browser b = new Browser();
      JsonNode refused =
          b.send(text("hi").put("userId", "member-42"), Map.of("Authorization", "Bearer " + wrong));
      assertThat(b.last.statusCode()).as(wrong).isEqualTo(401);
      assertThat(refused.get("message").asText()).doesNotContain(wrong);
    }
    Browser operator = new Browser();
    operator.send(
        text("hi").put("userId", "member-42"),
        Map.of("Authorization", "Bearer " + TestApp.ADMIN_KEY));
    assertThat(operator.last.statusCode()).isEqualTo(200);
    // A business may not name its users like the server's visitors.
    Browser squatter = new Browser();
    squatter.send(
        text("hi").put("userId", "v_AAAAAAAAAAAAAAAAAAAAAA"),
        Map.of("Authorization", "Bearer " + demoKey));
    assertThat(squatter.last.statusCode()).isEqualTo(400);
  }

  @Test
  void the_history_shows_a_visitor_its_own_conversation_and_anyone_else_only_the_greeting() {
    Browser alice = new Browser();
    JsonNode fresh = alice.history(Map.of());
    assertThat(fresh.get("greeting").asBoolean()).isTrue();
    String token = fresh.get("visitor").asText();
    // The identity is handed out before the first message, so that message can be retried.
    assertThat(alice.last.headers().firstValue("Set-Cookie").orElseThrow())
        .startsWith("bookline_visitor=" + token + ";");
    assertThat(booked(alice)).isEqualTo(token);

    JsonNode hers = alice.history(Map.of());
    assertThat(hers.get("greeting").asBoolean()).isFalse();
    assertThat(hers.get("messages").get(0).get("from").asText()).isEqualTo("customer");
    assertThat(hers.get("messages").get(0).get("text").asText())
        .isEqualTo("basic manicure tomorrow at 10");
    assertThat(hers.toString()).contains("Booked!");
    // A note for the owner in the same conversation never reaches the visitor.
    var db = app.app().database().dsl();
    db.execute(
        "insert into messages (conversation_id, direction, content_text, provider, metadata)"
            + " select max(conversation_id), 'out', 'Reminder for booking 1 not sent: no template',"
            + " 'reminder', '{\"author\": \"system\"}'::jsonb from messages");
    assertThat(alice.history(Map.of()).toString()).doesNotContain("not sent");

    String aliceId = token.split("\\.")[1];
    for (String fake : List.of("v1." + aliceId + ".AAAA", aliceId, token.replace("v1.", "v2."))) {
      Browser mallory = new Browser();
      JsonNode seen = mallory.history(Map.of("X-Bookline-Visitor", fake));
      assertThat(mallory.last.statusCode()).isEqualTo(200);
      assertThat(seen.get("greeting").asBoolean()).as(fake).isTrue();
      assertThat(seen.toString()).doesNotContain("Alice", "Booked!", aliceId);
    }
    // The greeting is not stored: nobody said anything.
    assertThat(app.app().database().dsl().fetchCount(Inbox.T)).isEqualTo(4);
  }

  @Test
  void an_open_page_asks_for_the_lines_after_the_last_it_knows_and_whether_a_person_has_the_chat() {
    Browser alice = new Browser();
    booked(alice);
    JsonNode all = alice.history(Map.of());
    assertThat(all.get("withPerson").asBoolean()).isFalse();
    JsonNode lines = all.get("messages");
    long third = lines.get(2).get("id").asLong();
    JsonNode later = alice.history("?after=" + third, Map.of());
    assertThat(later.get("greeting").asBoolean()).isFalse();
    assertThat(later.get("messages")).hasSize(lines.size() - 3);
    assertThat(later.get("messages").get(0).get("id").asLong())
        .isEqualTo(lines.get(3).get("id").asLong());
    long newest = lines.get(lines.size() - 1).get("id").asLong();
    assertThat(alice.history("?after=" + newest, Map.of()).get("messages")).isEmpty();

    alice.say("I want to talk to a person");
    JsonNode waiting = alice.history("?after=" + newest, Map.of());
    assertThat(waiting.get("withPerson").asBoolean()).isTrue();
    assertThat(waiting.get("messages")).hasSize(2);
    assertThat(waiting.get("messages").get(0).get("text").asText())
        .isEqualTo("I want to talk to a person");

    // Someone else's page learns nothing, not even that there is a conversation.
    Browser mallory = new Browser();
    JsonNode theirs = mallory.history("?after=0", Map.of());
    assertThat(theirs.get("messages")).isEmpty();
    assertThat(theirs.get("withPerson").asBoolean()).isFalse();

    for (String bad : List.of("abc", "-1", "1.5", "99999999999999999999")) {
      JsonNode refused = alice.history("?after=" + bad, Map.of());
      assertThat(alice.last.statusCode()).as(bad).isEqualTo(400);
      assertThat(refused.get("message").asText()).contains("after must be a message id");
    }
  }
}
