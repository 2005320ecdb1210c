package io.bookline.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A staff reply answers 201 (the message is in the outbox), and {@code /openapi.json} says so; it
 * documented a 200 (owner tester).
 */
class OpenApiReplyStatusTest {
  @RegisterExtension static final TestApp app = TestApp.onFreshDatabase();

  @Test
  void the_reply_is_documented_with_the_status_it_answers() {
    app.say("ivy", "I want to talk to a human");
    long id =
        app.as(TestApp.ADMIN_KEY, "demo")
            .get("/api/conversations")
            .json()
            .get("conversations")
            .get(0)
            .get("id")
            .asLong();
    var reply =
        app.as(TestApp.ADMIN_KEY, "demo")
            .post("/api/conversations/" + id + "/reply", "{\"text\": \"Hi, this is Anna.\"}");
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);

    var responses =
        app.get("/openapi.json")
            .json()
            .get("paths")
            .get("/api/conversations/{id}/reply")
            .get("post")
            .get("responses");
    assertThat(responses.has("201")).isTrue();
    assertThat(responses.has("200")).isFalse();
  }
}
