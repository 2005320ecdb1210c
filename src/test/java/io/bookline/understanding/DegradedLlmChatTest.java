package io.bookline.understanding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bookline.support.FakeLlm;
import io.bookline.support.TestApp;
import io.bookline.support.TestPostgres;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Scripted web chats on Postgres with each degraded model: an opening-hours question, a booking and
 * a cancel go exactly as they go offline, word for word.
 */
class DegradedLlmChatTest {
  static final List<String> SCRIPT =
      List.of(
          "what are your opening hours?",
          "basic manicure tomorrow at 10",
          "Dana",
          "yes",
          "I need to cancel my appointment",
          "yes");
  static List<String> offline;

  @BeforeAll
  static void offlineReplies() {
    try (TestApp app =
        TestApp.start(
            TestApp.mondayMorning(), Map.of("DATABASE_URL", TestPostgres.freshDatabase()))) {
      offline = chat(app);
    }
    assertTrue(offline.get(0).startsWith("We're open Mon–Fri"), offline.get(0));
    assertTrue(offline.get(3).startsWith("Booked!"), offline.get(3));
    assertTrue(offline.get(5).startsWith("Cancelled your Basic Manicure"), offline.get(5));
  }

  static List<String> chat(TestApp app) {
    List<String> replies = new ArrayList<>();
    for (String text : SCRIPT) {
      replies.add(app.say("dana", text));
    }
    return replies;
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "always-none",
        "invalid-json",
        "unknown-service",
        "yesterday",
        "no-strict-no-tool-choice",
        "slow-2s"
      })
  void a_degraded_model_chats_as_the_rules_do(String name) {
    try (FakeLlm llm = new FakeLlm();
        TestApp app =
            TestApp.start(
                TestApp.mondayMorning(),
                Map.of(
                    "DATABASE_URL", TestPostgres.freshDatabase(),
                    "OPENAI_BASE_URL", llm.baseUrl(),
                    "LLM_TURN_BUDGET", "1s",
                    "LLM_TIMEOUT", "1s",
                    "LLM_MAX_ATTEMPTS", "1"))) {
      llm.always(DegradedLlmEvalTest.fake(name));
      assertEquals(offline, chat(app));
      assertEquals(
          SCRIPT.size() + switches(name),
          llm.received().size() + skipped(name),
          "one call per message");
    }
  }

  /** The one extra call when a 400 to the tool call switches the endpoint to JSON mode. */
  static int switches(String name) {
    return name.equals("no-strict-no-tool-choice") ? 1 : 0;
  }

  /**
   * Messages the open circuit kept from a failing model: it opens after four timeouts, or four
   * answers without a reading.
   */
  static int skipped(String name) {
    return name.equals("slow-2s") || name.equals("invalid-json") ? SCRIPT.size() - 4 : 0;
  }
}
