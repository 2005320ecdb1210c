package io.bookline.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bookline.App;
import io.bookline.support.ChildJvm;
import io.bookline.support.TestPostgres;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Finding 8 of issue 14 (ADR 0029), as the logs come out of a JVM configured like production: a
 * value with a line feed cannot forge a log line, and a Telegram token (in a URL, in an exception
 * message quoting the URL, in a query string) never reaches the output, in text or JSON.
 */
class LogSafetyTest {
  static final ObjectMapper JSON = new ObjectMapper();

  static Map<String, String> env(String format) {
    Map<String, String> env = new HashMap<>();
    System.getenv().entrySet().stream()
        .filter(e -> e.getKey().equals("HOME") || e.getKey().equals("PATH"))
        .forEach(e -> env.put(e.getKey(), e.getValue()));
    env.put("LOG_FORMAT", format);
    return env;
  }

  static List<String> run(String format, Path dir) throws InterruptedException {
    try (ChildJvm probe = ChildJvm.start(ForgeryProbe.class, env(format), dir)) {
      return probe.awaitExit();
    }
  }

  @Test
  void text_lines_escape_control_characters_and_hide_tokens(@TempDir Path dir) throws Exception {
    List<String> lines = run("text", dir);
    String all = String.join("\n", lines);
    assertThat(all).doesNotContain("AAE-leaky-token").doesNotContain("abcdef123");
    // Only lines the logger wrote start with a time stamp: the forged one is inside the first.
    List<String> entries =
        lines.stream().filter(l -> l.matches("^\\d{4}-\\d\\d-\\d\\dT.*")).toList();
    assertThat(entries).hasSize(3);
    assertThat(entries.get(0))
        .contains("WARN ")
        .endsWith(
            "unknown phone_number_id 555\\n2026-11-25T00:00:00.000+0000 ERROR OwnerAuth - admin key"
                + " accepted\\u001b[0m");
    assertThat(entries.get(1)).endsWith("- send failed");
    assertThat(all)
        .contains("java.lang.IllegalArgumentException: Illegal character in path at index 40:")
        .contains("https://api.telegram.org/bot***/sendMessage?access_token=***");
    assertThat(entries.get(2)).endsWith("called https://api.telegram.org/bot***/getMe");
    assertThat(lines.stream().filter(l -> l.contains("admin key accepted"))).hasSize(1);
  }

  /**
   * Ops review L5: on a server database (JSON logs bound for a log store) a generated operator key
   * (48 hex digits) is never printed; the log says the operator routes need {@code
   * BOOKLINE_ADMIN_KEY}.
   */
  @Test
  void a_server_without_an_admin_key_never_logs_the_key_it_made_up(@TempDir Path dir)
      throws Exception {
    Map<String, String> env = env("json");
    env.put("DATABASE_URL", TestPostgres.freshDatabase());
    env.put("PORT", "0");
    env.put("BIND_ADDRESS", "127.0.0.1");
    env.put("BOOKLINE_SECRET_KEY", "log-safety-secret-key-0123456789abcdef");
    List<String> lines;
    try (ChildJvm app = ChildJvm.start(App.class, env, dir)) {
      app.awaitLine(l -> l.contains("Bookline is up"), Duration.ofSeconds(300));
      lines = app.stop();
    }
    String all = String.join("\n", lines);
    assertThat(all).contains("Bookline is up").contains("BOOKLINE_ADMIN_KEY is not set");
    assertThat(lines).noneMatch(l -> l.matches(".*\\b[0-9a-f]{48}\\b.*"));
  }

  @Test
  void json_lines_hide_tokens_in_messages_and_stack_traces(@TempDir Path dir) throws Exception {
    List<String> lines =
        run("json", dir).stream()
            .filter(l -> l.contains("\"io.bookline.ingress.WebhookRoutes\""))
            .toList();
    assertThat(lines).hasSize(3);
    assertThat(String.join("\n", lines))
        .doesNotContain("AAE-leaky-token")
        .doesNotContain("abcdef123");
    JsonNode forged = JSON.readTree(lines.get(0));
    assertThat(forged.get("message").asText())
        .isEqualTo(
            "unknown phone_number_id 555\n2026-11-25T00:00:00.000+0000 ERROR OwnerAuth - admin key"
                + " accepted\u001b[0m");
    JsonNode failed = JSON.readTree(lines.get(1));
    assertThat(failed.get("stack_trace").asText())
        .contains("https://api.telegram.org/bot***/sendMessage?access_token=***");
    assertThat(JSON.readTree(lines.get(2)).get("message").asText())
        .isEqualTo("called https://api.telegram.org/bot***/getMe");
  }
}
