package io.bookline.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.bookline.support.TestApp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A conversation's stored place survives a deploy and a rollback, over the web chat on Postgres: a
 * value a newer release wrote (an enum value this one does not know) and a handoff a person has
 * written in are read without failing the turn or changing what the customer hears. Each stored
 * state is read by a second instance, whose cache has never seen it, so it comes from Postgres as
 * after a deploy.
 */
class SessionsAcrossReleasesTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  DSLContext db() {
    return app.app().database().dsl();
  }

  /** Review finding: {@code "answered":"STAFF"} read by the build before set the message aside. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {"goal", "awaiting", "qualifier", "partOfDay", "language", "answered", "slots"})
  void an_enum_value_from_a_newer_release_does_not_fail_the_turn(String field) {
    app.say("newer", "I'd like a manicure tomorrow after 4");
    String unknown = "\"FROM_A_NEWER_RELEASE\"";
    String value =
        field.equals("slots")
            ? "{\"qualifier\":" + unknown + ",\"partOfDay\":" + unknown + "}"
            : unknown;
    db().execute(
            "update sessions set state = jsonb_set(state, '{" + field + "}', ?::jsonb)", value);
    TestApp other = app.secondInstance();
    TestApp.Response answer = other.chat("demo", "newer", "what are your opening hours?");
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(texts(answer.json().path("replies"))).as(answer.body()).isNotEmpty();
    assertThat(db().fetchValue("select count(*) from inbox where status <> 'done'"))
        .as("nothing set aside")
        .isEqualTo(0L);
  }

  /**
   * A handoff a person has written in, as the release before stored it ({@code "personIn":true}),
   * stays quiet after the deploy while the person is talking with the customer.
   */
  @Test
  void a_handoff_a_person_has_written_in_stays_quiet_after_a_deploy() {
    app.say("older", "I want to talk to a person");
    app.clock().advance(Duration.ofMinutes(5));
    long conversation = ((Number) db().fetchValue("select id from conversations")).longValue();
    var reply =
        app.as(TestApp.ADMIN_KEY, "demo")
            .post(
                "/api/conversations/" + conversation + "/reply",
                "{\"text\":\"Hi, Anna here. How can I help?\"}");
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    assertThat(db().fetchValue("select state->>'personIn' from sessions")).isEqualTo("true");
    app.clock().advance(Duration.ofMinutes(5));
    TestApp other = app.secondInstance();
    TestApp.Response answer = other.chat("demo", "older", "can I bring my daughter?");
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(texts(answer.json().path("replies"))).as("a person wrote 5 minutes ago").isEmpty();
  }

  @Test
  void a_handoff_nobody_has_answered_yet_is_still_told_it_reached_the_team() {
    app.say("waiting", "I want to talk to a person");
    app.clock().advance(Duration.ofMinutes(5));
    TestApp other = app.secondInstance();
    TestApp.Response answer = other.chat("demo", "waiting", "hello?");
    assertThat(texts(answer.json().path("replies")))
        .singleElement()
        .asString()
        .startsWith("Your message has reached the team.");
  }

  static List<String> texts(JsonNode replies) {
    List<String> out = new ArrayList<>();
    replies.forEach(r -> out.add(r.path("text").asText()));
    return out;
  }
}
