package io.bookline.understanding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bookline.support.Fixtures;
import io.bookline.support.MutableClock;
import io.bookline.support.TestApp;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scores the offline understanding on everyday English date and time expressions that were written
 * before the parser work began and never used to develop it ({@code
 * understanding/everyday-en-heldout.jsonl}), the way the evaluation does: through {@code
 * POST /api/nlu/parse} with {@code now} and {@code timeZone} given. A case passes when every key of
 * {@code expect} equals the answer (null meaning: none).
 */
class EverydayEnglishEvalTest {
  static final double TARGET = 0.90;
  static final ObjectMapper JSON = new ObjectMapper();
  static TestApp app;

  @BeforeAll
  static void start() {
    app = TestApp.start(new MutableClock(Instant.parse("2026-11-23T07:00:00Z")));
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void at_least_90_percent_of_held_out_everyday_expressions_are_read_right() throws Exception {
    double score = score(app, "/understanding/everyday-en-heldout.jsonl", null, "English");
    assertTrue(score >= TARGET, "held-out score " + score);
  }

  /**
   * The share of a held-out file's cases read right through {@code POST /api/nlu/parse}, with
   * {@code language} set when given; prints the score and each miss.
   */
  static double score(TestApp app, String resource, String language, String label)
      throws Exception {
    String file = new String(Fixtures.resource(resource), StandardCharsets.UTF_8);
    int cases = 0;
    int right = 0;
    List<String> misses = new ArrayList<>();
    for (String line : file.lines().filter(l -> !l.isBlank()).toList()) {
      JsonNode c = JSON.readTree(line);
      ObjectNode body = JSON.createObjectNode();
      body.put("text", c.get("text").asText());
      body.put("now", c.get("now").asText());
      body.put("timeZone", c.get("timeZone").asText());
      if (language != null) {
        body.put("language", language);
      }
      TestApp.Response r = app.postAdmin("/api/nlu/parse", JSON.writeValueAsString(body));
      assertEquals(200, r.status(), r.body());
      cases++;
      List<String> wrong = new ArrayList<>();
      for (Map.Entry<String, JsonNode> e : c.get("expect").properties()) {
        String expected = e.getValue().isNull() ? null : e.getValue().asText();
        JsonNode got = r.json().get(e.getKey());
        String actual = got == null || got.isNull() ? null : got.asText();
        if (expected == null ? actual != null : !expected.equals(actual)) {
          wrong.add(e.getKey() + " " + expected + " got " + actual);
        }
      }
      if (wrong.isEmpty()) {
        right++;
      } else {
        misses.add(String.join(", ", wrong) + " | " + c.get("text").asText());
      }
    }
    double score = right / (double) cases;
    System.out.printf(
        Locale.ROOT, "Held-out everyday %s: %d/%d = %.1f%%%n", label, right, cases, 100 * score);
    misses.forEach(m -> System.out.println("  miss: " + m));
    return score;
  }
}
