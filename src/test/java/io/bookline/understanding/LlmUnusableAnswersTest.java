package io.bookline.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bookline.support.FakeLlm;
import io.bookline.support.MutableClock;
import io.bookline.support.TestApp;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An endpoint that answers HTTP 200 with nothing Bookline can use is a failing endpoint: its
 * unusable answers open the circuit breaker like 5xx answers do, so a broken model is not asked
 * about every message forever. The real openai-java client over real HTTP.
 */
class LlmUnusableAnswersTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String GOOD =
      "{\"intent\":\"greeting\",\"service\":null,\"date\":null,\"time\":null,"
          + "\"time_qualifier\":null,\"part_of_day\":null,\"staff\":null,"
          + "\"customer_name\":null,\"choice\":null}";

  final MutableClock clock = TestApp.mondayMorning();
  FakeLlm llm;
  TestApp app;

  @BeforeEach
  void start() {
    llm = new FakeLlm();
    app = llm.startApp(clock, "LLM_MAX_ATTEMPTS", "1", "LLM_CIRCUIT_OPEN_FOR", "1s");
  }

  @AfterEach
  void stop() {
    app.close();
    llm.close();
  }

  static Arguments unusable(String name, String body, String reason) {
    return Arguments.of(Named.of(name, body), reason);
  }

  static Stream<Arguments> unusableAnswers() {
    return Stream.of(
        unusable("an empty object", "{}", "malformed answer"),
        unusable(
            "prose and no tool call",
            "{\"id\":\"x\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"m\","
                + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\","
                + "\"content\":\"Sure! Happy to help.\"},\"finish_reason\":\"stop\"}]}",
            "no tool call in the answer"),
        unusable(
            "a tool call whose arguments are no JSON object",
            "{\"id\":\"x\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"m\","
                + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":null,"
                + "\"tool_calls\":[{\"id\":\"c\",\"type\":\"function\",\"function\":"
                + "{\"name\":\"read_message\",\"arguments\":\"intent: book\"}}]},"
                + "\"finish_reason\":\"tool_calls\"}]}",
            "tool call arguments are not a JSON object"));
  }

  JsonNode parse(String text) {
    var r = app.postAdmin("/api/nlu/parse", "{\"text\": " + JSON.valueToTree(text) + "}");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unusableAnswers")
  void unusable_answers_open_the_circuit_and_a_good_one_closes_it(String body, String reason) {
    llm.always(FakeLlm.raw(200, body));
    for (int i = 0; i < 4; i++) {
      JsonNode r = parse("pedicure tomorrow at 10");
      assertThat(r.get("fallbackReason").asText()).as(r.toString()).isEqualTo(reason);
      assertThat(r.get("service").asText()).isEqualTo("Pedicure");
    }
    int asked = llm.received().size();

    JsonNode open = parse("pedicure tomorrow at 10");

    assertThat(open.get("fallbackReason").asText()).isEqualTo("circuit open");
    assertThat(open.get("service").asText()).as("the rules still answer").isEqualTo("Pedicure");
    assertThat(llm.received()).as("an open circuit sends nothing").hasSize(asked);

    clock.advance(Duration.ofMillis(1001));
    llm.always(FakeLlm.toolCall(GOOD));
    assertThat(parse("hi").get("understanding").asText()).isEqualTo("llm");
    assertThat(parse("hi").get("understanding").asText()).isEqualTo("llm");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unusableAnswers")
  void an_unusable_answer_to_the_trial_call_opens_the_circuit_again(String body, String reason) {
    llm.always(FakeLlm.raw(200, body));
    for (int i = 0; i < 4; i++) {
      parse("hi");
    }
    clock.advance(Duration.ofMillis(1001));
    assertThat(parse("hi").get("fallbackReason").asText()).isEqualTo(reason);
    int asked = llm.received().size();

    assertThat(parse("hi").get("fallbackReason").asText()).isEqualTo("circuit open");
    assertThat(llm.received()).hasSize(asked);
  }
}
