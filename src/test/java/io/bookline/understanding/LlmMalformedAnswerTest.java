package io.bookline.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bookline.support.FakeLlm;
import io.bookline.support.LogCapture;
import io.bookline.support.TestApp;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever a model server answers with HTTP 200 — any JSON or none, required fields missing, wrong
 * types, nulls where objects belong, a body far too large — is a model failure: the offline rules
 * answer, the failure is counted under its reason, and no exception leaves the understanding layer.
 * Fields Bookline does not use (the model's name, usage, finish reason) may be missing or odd
 * without losing a good tool call. The real openai-java client over real HTTP.
 */
class LlmMalformedAnswerTest {
  static final ObjectMapper JSON = new ObjectMapper();

  /** The rules read it: a pedicure tomorrow (Tue 24 Nov) at 10. */
  static final String RULES_TEXT = "pedicure tomorrow at 10";

  /** Only a model reads "arvo" as the afternoon; the rules alone do not. */
  static final String MODEL_TEXT = "can u squeeze me in for gel nails friday arvo, not before 3";

  static final String MALFORMED = "malformed answer";
  static final String NO_TOOL_CALL = "no tool call in the answer";
  static final String NOT_AN_OBJECT = "tool call arguments are not a JSON object";
  static final String TOO_LARGE = "answer too large";

  static final String ARGS =
      "{\"intent\":\"book\",\"service\":\"Gel Manicure\",\"date\":\"2026-11-27\",\"time\":\"15:00\","
          + "\"time_qualifier\":\"after\",\"part_of_day\":null,\"staff\":null,"
          + "\"customer_name\":null,\"choice\":null}";

  static FakeLlm llm;
  static TestApp app;

  /** One app for all cases: each reads one message and leaves nothing a later case sees. */
  @BeforeAll
  static void start() {
    llm = new FakeLlm();
    app = llm.startApp(TestApp.mondayMorning());
  }

  @AfterAll
  static void stop() {
    app.close();
    llm.close();
  }

  /**
   * Unusable answers count against the endpoint (the circuit opens at half the last ten calls,
   * {@link LlmUnusableAnswersTest}): two good answers before each case keep it closed, so each case
   * meets the model.
   */
  @BeforeEach
  void forget() {
    llm.always(FakeLlm.toolCall(ARGS));
    parse(MODEL_TEXT);
    parse(MODEL_TEXT);
    llm.reset();
  }

  static double count(String name, String... tags) {
    return app.app().metrics().counter(name, tags).count();
  }

  /** A chat completion around {@code choices}, every other field as OpenAI writes it. */
  static String completion(String choices) {
    return "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"created\":1764090000,"
        + "\"model\":\"fake-model\",\"choices\":"
        + choices
        + ",\"usage\":{\"prompt_tokens\":900,\"completion_tokens\":60,\"total_tokens\":960}}";
  }

  /** A completion whose first choice holds {@code message}. */
  static String message(String message) {
    return completion("[{\"index\":0,\"message\":" + message + ",\"finish_reason\":\"stop\"}]");
  }

  /** A completion whose message holds {@code toolCalls}. */
  static String toolCalls(String toolCalls) {
    return message("{\"role\":\"assistant\",\"content\":null,\"tool_calls\":" + toolCalls + "}");
  }

  /** A completion whose one tool call has {@code function}. */
  static String function(String function) {
    return toolCalls("[{\"id\":\"call_1\",\"type\":\"function\",\"function\":" + function + "}]");
  }

  static String quoted(String text) {
    return JSON.valueToTree(text).toString();
  }

  static Arguments unusable(String name, String body, String reason) {
    return Arguments.of(Named.of(name, body), reason);
  }

  static Stream<Arguments> unusableAnswers() {
    return Stream.of(
        unusable("an empty object", "{}", MALFORMED),
        unusable("JSON null", "null", MALFORMED),
        unusable("an array", "[]", MALFORMED),
        unusable("a string", "\"chat.completion\"", MALFORMED),
        unusable("a number", "42", MALFORMED),
        unusable("an empty body", "", MALFORMED),
        unusable("HTML", "<html>not json at all", MALFORMED),
        unusable("choices null", completion("null"), MALFORMED),
        unusable("choices an object", completion("{\"index\":0}"), MALFORMED),
        unusable("choices a string", completion("\"none\""), MALFORMED),
        unusable("a null choice", completion("[null]"), MALFORMED),
        unusable("a choice that is a number", completion("[7]"), MALFORMED),
        unusable(
            "a choice without a message",
            completion("[{\"index\":0,\"finish_reason\":\"stop\"}]"),
            MALFORMED),
        unusable("a null message", message("null"), MALFORMED),
        unusable("a message that is a string", message("\"hi\""), MALFORMED),
        unusable(
            "no model, prose (QA)",
            "{\"id\":\"x\",\"object\":\"chat.completion\",\"created\":1,\"choices\":[{\"index\":0,"
                + "\"message\":{\"role\":\"assistant\",\"content\":\"hi\"},\"finish_reason\":"
                + "\"stop\"}]}",
            NO_TOOL_CALL),
        unusable("no choices", completion("[]"), NO_TOOL_CALL),
        unusable("an empty message", message("{}"), NO_TOOL_CALL),
        unusable("tool calls null", toolCalls("null"), NO_TOOL_CALL),
        unusable("tool calls a string", toolCalls("\"read_message\""), NO_TOOL_CALL),
        unusable("a null tool call", toolCalls("[null]"), NO_TOOL_CALL),
        unusable("an empty tool call", toolCalls("[{}]"), NO_TOOL_CALL),
        unusable(
            "a tool call without its function",
            toolCalls("[{\"id\":\"call_1\",\"type\":\"function\"}]"),
            NO_TOOL_CALL),
        unusable("a null function", function("null"), NO_TOOL_CALL),
        unusable("a function that is a string", function("\"read_message\""), NO_TOOL_CALL),
        unusable(
            "a function without a name",
            function("{\"arguments\":" + quoted(ARGS) + "}"),
            NO_TOOL_CALL),
        unusable(
            "a function whose name is null",
            function("{\"name\":null,\"arguments\":" + quoted(ARGS) + "}"),
            NO_TOOL_CALL),
        unusable(
            "content a number", message("{\"role\":\"assistant\",\"content\":42}"), NO_TOOL_CALL),
        unusable(
            "content an array",
            message("{\"role\":\"assistant\",\"content\":[{\"intent\":\"book\"}]}"),
            NO_TOOL_CALL),
        unusable(
            "arguments null",
            function("{\"name\":\"read_message\",\"arguments\":null}"),
            NOT_AN_OBJECT),
        unusable("arguments missing", function("{\"name\":\"read_message\"}"), NOT_AN_OBJECT),
        unusable(
            "arguments a number",
            function("{\"name\":\"read_message\",\"arguments\":42}"),
            NOT_AN_OBJECT),
        unusable(
            "arguments an array of numbers",
            function("{\"name\":\"read_message\",\"arguments\":[1,2]}"),
            NOT_AN_OBJECT),
        unusable(
            "arguments empty",
            function("{\"name\":\"read_message\",\"arguments\":\"\"}"),
            NOT_AN_OBJECT),
        unusable(
            "a body of 2 MiB",
            message("{\"role\":\"assistant\",\"content\":\"" + "x".repeat(2 << 20) + "\"}"),
            TOO_LARGE));
  }

  JsonNode parse(String text) {
    var r = app.postAdmin("/api/nlu/parse", "{\"text\": " + quoted(text) + "}");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unusableAnswers")
  void an_unusable_answer_falls_back_to_the_rules_at_once(String body, String reason) {
    llm.always(FakeLlm.raw(200, body));
    double before = count("bookline.llm.fallbacks", "reason", reason);
    try (LogCapture logs = new LogCapture()) {
      JsonNode r = parse(RULES_TEXT);
      assertThat(r.get("understanding").asText()).as(r.toString()).isEqualTo("rules");
      assertThat(r.get("fallback").asBoolean()).isTrue();
      assertThat(r.get("fallbackReason").asText()).isEqualTo(reason);
      assertThat(r.get("service").asText()).isEqualTo("Pedicure");
      assertThat(r.get("date").asText()).isEqualTo("2026-11-24");
      assertThat(r.get("time").asText()).isEqualTo("10:00");
      assertThat(llm.received()).as("an answer is not asked for twice").hasSize(1);
      assertThat(count("bookline.llm.fallbacks", "reason", reason) - before).isEqualTo(1.0);
      assertThat(logs.events())
          .as("a model's answer is no error of ours")
          .noneMatch(e -> e.getLevel().isGreaterOrEqual(Level.ERROR));
    }
  }

  static Arguments odd(String name, String body, long promptTokens) {
    return Arguments.of(Named.of(name, body), promptTokens);
  }

  /** A good tool call with something odd in a field Bookline does not need. */
  static Stream<Arguments> oddButReadable() {
    String call =
        "[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":null,\"tool_calls\":"
            + "[{\"id\":\"call_1\",\"type\":\"function\",\"function\":{\"name\":\"read_message\","
            + "\"arguments\":"
            + quoted(ARGS)
            + "}}]},\"finish_reason\":\"tool_calls\"}]";
    String usage = ",\"usage\":{\"prompt_tokens\":900,\"completion_tokens\":60}";
    return Stream.of(
        odd("no model", "{\"id\":\"x\",\"choices\":" + call + usage + "}", 900),
        odd("model a number", "{\"model\":42,\"choices\":" + call + usage + "}", 900),
        odd("model null", "{\"model\":null,\"choices\":" + call + usage + "}", 900),
        odd("only choices", "{\"choices\":" + call + "}", 0),
        odd("usage a string", "{\"model\":\"m\",\"choices\":" + call + ",\"usage\":\"lots\"}", 0),
        odd(
            "usage tokens as words",
            "{\"model\":\"m\",\"choices\":"
                + call
                + ",\"usage\":{\"prompt_tokens\":\"many\",\"completion_tokens\":null}}",
            0),
        odd(
            "usage tokens below zero",
            "{\"model\":\"m\",\"choices\":"
                + call
                + ",\"usage\":{\"prompt_tokens\":-5,\"completion_tokens\":-1}}",
            0),
        odd(
            "id, object, created of other types",
            "{\"id\":5,\"object\":\"list\",\"created\":\"yesterday\",\"model\":\"m\",\"choices\":"
                + call
                + usage
                + "}",
            900),
        odd(
            "an unknown finish reason, no index, no role",
            "{\"model\":\"m\",\"choices\":"
                + call.replace("\"index\":0,", "")
                    .replace("\"role\":\"assistant\",", "")
                    .replace("\"tool_calls\"}]", "\"banana\"}]")
                + usage
                + "}",
            900),
        odd(
            "arguments as a JSON object, not a string",
            "{\"model\":\"m\",\"choices\":" + call.replace(quoted(ARGS), ARGS) + usage + "}",
            900));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("oddButReadable")
  void a_good_tool_call_is_read_whatever_the_fields_around_it_say(String body, long prompt) {
    llm.always(FakeLlm.raw(200, body));
    String[] tokens = {"kind", "prompt", "business", "demo"};
    double before = count("bookline.llm.tokens", tokens);
    JsonNode r = parse(MODEL_TEXT);
    assertThat(r.get("understanding").asText()).as(r.toString()).isEqualTo("llm");
    assertThat(r.get("service").asText()).isEqualTo("Gel Manicure");
    assertThat(r.get("date").asText()).isEqualTo("2026-11-27");
    assertThat(r.get("time").asText()).isEqualTo("15:00");
    assertThat(r.get("timeQualifier").asText()).isEqualTo("after");
    assertThat(count("bookline.llm.tokens", tokens) - before)
        .as("tokens as the server counted them; none when it did not say or said nonsense")
        .isEqualTo((double) prompt);
  }
}
