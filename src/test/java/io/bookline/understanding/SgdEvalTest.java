package io.bookline.understanding;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Scores the offline parser on real user turns from the Schema-Guided Dialogue dataset ({@code
 * shared/eval/sgd-datetime-dev.jsonl}, CC BY-SA 4.0) and prints the shares read right. The parser
 * must generalise: nothing in it is specific to these sentences.
 */
class SgdEvalTest {
  static final double TARGET = 0.95;

  @Test
  void offline_understanding_reads_at_least_95_percent_of_dates_and_times() throws Exception {
    RuleUnderstanding rules = new RuleUnderstanding(Lexicon.english());
    ObjectMapper json = new ObjectMapper();
    int dates = 0;
    int datesRight = 0;
    int times = 0;
    int timesRight = 0;
    long slowestNanos = 0;
    List<String> misses = new ArrayList<>();
    List<String> lines = EvalFiles.lines("sgd-datetime-dev.jsonl");
    // A first pass warms the JIT and regex caches; the reported slowest parse is the warm one.
    long coldSlowest = 0;
    for (String line : lines) {
      if (!line.isBlank()) {
        JsonNode c = json.readTree(line);
        long t0 = System.nanoTime();
        rules.interpret(
            c.get("text").asText(),
            new UnderstandingContext(
                LocalDateTime.parse(c.get("now").asText()),
                ZoneId.of(c.get("timeZone").asText()),
                Locale.US,
                List.of(),
                List.of(),
                Expectation.NOTHING));
        coldSlowest = Math.max(coldSlowest, System.nanoTime() - t0);
      }
    }
    for (String line : lines) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode c = json.readTree(line);
      var ctx =
          new UnderstandingContext(
              LocalDateTime.parse(c.get("now").asText()),
              ZoneId.of(c.get("timeZone").asText()),
              Locale.US,
              List.of(),
              List.of(),
              Expectation.NOTHING);
      long t0 = System.nanoTime();
      Reading r = rules.interpret(c.get("text").asText(), ctx);
      slowestNanos = Math.max(slowestNanos, System.nanoTime() - t0);
      JsonNode expect = c.get("expect");
      if (expect.has("date")) {
        dates++;
        String got = r.date() == null ? null : r.date().toString();
        if (expect.get("date").asText().equals(got)) {
          datesRight++;
        } else {
          misses.add(
              "date "
                  + expect.get("date").asText()
                  + " got "
                  + got
                  + " | "
                  + c.get("text").asText());
        }
      }
      if (expect.has("time")) {
        times++;
        String got =
            r.time() == null
                ? null
                : String.format(Locale.ROOT, "%02d:%02d", r.time().getHour(), r.time().getMinute());
        if (expect.get("time").asText().equals(got)) {
          timesRight++;
        } else {
          misses.add(
              "time "
                  + expect.get("time").asText()
                  + " got "
                  + got
                  + " | "
                  + c.get("text").asText());
        }
      }
    }
    double dateScore = datesRight / (double) dates;
    double timeScore = timesRight / (double) times;
    System.out.printf(
        Locale.ROOT,
        "SGD eval: dates %d/%d = %.1f%%, times %d/%d = %.1f%%, slowest parse %.2f ms warm"
            + " (%.2f ms in the first, cold pass)%n",
        datesRight,
        dates,
        100 * dateScore,
        timesRight,
        times,
        100 * timeScore,
        slowestNanos / 1e6,
        coldSlowest / 1e6);
    misses.forEach(m -> System.out.println("  miss: " + m));
    assertTrue(dateScore >= TARGET, "date score " + dateScore);
    assertTrue(timeScore >= TARGET, "time score " + timeScore);
  }
}
