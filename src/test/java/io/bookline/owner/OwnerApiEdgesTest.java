package io.bookline.owner;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Owner tester, smaller findings, over HTTP on Postgres: a staff reply is a conversation's newest
 * message in the list; the years 2000 and 2999 are bookable range bounds and an error echoes what
 * was sent; a method a path does not take is 405 with {@code Allow}; a non-string text to the NLU
 * parser says it must be a string.
 */
class OwnerApiEdgesTest {
  @RegisterExtension static final TestApp app = TestApp.onFreshDatabase();

  static TestApp.Caller owner() {
    return app.as(TestApp.ADMIN_KEY, "demo");
  }

  @Test
  void a_staff_reply_moves_the_conversation_s_last_message_time() {
    app.chat("demo", "ines", "I want to talk to a person");
    // The second message sets the time from the app's clock (a new row takes Postgres's now()).
    app.chat("demo", "ines", "hello?");
    var before = owner().get("/api/conversations").json().get("conversations").get(0);
    long id = before.get("id").asLong();
    OffsetDateTime customerWrote = OffsetDateTime.parse(before.get("lastMessageAt").asText());
    app.clock().advance(Duration.ofMinutes(7));

    var reply = owner().post("/api/conversations/" + id + "/reply", "{\"text\":\"Hi Ines\"}");
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);

    var after = owner().get("/api/conversations").json().get("conversations").get(0);
    assertThat(after.get("id").asLong()).isEqualTo(id);
    assertThat(OffsetDateTime.parse(after.get("lastMessageAt").asText()))
        .isEqualTo(customerWrote.plusMinutes(7));
    assertThat(after.get("lastMessage").get("author").asText()).isEqualTo("staff");
  }

  @Test
  void the_first_and_last_days_of_the_years_allowed_are_valid_bounds_and_errors_echo_the_input() {
    var all = owner().get("/api/bookings?from=2000-01-01&to=2999-12-31");
    assertThat(all.status()).as(all.body()).isEqualTo(200);
    var local = owner().get("/api/bookings?from=2000-01-01T00:00&to=2999-12-31T23:30");
    assertThat(local.status()).as(local.body()).isEqualTo(200);

    var early = owner().get("/api/bookings?from=1999-12-31");
    assertThat(early.status()).as(early.body()).isEqualTo(400);
    assertThat(early.body())
        .contains("'1999-12-31' is not between the years 2000 and 2999")
        .doesNotContain("T00:00");
    var late = owner().get("/api/bookings?to=3000-01-01");
    assertThat(late.status()).as(late.body()).isEqualTo(400);
    assertThat(late.body()).contains("'3000-01-01' is not between the years 2000 and 2999");
  }

  @Test
  void a_method_the_path_does_not_take_is_405_with_allow() throws Exception {
    HttpResponse<String> put =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(app.base() + "/api/bookings/1"))
                    .header("Authorization", "Bearer " + TestApp.ADMIN_KEY)
                    .header("X-Bookline-Business", "demo")
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(put.statusCode()).as(put.body()).isEqualTo(405);
    assertThat(put.headers().firstValue("Allow")).hasValue("GET, PATCH");
    assertThat(put.body())
        .contains("\"error\":\"method_not_allowed\"")
        .contains("PUT is not allowed on /api/bookings/1; it takes GET, PATCH");
    assertThat(owner().get("/api/no-such-thing").status()).isEqualTo(404);
  }

  @Test
  void a_text_that_is_not_a_string_is_named_as_such() {
    var number = owner().post("/api/nlu/parse", "{\"text\":5}");
    assertThat(number.status()).as(number.body()).isEqualTo(400);
    assertThat(number.json().get("message").asText())
        .isEqualTo("text must be a string such as \"tomorrow at 4\", not number");
    var missing = owner().post("/api/nlu/parse", "{}");
    assertThat(missing.json().get("message").asText())
        .isEqualTo("text is missing; expected a string");
  }
}
