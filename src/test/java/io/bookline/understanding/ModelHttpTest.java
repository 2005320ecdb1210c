package io.bookline.understanding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.openai.client.OpenAIClient;
import com.openai.errors.OpenAIInvalidDataException;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import io.bookline.config.LlmConfig;
import io.bookline.support.FakeLlm;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The model's HTTP transport keeps the connection of every call made at once open for the next
 * calls (P4 of issue 17: with OkHttp's default pool of 5 idle connections, most of 400 concurrent
 * calls opened a new one). Real HTTP to a fake OpenAI-compatible server.
 */
class ModelHttpTest {
  /** More calls at once than OkHttp's default pool keeps idle (5). */
  static final int AT_ONCE = 12;

  static final ChatCompletionCreateParams HELLO =
      ChatCompletionCreateParams.builder().model("fake-model").addUserMessage("hello").build();

  static LlmConfig config(FakeLlm llm) {
    return new LlmConfig(
        Optional.empty(),
        Optional.of(llm.baseUrl()),
        "fake-model",
        Duration.ofSeconds(10),
        Duration.ofSeconds(15),
        1,
        10,
        Duration.ofSeconds(30),
        true);
  }

  @Test
  void connections_of_calls_made_at_once_stay_open_for_the_next_calls() throws Exception {
    CountDownLatch allArrived = new CountDownLatch(AT_ONCE);
    ModelHttp http = new ModelHttp(Duration.ofSeconds(10));
    try (FakeLlm llm = new FakeLlm();
        ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      // Each answer waits until all calls have arrived: they are in flight at once.
      llm.always(
          (ctx, request) -> {
            allArrived.countDown();
            allArrived.await(10, TimeUnit.SECONDS);
            FakeLlm.toolCall("{\"intent\": \"greeting\"}").answer(ctx, request);
          });
      OpenAIClient client = http.openAi(config(llm));

      calls(client, threads);
      assertThat(allArrived.getCount()).isZero();
      assertThat(http.idleConnections()).isEqualTo(AT_ONCE);

      calls(client, threads);
      assertThat(http.connections()).as("no new connection for the next calls").isEqualTo(AT_ONCE);
      assertThat(llm.received()).hasSize(2 * AT_ONCE);
    } finally {
      http.close();
    }
  }

  @Test
  void an_answer_longer_than_the_limit_is_an_unreadable_answer_whether_its_length_is_told_or_not()
      throws Exception {
    ModelHttp http = new ModelHttp(Duration.ofSeconds(10));
    String prose = "x".repeat((int) ModelHttp.MAX_ANSWER_BYTES + 1);
    try (FakeLlm llm = new FakeLlm()) {
      OpenAIClient client = http.openAi(config(llm));
      llm.then(
          (ctx, request) -> {
            // Content-Length told: refused at the first read.
            byte[] body =
                ("{\"choices\":[{\"message\":{\"content\":\"" + prose + "\"}}]}")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            ctx.disableCompression();
            ctx.contentType("application/json");
            ctx.header("Content-Length", String.valueOf(body.length));
            ctx.result(body);
          },
          (ctx, request) -> {
            // Streamed: no Content-Length, the limit is found while reading.
            ctx.contentType("application/json");
            ctx.result(
                new java.io.ByteArrayInputStream(
                    ("{\"choices\":[{\"message\":{\"content\":\"" + prose + "\"}}]}")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
          });
      for (int i = 0; i < 2; i++) {
        assertThatThrownBy(() -> client.chat().completions().create(HELLO))
            .isInstanceOf(OpenAIInvalidDataException.class)
            .satisfies(
                e ->
                    assertThat(OpenAiFailures.describe((RuntimeException) e))
                        .isEqualTo("answer too large"));
      }
      llm.then(FakeLlm.raw(503, "{\"error\":{\"message\":\"" + prose + "\"}}"));
      assertThatThrownBy(() -> client.chat().completions().create(HELLO))
          .as("an error's long body does not hide its status")
          .satisfies(
              e -> assertThat(OpenAiFailures.describe((RuntimeException) e)).isEqualTo("HTTP 503"));
    } finally {
      http.close();
    }
  }

  private static void calls(OpenAIClient client, ExecutorService threads) throws Exception {
    List<Future<?>> calls = new ArrayList<>();
    for (int i = 0; i < AT_ONCE; i++) {
      calls.add(threads.submit(() -> client.chat().completions().create(HELLO)));
    }
    for (Future<?> call : calls) {
      assertThat(call.get()).isNotNull();
    }
  }
}
