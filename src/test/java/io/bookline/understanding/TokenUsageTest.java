package io.bookline.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.FakeLlm;
import io.bookline.support.MutableClock;
import io.bookline.support.TestApp;
import io.bookline.support.TestPostgres;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tokens per business and day (issue 18): counted from the model server's own {@code usage}
 * numbers, shown at {@code GET /api/usage} and in metrics, and a daily budget that switches the
 * business to the rules until its next day, on a clock the test moves. Real HTTP to a fake
 * OpenAI-compatible server, real Postgres. The clock stands at Monday 23 Nov 2026, 08:00 in Berlin.
 */
class TokenUsageTest {
  static final String METRICS_TOKEN = "metrics-token-0123456789";
  static final String GREETING = LlmUnderstandingTest.reading(Map.of("intent", "greeting"));

  final MutableClock clock = TestApp.mondayMorning();
  FakeLlm llm;
  TestApp app;

  @BeforeEach
  void start() {
    llm = new FakeLlm();
    // Every answer says it cost 1,000 prompt and 20 completion tokens.
    llm.always(FakeLlm.toolCall(GREETING, 1000, 20));
    Map<String, String> env = new HashMap<>();
    env.put("DATABASE_URL", TestPostgres.freshDatabase());
    env.putAll(llm.settings());
    env.put("METRICS_TOKEN", METRICS_TOKEN);
    app = TestApp.start(clock, env);
  }

  @AfterEach
  void stop() {
    app.close();
    llm.close();
  }

  TestApp.Caller demo() {
    return app.as(TestApp.ADMIN_KEY, "demo");
  }

  void say(String user, String text) {
    TestApp.Response r = app.chat("demo", user, text);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
  }

  double metric(String name, String... labels) {
    TestApp.Response r =
        app.request(
            "GET", "/metrics", new byte[0], Map.of("Authorization", "Bearer " + METRICS_TOKEN));
    assertThat(r.status()).isEqualTo(200);
    for (String line : r.body().lines().toList()) {
      if (line.startsWith(name + "{") && java.util.Arrays.stream(labels).allMatch(line::contains)) {
        return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
      }
    }
    return 0;
  }

  @Test
  void tokens_are_counted_per_business_and_day_as_the_server_reported_them() {
    say("ana", "hello");
    say("ana", "hi again");
    say("bo", "good morning");

    TestApp.Response usage = demo().get("/api/usage");
    assertThat(usage.status()).as(usage.body()).isEqualTo(200);
    assertThat(usage.json().get("to").asText()).isEqualTo("2026-11-23");
    assertThat(usage.json().get("from").asText()).isEqualTo("2026-10-25");
    assertThat(usage.json().get("days")).hasSize(1);
    var today = usage.json().get("days").get(0);
    assertThat(today.get("day").asText()).isEqualTo("2026-11-23");
    assertThat(today.get("promptTokens").asLong()).isEqualTo(3000);
    assertThat(today.get("completionTokens").asLong()).isEqualTo(60);
    assertThat(today.get("totalTokens").asLong()).isEqualTo(3060);
    assertThat(today.get("calls").asLong()).isEqualTo(3);
    assertThat(usage.json().get("total").get("totalTokens").asLong()).isEqualTo(3060);
    assertThat(usage.json().get("dailyTokenBudget").isNull()).isTrue();

    assertThat(metric("bookline_llm_tokens_total", "business=\"demo\"", "kind=\"prompt\""))
        .isEqualTo(3000);
    assertThat(metric("bookline_llm_tokens_total", "business=\"demo\"", "kind=\"completion\""))
        .isEqualTo(60);

    // The next day is a new row; a range picks days by the business's calendar.
    clock.advance(Duration.ofDays(1));
    say("ana", "hello once more");
    TestApp.Response tuesday = demo().get("/api/usage?from=2026-11-24&to=2026-11-24");
    assertThat(tuesday.json().get("days")).hasSize(1);
    assertThat(tuesday.json().get("total").get("totalTokens").asLong()).isEqualTo(1020);
    assertThat(demo().get("/api/usage?from=2026-11-23").json().get("total").get("calls").asLong())
        .isEqualTo(4);
  }

