package io.bookline.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.bookline.support.TestApp;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Grafana dashboard and the Prometheus alert rules in docs/ops parse, and every metric their
 * queries name is in a real scrape of the application: a renamed meter breaks this test, not a
 * dashboard nobody looks at until the night it is needed.
 */
class OpsDocsTest {
  static final Path DASHBOARD = Path.of("docs/ops/grafana-dashboard.json");
  static final Path ALERTS = Path.of("docs/ops/alert-rules.yml");

  /** Metric names as Bookline, Micrometer's binders and HikariCP write them. */
  private static final Pattern METRIC =
      Pattern.compile("\\b(?:bookline|http_server|hikaricp|jvm|process|system)_[a-z0-9_]+\\b");

  @RegisterExtension
  static final TestApp app = TestApp.onFreshDatabase("METRICS_TOKEN", MetricsTest.TOKEN);

  private static List<String> expressions(JsonNode node, String field) {
    List<String> found = new ArrayList<>();
    if (node.has(field) && node.get(field).isTextual()) {
      found.add(node.get(field).asText());
    }
    node.forEach(child -> found.addAll(expressions(child, field)));
    return found;
  }

  private static Set<String> named(List<String> expressions) {
    Set<String> names = new TreeSet<>();
    for (String expr : expressions) {
      Matcher m = METRIC.matcher(expr);
      boolean any = false;
      while (m.find()) {
        names.add(m.group());
        any = true;
      }
      assertThat(any).as("a query that names no Bookline metric: " + expr).isTrue();
    }
    return names;
  }

  private static List<String> scraped() {
    app.say("ops", "a basic manicure tomorrow at 10");
    Scrape s =
        Scrape.of(app.base() + "/metrics", Map.of("Authorization", "Bearer " + MetricsTest.TOKEN));
    assertThat(s.status()).isEqualTo(200);
    return s.names();
  }

  @Test
  void every_metric_the_dashboard_charts_is_scraped() throws IOException {
    JsonNode dashboard = new ObjectMapper().readTree(DASHBOARD.toFile());
    assertThat(dashboard.path("title").asText()).isEqualTo("Bookline");
    assertThat(dashboard.path("panels").size()).isGreaterThanOrEqualTo(10);
    List<String> queries = expressions(dashboard.path("panels"), "expr");
    assertThat(queries).hasSizeGreaterThanOrEqualTo(dashboard.path("panels").size());
    assertThat(scraped()).containsAll(named(queries));
  }

  @Test
  void every_metric_an_alert_watches_is_scraped_and_the_four_alerts_exist() throws IOException {
    JsonNode rules = new ObjectMapper(new YAMLFactory()).readTree(ALERTS.toFile());
    List<String> alerts = new ArrayList<>();
    rules
        .path("groups")
        .forEach(g -> g.path("rules").forEach(r -> alerts.add(r.path("alert").asText())));
    assertThat(alerts)
        .contains(
            "BooklineBacklogOld", "BooklineDeadLetters", "BooklineNotReady", "BooklineErrorRate");
    rules
        .path("groups")
        .forEach(
            g ->
                g.path("rules")
                    .forEach(
                        r -> {
                          assertThat(r.path("expr").asText()).as("expr of " + r).isNotBlank();
                          assertThat(r.at("/annotations/summary").asText()).isNotBlank();
                        }));
    // Ops review L7: "nothing is ready" includes "nothing is scraped" (an empty vector).
    rules
        .path("groups")
        .forEach(
            g ->
                g.path("rules")
                    .forEach(
                        r -> {
                          if (r.path("alert").asText().equals("BooklineNotReady")) {
                            assertThat(r.path("expr").asText()).contains("absent(bookline_ready)");
                          }
                        }));
    Set<String> named = named(expressions(rules, "expr"));
    assertThat(named).contains("bookline_inbox_oldest_age_seconds", "bookline_outbox_dead_total");
    assertThat(scraped()).containsAll(named);
  }
}
