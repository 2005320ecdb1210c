package io.bookline.ops;

import static io.bookline.db.Schema.Businesses;
import static io.bookline.db.Schema.Inbox;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Map;
import org.jooq.JSONB;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What Prometheus sees (ADR 0025): the scrape is served on the management port and, with the bearer
 * token only, on the main port; it has route timers with buckets, the turn histogram, the backlog
 * gauges, the counters, the pool and JVM binders, and HELP text for every family.
 */
class MetricsTest {
  static final String TOKEN = "metrics-token-0123456789";

  @RegisterExtension
  static final TestApp app =
      TestApp.onFreshDatabase("MANAGEMENT_PORT", "0", "METRICS_TOKEN", TOKEN);

  static Scrape scrape() {
    int port = app.app().managementPort().orElseThrow();
    return Scrape.of("http://127.0.0.1:" + port + "/metrics", Map.of());
  }

  @Test
  void the_management_port_serves_the_scrape_on_loopback_and_nothing_else() {
    assertThat(app.app().config().ops().managementBindAddress()).isEqualTo("127.0.0.1");
    assertThat(app.app().managementPort().orElseThrow()).isNotEqualTo(app.app().port());
    Scrape metrics = scrape();
    assertThat(metrics.status()).isEqualTo(200);
    assertThat(metrics.names()).contains("jvm_memory_used_bytes");
    int port = app.app().managementPort().orElseThrow();
    Scrape other = Scrape.of("http://127.0.0.1:" + port + "/api/businesses", Map.of());
    assertThat(other.status()).isEqualTo(404);
    assertThat(other.body()).contains("\"error\":\"not_found\"");
  }

