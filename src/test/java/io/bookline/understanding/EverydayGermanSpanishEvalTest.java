package io.bookline.understanding;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bookline.support.MutableClock;
import io.bookline.support.TestApp;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scores the offline understanding on everyday German and Spanish date and time expressions that
 * were written before the German and Spanish rules and never used to develop them ({@code
 * understanding/everyday-de-heldout.jsonl}, {@code everyday-es-heldout.jsonl}), the way the issue's
 * evaluation does: through {@code POST /api/nlu/parse} with {@code "language"} set. The issue asks
 * for 85% on unseen corpora.
 */
class EverydayGermanSpanishEvalTest {
  static final double TARGET = 0.85;
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
  void at_least_85_percent_of_held_out_everyday_german_is_read_right() throws Exception {
    double score =
        EverydayEnglishEvalTest.score(
            app, "/understanding/everyday-de-heldout.jsonl", "de", "German");
    assertTrue(score >= TARGET, "held-out German score " + score);
  }

  @Test
  void at_least_85_percent_of_held_out_everyday_spanish_is_read_right() throws Exception {
    double score =
        EverydayEnglishEvalTest.score(
            app, "/understanding/everyday-es-heldout.jsonl", "es", "Spanish");
    assertTrue(score >= TARGET, "held-out Spanish score " + score);
  }
}