  @Test
  void another_business_sees_none_of_it() {
    say("ana", "hello");
    TestApp.Response other =
        app.postAdmin(
            "/api/businesses",
            "{\"slug\":\"other\",\"name\":\"Other\",\"timeZone\":\"Europe/Berlin\"}");
    TestApp.Response usage = app.as(other.json().get("apiKey").asText()).get("/api/usage");
    assertThat(usage.status()).isEqualTo(200);
    assertThat(usage.json().get("days")).isEmpty();
    assertThat(usage.json().get("total").get("totalTokens").asLong()).isZero();
  }

  @Test
  void a_spent_budget_switches_the_business_to_the_rules_until_its_next_day() {
    TestApp.Response set = demo().patch("/api/business", "{\"dailyTokenBudget\": 2500}");
    assertThat(set.status()).as(set.body()).isEqualTo(200);
    assertThat(set.json().get("dailyTokenBudget").asLong()).isEqualTo(2500);

    say("ana", "hello"); // 0 spent before: asks the model, 1,020 after
    say("ana", "hello"); // 2,040 after
    say("ana", "hello"); // 2,040 < 2,500 before: asks, 3,060 after
    assertThat(llm.received()).hasSize(3);
    say("ana", "what are your opening hours?");
    assertThat(llm.received()).as("over budget: the model is not asked").hasSize(3);
    // The rules still understand the question.
    TestApp.Response transcript = demo().get("/api/conversations");
    assertThat(transcript.status()).isEqualTo(200);
    assertThat(app.chat("demo", "ana", "when are you open?").body()).contains("09:00");
    assertThat(metric("bookline_llm_budget_exhausted_total", "business=\"demo\"")).isEqualTo(2);
    assertThat(metric("bookline_llm_fallbacks_total", "daily token budget exhausted")).isEqualTo(2);

    // Midnight in Berlin: a new day, a new budget.
    clock.advance(Duration.ofHours(16)); // Tuesday 00:00 Berlin
    say("ana", "hello");
    assertThat(llm.received()).hasSize(4);
  }

  @Test
  void the_budget_is_validated_and_null_removes_it() {
    TestApp.Response zero = demo().patch("/api/business", "{\"dailyTokenBudget\": 0}");
    assertThat(zero.status()).isEqualTo(400);
    assertThat(zero.body()).contains("dailyTokenBudget");
    TestApp.Response text = demo().patch("/api/business", "{\"dailyTokenBudget\": \"lots\"}");
    assertThat(text.status()).isEqualTo(400);
    assertThat(text.body()).contains("dailyTokenBudget");

    demo().patch("/api/business", "{\"dailyTokenBudget\": 10}");
    say("ana", "hello");
    say("ana", "hello");
    assertThat(llm.received()).hasSize(1);
    TestApp.Response cleared = demo().patch("/api/business", "{\"dailyTokenBudget\": null}");
    assertThat(cleared.status()).isEqualTo(200);
    assertThat(cleared.json().get("dailyTokenBudget").isNull()).isTrue();
    say("ana", "hello");
    assertThat(llm.received()).hasSize(2);
  }

  @Test
  void bad_ranges_get_400_naming_the_field() {
    assertBad("/api/usage?from=yesterday", "from");
    assertBad("/api/usage?to=2026-13-01", "to");
    assertBad("/api/usage?from=2026-11-24&to=2026-11-23", "from");
    assertBad("/api/usage?from=2024-01-01&to=2026-11-23", "from");
  }

  void assertBad(String path, String field) {
    TestApp.Response r = demo().get(path);
    assertThat(r.status()).as(path).isEqualTo(400);
    Matcher named = Pattern.compile("\"" + field + "\"").matcher(r.body());
    assertThat(named.find()).as(r.body()).isTrue();
  }
}