  @Test
  void the_main_port_serves_the_scrape_only_to_the_bearer_of_the_token() {
    String url = app.base() + "/metrics";
    Scrape none = Scrape.of(url, Map.of());
    assertThat(none.status()).isEqualTo(401);
    assertThat(none.body()).contains("\"error\":\"unauthorized\"").contains("METRICS_TOKEN");
    Scrape wrong = Scrape.of(url, Map.of("Authorization", "Bearer " + TOKEN + "x"));
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.body()).doesNotContain("jvm_memory");
    Scrape right = Scrape.of(url, Map.of("Authorization", "Bearer " + TOKEN));
    assertThat(right.status()).isEqualTo(200);
    assertThat(right.names()).contains("jvm_memory_used_bytes");
  }

  @Test
  void a_booking_shows_as_route_timers_with_buckets_a_turn_histogram_and_counters() {
    double madeBefore = scrape().value("bookline_bookings_total", "action=\"made\"").orElse(-1);
    assertThat(madeBefore).isZero();
    app.say("mia", "I'd like a basic manicure tomorrow at 10");
    app.say("mia", "Mia");
    assertThat(app.say("mia", "yes")).startsWith("Booked!");
    app.say("mia", "zzqx");
    app.get("/no/such/page/42");

    Scrape s = scrape();
    String web = "route=\"/webhooks/web/{businessSlug}\"";
    assertThat(
            s.value("http_server_requests_seconds_count", web, "status=\"200\"", "method=\"POST\""))
        .hasValue(4);
    assertThat(s.value("http_server_requests_seconds_bucket", web, "le=\"+Inf\"")).hasValue(4);
    assertThat(
            s.samples().stream()
                .filter(
                    l -> l.startsWith("http_server_requests_seconds_bucket{") && l.contains(web)))
        .hasSizeGreaterThan(10);
    assertThat(
            s.value("http_server_requests_seconds_count", "route=\"unmatched\"", "status=\"404\""))
        .hasValue(1);
    assertThat(s.body()).doesNotContain("/no/such/page");
    assertThat(s.value("bookline_turn_seconds_bucket", "le=\"+Inf\"")).hasValue(4);
    assertThat(s.value("bookline_bookings_total", "action=\"made\"")).hasValue(1);
    assertThat(s.value("bookline_bookings_total", "action=\"cancelled\"")).hasValue(0);
    assertThat(s.value("bookline_readings_total", "understood=\"yes\"")).hasValue(3);
    assertThat(s.value("bookline_readings_total", "understood=\"no\"")).hasValue(1);
    assertThat(s.value("bookline_inbox_backlog")).hasValue(0);
    assertThat(s.value("bookline_outbox_backlog")).hasValue(0);
  }

  @Test
  void backlog_gauges_read_the_shared_inbox() {
    var db = app.app().database().dsl();
    long demo =
        db.select(Businesses.ID)
            .from(Businesses.T)
            .where(Businesses.SLUG.eq("demo"))
            .fetchOne(Businesses.ID);
    var receivedAt = app.clock().instant().minus(Duration.ofSeconds(30)).atOffset(ZoneOffset.UTC);
    for (String status : new String[] {"received", "failed"}) {
      db.insertInto(Inbox.T)
          .set(Inbox.PLATFORM, "whatsapp")
          .set(Inbox.PLATFORM_MESSAGE_ID, "wamid.backlog-" + status)
          .set(Inbox.BUSINESS_ID, demo)
          .set(Inbox.SENDER_ID, "4915100000000")
          .set(Inbox.CONVERSATION_KEY, "backlog-test-" + status)
          .set(Inbox.SENT_AT, receivedAt)
          .set(Inbox.RECEIVED_AT, receivedAt)
          .set(Inbox.PAYLOAD, JSONB.valueOf("{}"))
          .set(Inbox.STATUS, status)
          .execute();
    }
    try {
      Scrape s = scrape();
      assertThat(s.value("bookline_inbox_backlog")).hasValue(1);
      assertThat(s.value("bookline_inbox_oldest_age_seconds")).hasValue(30);
      assertThat(s.value("bookline_inbox_failed")).hasValue(1);
    } finally {
      db.deleteFrom(Inbox.T).where(Inbox.CONVERSATION_KEY.startsWith("backlog-test-")).execute();
    }
    assertThat(scrape().value("bookline_inbox_oldest_age_seconds")).hasValue(0);
  }

  @Test
  void every_family_has_help_text_and_bookline_meters_have_their_own() {
    app.say("noor", "hello");
    Scrape s = scrape();
    Map<String, String> help = s.help();
    assertThat(s.families()).isNotEmpty();
    for (String family : s.families()) {
      assertThat(help.get(family)).as("HELP of " + family).isNotBlank();
      assertThat(help.get(family))
          .as(family + " needs a sentence in MeterHelp.TEXT")
          .doesNotStartWith(MeterHelp.UNDOCUMENTED);
    }
    assertThat(s.names())
        .contains(
            "hikaricp_connections_active",
            "jvm_gc_memory_allocated_bytes_total",
            "jvm_threads_live_threads",
            "process_cpu_usage",
            "system_cpu_count",
            "bookline_ratelimit_hits_total",
            "bookline_handoffs_total",
            "bookline_outbox_dead_total");
  }

  /** Ops review: dashboards and alerts on reminders saw nothing until the first one was sent. */
  @Test
  void reminder_series_are_scraped_at_zero_before_any_reminder() {
    Scrape s = scrape();
    for (String platform : new String[] {"web", "whatsapp"}) {
      assertThat(s.value("bookline_reminders_sent_total", "platform=\"" + platform + "\""))
          .as("sent on " + platform)
          .hasValue(0);
    }
    for (String reason : new String[] {"cancelled", "moved", "lead_removed"}) {
      assertThat(s.value("bookline_reminders_obsolete_total", "reason=\"" + reason + "\""))
          .as("obsolete: " + reason)
          .hasValue(0);
    }
    assertThat(s.value("bookline_reminders_skipped_total", "reason=\"too_late\"")).hasValue(0);
  }

  @Test
  void without_a_token_the_main_port_has_no_metrics() {
    try (TestApp plain = TestApp.start(TestApp.mondayMorning())) {
      var res = plain.get("/metrics");
      assertThat(res.status()).isEqualTo(404);
      assertThat(res.json().get("message").asText()).contains("MANAGEMENT_PORT", "METRICS_TOKEN");
      assertThat(plain.app().managementPort()).isEmpty();
    }
  }
}
