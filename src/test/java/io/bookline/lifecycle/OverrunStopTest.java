package io.bookline.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.bookline.App;
import io.bookline.support.ChildJvm;
import io.bookline.support.FakeLlm;
import io.bookline.support.FakePlatform;
import io.bookline.support.TestApp;
import io.bookline.support.TestPostgres;
import io.bookline.support.WhatsApp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Ops review: a stop that ran past SHUTDOWN_TIMEOUT logged ERRORs with stack traces. Turns still
 * waiting for a slow model when the budget ends are given up (they are answered after the next
 * start); the log says so in one WARN line naming what was still running, without a trace.
 */
class OverrunStopTest {
  final FakePlatform platform = new FakePlatform();
  final FakeLlm llm = new FakeLlm();
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @AfterEach
  void stop() {
    platform.close();
    llm.close();
  }

  @Test
  void a_stop_past_its_budget_logs_one_warning_naming_what_ran_and_no_trace() throws Exception {
    llm.always(FakeLlm.slow(30_000, "{\"intent\": \"greeting\"}"));
    Map<String, String> env = new HashMap<>(WhatsApp.env(platform));
    env.put("DATABASE_URL", TestPostgres.freshDatabase());
    env.put("PORT", "0");
    env.put("BIND_ADDRESS", "127.0.0.1");
    env.put("BOOKLINE_ADMIN_KEY", TestApp.ADMIN_KEY);
    env.put("BOOKLINE_SECRET_KEY", TestApp.SECRET_KEY);
    env.put("OPENAI_BASE_URL", llm.baseUrl());
    env.put("OPENAI_MODEL", "fake-model");
    env.put("LLM_TIMEOUT", "30s");
    env.put("LLM_TURN_BUDGET", "60s");
    env.put("SHUTDOWN_TIMEOUT", "2s");
    List<String> lines;
    try (ChildJvm app =
        ChildJvm.start(App.class, env, Files.createTempDirectory("bookline-overrun"))) {
      int port = GracefulShutdownTest.awaitUp(app);
      byte[] body =
          WhatsApp.text("wamid.overrun.1", "4930111", "hello", Instant.now().getEpochSecond());
      HttpRequest.Builder whatsapp =
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/webhooks/whatsapp"))
              .POST(HttpRequest.BodyPublishers.ofByteArray(body));
      WhatsApp.signed(body).forEach(whatsapp::header);
      assertThat(http.send(whatsapp.build(), HttpResponse.BodyHandlers.discarding()).statusCode())
          .isEqualTo(200);
      http.sendAsync(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/webhooks/web/demo"))
              .header("Content-Type", "application/json")
              .header("Authorization", "Bearer " + TestApp.ADMIN_KEY)
              .POST(HttpRequest.BodyPublishers.ofString("{\"userId\": \"ada\", \"text\": \"hi\"}"))
              .build(),
          HttpResponse.BodyHandlers.discarding());
      await().atMost(Duration.ofSeconds(30)).until(() -> llm.received().size() >= 2);
      lines = app.stop();
      System.out.println(String.join("\n", lines));
      assertThat(app.exitValue()).as("the graceful path, not the watchdog").isEqualTo(143);
    }
    List<String> stopping =
        lines.subList(
            lines.indexOf(
                lines.stream().filter(l -> l.contains("stopping:")).findFirst().orElseThrow()),
            lines.size());
    assertThat(stopping).noneMatch(l -> l.contains(" ERROR "));
    assertThat(stopping)
        .as("no stack trace")
        .noneMatch(l -> l.startsWith("\tat ") || l.startsWith("Caused by"));
    List<String> warnings = stopping.stream().filter(l -> l.contains(" WARN ")).toList();
    assertThat(warnings).hasSize(1);
    assertThat(warnings.get(0)).contains("gave up waiting", "turn");
    assertThat(stopping.getLast()).contains("Bookline stopped in");
  }
}
