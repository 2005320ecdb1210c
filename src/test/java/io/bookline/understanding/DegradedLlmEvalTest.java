package io.bookline.understanding;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bookline.config.LlmConfig;
import io.bookline.retry.RetryTiming;
import io.bookline.retry.Sleeper;
import io.bookline.support.FakeLlm;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 18's floor: with a model that answers badly in any of six ways, the SGD dev set (dates and
 * times of {@code sgd-datetime-dev.jsonl}, intents of the labelled turns of {@code
 * sgd-services-dev.jsonl}) scores at least what the offline rules alone score. Real HTTP to a fake
 * OpenAI-compatible server; the real openai-java client, validator and merge.
 */
class DegradedLlmEvalTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final Pattern TODAY = Pattern.compile("Today is \\w+ (\\d{4}-\\d{2}-\\d{2})");
  static final String NONE = "{\"intent\": \"none\"}";
  static List<Case> cases;
  static Score offline;

  /** One utterance and what SGD says it means; null where SGD says nothing. */
  record Case(
      String text, LocalDateTime now, ZoneId zone, String date, String time, Intent intent) {
    UnderstandingContext context() {
      return new UnderstandingContext(
          now, zone, Locale.US, List.of(), List.of(), Expectation.NOTHING);
    }
  }

  /** Shares read right. */
  record Score(
      int dates, int datesRight, int times, int timesRight, int intents, int intentsRight) {
    String show() {
      return String.format(
          Locale.ROOT,
          "dates %d/%d = %.1f%%, times %d/%d = %.1f%%, intents %d/%d = %.1f%%",
          datesRight,
          dates,
          100.0 * datesRight / dates,
          timesRight,
          times,
          100.0 * timesRight / times,
          intentsRight,
          intents,
          100.0 * intentsRight / intents);
    }
  }

  @BeforeAll
  static void load() throws Exception {
    cases = new ArrayList<>();
    for (String line : EvalFiles.lines("sgd-datetime-dev.jsonl")) {
      if (!line.isBlank()) {
        JsonNode c = JSON.readTree(line);
        JsonNode e = c.get("expect");
        cases.add(
            new Case(
                c.get("text").asText(),
                LocalDateTime.parse(c.get("now").asText()),
                ZoneId.of(c.get("timeZone").asText()),
                e.has("date") ? e.get("date").asText() : null,
                e.has("time") ? e.get("time").asText() : null,
                null));
      }
    }
    for (String line : EvalFiles.lines("sgd-services-dev.jsonl")) {
      JsonNode c = line.isBlank() ? null : JSON.readTree(line);
      Intent intent = c == null ? null : intentOf(c.get("user_actions"));
      if (intent != null) {
        cases.add(
            new Case(
                c.get("utterance").asText(),
                LocalDateTime.parse("2019-03-01T09:00:00"),
                ZoneId.of("America/Los_Angeles"),
                null,
                null,
                intent));
      }
    }
    offline = score(new RuleUnderstanding(Lexicon.all()));
    System.out.println("SGD dev set, offline rules: " + offline.show());
  }

  /** SGD's dialogue acts where one of our intents says the same thing; null for the others. */
  static Intent intentOf(JsonNode actions) {
    List<String> acts = new ArrayList<>();
    for (JsonNode a : actions == null || actions.isNull() ? JSON.createArrayNode() : actions) {
      String act = a.get("act").asText();
      acts.add(act.equals("INFORM_INTENT") ? act + ":" + a.get("values").get(0).asText() : act);
    }
    if (acts.contains("INFORM_INTENT:BookAppointment")) {
      return Intent.BOOK;
    }
    List<String> kinds = acts.stream().distinct().sorted().toList();
    return switch (String.join(",", kinds)) {
      case "AFFIRM" -> Intent.YES;
      case "NEGATE", "NEGATE_INTENT" -> Intent.NO;
      case "THANK_YOU", "GOODBYE,THANK_YOU" -> Intent.THANKS;
      default -> null;
    };
  }

  /** Every case read once, eight at a time (the fakes answer each request on its own thread). */
  static Score score(Understanding understanding) {
    List<Reading> readings;
    try (var pool = Executors.newFixedThreadPool(8)) {
      List<Future<Reading>> futures = new ArrayList<>();
      for (Case c : cases) {
        futures.add(pool.submit(() -> understanding.interpret(c.text(), c.context())));
      }
      readings = new ArrayList<>();
      for (Future<Reading> f : futures) {
        readings.add(f.get());
      }
    } catch (InterruptedException | ExecutionException e) {
      throw new IllegalStateException(e);
    }
    int[] n = new int[6];
    for (int i = 0; i < cases.size(); i++) {
      Case c = cases.get(i);
      Reading r = readings.get(i);
      if (c.date() != null) {
        n[0]++;
        n[1] += c.date().equals(String.valueOf(r.date())) ? 1 : 0;
      }
      if (c.time() != null) {
        n[2]++;
        n[3] += c.time().equals(String.valueOf(r.time())) ? 1 : 0;
      }
      if (c.intent() != null) {
        n[4]++;
        n[5] += c.intent() == r.intent() ? 1 : 0;
      }
    }
    return new Score(n[0], n[1], n[2], n[3], n[4], n[5]);
  }

  /** What each degraded model answers, whatever it is asked. */
  static FakeLlm.Behaviour fake(String name) {
    return switch (name) {
      case "always-none" -> FakeLlm.toolCall(NONE);
      case "invalid-json" -> FakeLlm.toolCall("{\"intent\": \"book\", \"date\": ");
      case "unknown-service" ->
          FakeLlm.toolCall("{\"intent\": \"none\", \"service\": \"Haircut Deluxe\"}");
      case "yesterday" ->
          (ctx, request) -> {
            Matcher m = TODAY.matcher(request.get("messages").get(0).get("content").asText());
            String yesterday = m.find() ? LocalDate.parse(m.group(1)).minusDays(1) + "" : "";
            FakeLlm.toolCall("{\"intent\": \"none\", \"date\": \"" + yesterday + "\"}")
                .answer(ctx, request);
          };
      case "no-strict-no-tool-choice" ->
          (ctx, request) -> {
            if (request.has("tool_choice") || request.toString().contains("\"strict\":true")) {
              FakeLlm.status(400, null).answer(ctx, request);
            } else {
              FakeLlm.content(NONE).answer(ctx, request);
            }
          };
      case "slow-2s" -> FakeLlm.slow(2_000, NONE);
      default -> throw new IllegalArgumentException(name);
    };
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
  void a_degraded_model_scores_at_least_the_offline_rules(String name) {
    try (FakeLlm llm = new FakeLlm()) {
      llm.always(fake(name));
      LlmConfig config =
          new LlmConfig(
              Optional.empty(),
              Optional.of(llm.baseUrl()),
              "fake-model",
              Duration.ofSeconds(1),
              Duration.ofSeconds(1),
              2,
              10,
              Duration.ofSeconds(30),
              true);
      var metrics = new SimpleMeterRegistry();
      var timing =
          new RetryTiming(Clock.systemUTC(), Sleeper.onThread(), ThreadLocalRandom.current());
      var understanding =
          new LlmUnderstanding(
              config,
              new RuleUnderstanding(Lexicon.all()),
              new LlmTransport(config, timing, metrics),
              metrics);
      Score s = score(understanding);
      System.out.println("SGD dev set, model " + name + ": " + s.show());
      assertTrue(s.datesRight() >= offline.datesRight(), name + " dates: " + s.show());
      assertTrue(s.timesRight() >= offline.timesRight(), name + " times: " + s.show());
      assertTrue(s.intentsRight() >= offline.intentsRight(), name + " intents: " + s.show());
    }
  }
}
