package io.bookline.understanding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bookline.support.FakeLlm;
import io.bookline.support.Fixtures;
import io.bookline.support.LogCapture;
import io.bookline.support.TestApp;
import io.bookline.support.TestPostgres;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Small local models through their OpenAI-compatible endpoints: recorded answer shapes of Ollama
 * and vLLM are read, and a server that refuses tool calls with a 400 is switched to JSON mode once.
 */
class LlmCompatibilityTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String TEXT = "can u squeeze me in for gel nails friday arvo, not before 3";
  FakeLlm llm;
  TestApp app;

  @BeforeEach
  void start() {
    llm = new FakeLlm();
    app =
        TestApp.start(
            TestApp.mondayMorning(),
            Map.of(
                "DATABASE_URL", TestPostgres.freshDatabase(),
                "OPENAI_BASE_URL", llm.baseUrl(),
                "LLM_STRICT_SCHEMA", "true"));
  }

  @AfterEach
  void stop() {
    app.close();
    llm.close();
  }

  static String fixture(String name) {
    return new String(Fixtures.resource("/fixtures/llm/" + name + ".json"), StandardCharsets.UTF_8);
  }

  JsonNode parse(String text) {
    var r = app.postAdmin("/api/nlu/parse", "{\"text\": " + JSON.valueToTree(text) + "}");
    assertEquals(200, r.status(), r.body());
    return r.json();
  }

  static void assertGelFridayAfter3(JsonNode r) {
    assertEquals("llm", r.get("understanding").asText(), r.toString());
    assertEquals("book", r.get("intent").asText(), r.toString());
    assertEquals("Gel Manicure", r.get("service").asText(), r.toString());
    assertEquals("2026-11-27", r.get("date").asText(), r.toString());
    assertEquals("15:00", r.get("time").asText(), r.toString());
    assertEquals("after", r.get("timeQualifier").asText(), r.toString());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {"ollama-tool-call", "ollama-json-mode", "vllm-tool-call", "vllm-content-prose"})
  void recorded_answer_shapes_of_local_servers_are_read(String name) {
    llm.always(FakeLlm.raw(200, fixture(name)));
    JsonNode r = parse(TEXT);
    assertGelFridayAfter3(r);
    assertFalse(r.has("rejected"), r.toString());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"vllm-400-tool-choice", "llamacpp-400-tool-choice"})
  void a_400_to_a_tool_call_switches_the_endpoint_to_json_mode_once(String refusal) {
    llm.always(
        (ctx, request) -> {
          if (request.has("tool_choice") || request.has("tools")) {
            FakeLlm.raw(400, fixture(refusal)).answer(ctx, request);
          } else {
            FakeLlm.raw(200, fixture("ollama-json-mode")).answer(ctx, request);
          }
        });
    try (LogCapture logs = new LogCapture()) {
      assertGelFridayAfter3(parse(TEXT));
      assertEquals(2, llm.received().size(), "the tool call, then the same prompt in JSON mode");
      assertGelFridayAfter3(parse(TEXT));
      assertGelFridayAfter3(parse(TEXT));
      assertEquals(4, llm.received().size(), "later messages go straight to JSON mode");
      for (var r : llm.received().subList(1, 4)) {
        JsonNode body = r.body();
        assertFalse(body.has("tools") || body.has("tool_choice"), body.toString());
        assertEquals("json_object", body.get("response_format").get("type").asText());
        String system = body.get("messages").get(0).get("content").asText();
        assertTrue(system.contains("\"customer_name\""), "the schema is in the prompt");
      }
      assertEquals(1, logs.mentioning("using JSON mode").size(), "logged once");
      assertEquals(1.0, app.app().metrics().counter("bookline.llm.json.mode.switches").count());
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"vllm-400-tool-choice"})
  void a_server_that_refuses_json_mode_too_stays_on_tool_calls_and_the_rules_answer(
      String refusal) {
    llm.always(FakeLlm.raw(400, fixture(refusal)));
    JsonNode r = parse(TEXT);
    assertEquals("rules", r.get("understanding").asText());
    assertEquals(2, llm.received().size());
    parse(TEXT);
    assertTrue(llm.received().get(2).body().has("tool_choice"), "not switched");
  }
}
