package io.bookline.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import com.openai.client.OpenAIClient;
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
