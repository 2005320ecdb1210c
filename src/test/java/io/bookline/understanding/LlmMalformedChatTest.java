package io.bookline.understanding;

import static io.bookline.db.Schema.Inbox;
import static io.bookline.db.Schema.Messages;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bookline.support.FakeLlm;
import io.bookline.support.FakePlatform;
import io.bookline.support.TestApp;
import io.bookline.support.TestPostgres;
import io.bookline.support.WhatsApp;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * QA's finding end to end: a model server that answers HTTP 200 with {@code {}} (or a completion
 * without {@code model}) once made the web chat answer 500 and left a WhatsApp message unanswered
 * through five inbox retries. The customer is answered by the rules at once on both, and text a
 * model sends that Postgres cannot store never makes a turn fail.
 */
class LlmMalformedChatTest {
  static final Duration WAIT = Duration.ofSeconds(20);
  static final ObjectMapper JSON = new ObjectMapper();
  static final String HOURS = "We're open Mon–Fri";

  FakeLlm llm;
  FakePlatform platform;
  TestApp app;

  @BeforeEach
  void start() {
    llm = new FakeLlm();
    platform = new FakePlatform();
    Map<String, String> env = new HashMap<>(WhatsApp.env(platform));
    env.put("DATABASE_URL", TestPostgres.freshDatabase());
    env.putAll(llm.settings());
    app = TestApp.start(TestApp.mondayMorning(), env);
  }

  @AfterEach
  void stop() {
    app.close();
    platform.close();
    llm.close();
  }

  DSLContext db() {
    return app.app().database().dsl();
  }

  JsonNode metaOfLastInbound() throws Exception {
    return JSON.readTree(
        db().select(Messages.METADATA)
            .from(Messages.T)
            .where(Messages.DIRECTION.eq("in"))
            .orderBy(Messages.ID.desc())
            .limit(1)
            .fetchSingle(Messages.METADATA)
            .data());
  }

  @Test
  void web_chat_gets_the_rules_answer_when_the_model_answers_an_empty_object() throws Exception {
    llm.always(FakeLlm.raw(200, "{}"));
    var r = app.chat("demo", "wendy", "what are your opening hours?");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().get("replies").get(0).get("text").asText()).startsWith(HOURS);
    JsonNode meta = metaOfLastInbound();
    assertThat(meta.get("understanding").asText()).isEqualTo("rules");
    assertThat(meta.get("fallbackReason").asText()).isEqualTo("malformed answer");
  }

  @Test
  void a_whatsapp_message_is_answered_by_the_rules_on_its_first_attempt() {
    llm.always(
        FakeLlm.raw(
            200,
            "{\"id\":\"x\",\"object\":\"chat.completion\",\"created\":1,\"choices\":[{\"index\":0,"
                + "\"message\":{\"role\":\"assistant\",\"content\":\"hi\"},\"finish_reason\":"
                + "\"stop\"}]}"));
    byte[] body =
        WhatsApp.text(
            "wamid.HOURS1",
            "4915112345678",
            "what are your opening hours?",
            app.clock().instant().getEpochSecond());
    assertThat(WhatsApp.post(app, body).status()).isEqualTo(200);

    await().atMost(WAIT).until(() -> !platform.calls("whatsapp").isEmpty());
    var reply = platform.calls("whatsapp").get(0).body();
    assertThat(reply.path("to").asText()).isEqualTo("4915112345678");
    // The hours come with option buttons: an interactive message.
    assertThat(reply.path("interactive").path("body").path("text").asText()).startsWith(HOURS);
    var row =
        db().select(Inbox.STATUS, Inbox.ATTEMPTS, Inbox.LAST_ERROR)
            .from(Inbox.T)
            .where(Inbox.PLATFORM_MESSAGE_ID.eq("wamid.HOURS1"))
            .fetchSingle();
    assertThat(row.value1()).isEqualTo("done");
    assertThat(row.value2()).as("no failed attempt before it").isZero();
    assertThat(row.value3()).isNull();
  }

  @Test
  void an_answer_without_a_model_name_is_recorded_under_the_configured_one() {
    llm.always(
        FakeLlm.raw(
            200,
            "{\"choices\":[{\"message\":{\"tool_calls\":[{\"id\":\"c\",\"type\":\"function\","
                + "\"function\":{\"name\":\"read_message\",\"arguments\":\"{\\\"intent\\\":"
                + "\\\"ask_hours\\\"}\"}}]}}]}"));
    assertThat(app.say("nina", "when are you open?")).startsWith(HOURS);
    var in =
        db().select(Messages.PROVIDER, Messages.MODEL)
            .from(Messages.T)
            .where(Messages.DIRECTION.eq("in"))
            .fetchSingle();
    assertThat(in.value1()).isEqualTo("llm");
    assertThat(in.value2()).isEqualTo("fake-model");
  }

  @Test
  void text_postgres_cannot_store_is_cleaned_before_it_is_recorded() throws Exception {
    // A NUL in the model's name and in fields it invented: Postgres's text and jsonb refuse both.
    llm.always(
        FakeLlm.raw(
            200,
            "{\"model\":\"fake\\u0000model\",\"choices\":[{\"message\":{\"tool_calls\":[{\"id\":"
                + "\"c\",\"type\":\"function\",\"function\":{\"name\":\"read_message\","
                + "\"arguments\":\"{\\\"intent\\\":\\\"ask_hours\\\",\\\"staff\\\":"
                + "\\\"No\\\\u0000body\\\",\\\"\\\\u0000\\\":1}\"}}]}}]}"));
    assertThat(app.say("nul", "when are you open?")).startsWith(HOURS);
    assertThat(
            db().select(Messages.MODEL)
                .from(Messages.T)
                .where(Messages.DIRECTION.eq("in"))
                .fetchSingle(Messages.MODEL))
        .isEqualTo("fakemodel");
    assertThat(metaOfLastInbound().get("rejected").toString())
        .isEqualTo("[\" (not in the schema)\",\"staff 'Nobody' is not in the catalog\"]");
  }

  @Test
  void a_model_that_invents_many_long_fields_is_quoted_short() throws Exception {
    StringBuilder args = new StringBuilder("{\"intent\":\"ask_hours\"");
    for (int i = 0; i < 100; i++) {
      args.append(",\"").append(i).append("x".repeat(500)).append("\":1");
    }
    args.append('}');
    llm.always(FakeLlm.toolCall(args.toString()));
    assertThat(app.say("max", "when are you open?")).startsWith(HOURS);
    JsonNode rejected = metaOfLastInbound().get("rejected");
    assertThat(rejected).hasSize(21);
    assertThat(rejected.get(0).asText()).hasSize(201).startsWith("0xxx").endsWith("x…");
    assertThat(rejected.get(20).asText()).isEqualTo("and 80 more");
  }
}
