package io.bookline.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
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

/** What the logs look like, from JVMs started the way production starts them. */
class LogFormatTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Map<String, String> env(String format) {
    Map<String, String> env = new HashMap<>();
    System.getenv().entrySet().stream()
        .filter(e -> e.getKey().equals("HOME") || e.getKey().equals("PATH"))
        .forEach(e -> env.put(e.getKey(), e.getValue()));
    env.put("LOG_FORMAT", format);
    return env;
  }

  private static JsonNode parse(String line) {
    try {
      JsonNode node = JSON.readTree(line);
      assertTrue(node.isObject(), line);
      return node;
    } catch (JsonProcessingException e) {
      return fail("not a JSON object: " + line);
    }
  }

  @Test
  void with_log_format_json_every_line_the_app_writes_from_start_to_stop_is_json(
      @TempDir Path workDir) throws Exception {
    Map<String, String> env = env("json");
    env.put("DATABASE_URL", TestPostgres.freshDatabase());
    env.put("PORT", "0");
    env.put("BIND_ADDRESS", "127.0.0.1");
    List<String> lines;
    try (ChildJvm app = ChildJvm.start(App.class, env, workDir)) {
      app.awaitLine(l -> l.contains("Bookline is up"), Duration.ofSeconds(300));
      lines = app.stop();
    }
    assertTrue(
        lines.stream().anyMatch(l -> l.contains("Bookline is up")), String.join("\n", lines));
    assertTrue(lines.size() >= 4, String.join("\n", lines));
    for (String line : lines) {
      JsonNode event = parse(line);
      assertFalse(event.path("message").asText().isEmpty(), line);
      assertFalse(event.path("level").asText().isEmpty(), line);
      assertFalse(event.path("@timestamp").asText().isEmpty(), line);
    }
  }

  @Test
  void a_turns_mdc_fields_are_top_level_json_fields(@TempDir Path workDir) throws Exception {
    List<String> lines;
    try (ChildJvm probe = ChildJvm.start(LogProbe.class, env("json"), workDir)) {
      lines = probe.awaitExit();
    }
    assertEquals(2, lines.size(), String.join("\n", lines));
    JsonNode turn = parse(lines.get(0));
    assertEquals("turn handled", turn.path("message").asText());
    assertEquals("demo", turn.path("business").asText());
    assertEquals("web", turn.path("platform").asText());
    assertEquals("42", turn.path("conversationId").asText());
    assertEquals("7", turn.path("inboxId").asText());
    assertTrue(parse(lines.get(1)).path("conversationId").isMissingNode(), lines.get(1));
  }

  @Test
  void text_lines_show_a_turns_mdc_fields_in_brackets_and_nothing_outside_one(@TempDir Path workDir)
      throws Exception {
    List<String> lines;
    try (ChildJvm probe = ChildJvm.start(LogProbe.class, env("text"), workDir)) {
      lines = probe.awaitExit();
    }
    assertEquals(2, lines.size(), String.join("\n", lines));
    String turn = lines.get(0);
    assertTrue(
        turn.contains(" INFO  MessageProcessor [") && turn.endsWith("] - turn handled"), turn);
    for (String field :
        List.of("business=demo", "platform=web", "conversationId=42", "inboxId=7")) {
      assertTrue(turn.contains(field), turn);
    }
    assertTrue(lines.get(1).endsWith(" INFO  MessageProcessor - outside a turn"), lines.get(1));
  }
}
