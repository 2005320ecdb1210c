package io.bookline.ops;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.bookline.support.LogCapture;
import io.bookline.support.TestApp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

/**
 * Ops review: no request id and no access log. Each request gets one line (method, path without the
 * query, status, ms) carrying its request id, which the response echoes and an inline turn's own
 * lines carry too.
 */
class AccessLogTest {
  @RegisterExtension static final TestApp app = TestApp.onFreshDatabase();

  final HttpClient http = HttpClient.newHttpClient();
  final Logger access = (Logger) LoggerFactory.getLogger(AccessLog.LOGGER);
  final ListAppender<ILoggingEvent> lines = new ListAppender<>();

  @BeforeEach
  void listen() {
    lines.start();
    access.addAppender(lines);
  }

  @AfterEach
  void stopListening() {
    access.detachAppender(lines);
    access.setLevel(null);
  }

  HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(app.base() + path));
    headers.forEach(b::header);
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  List<ILoggingEvent> linesFor(String id) {
    synchronized (lines.list) {
      return lines.list.stream()
          .filter(e -> id.equals(e.getMDCPropertyMap().get(AccessLog.MDC_KEY)))
          .toList();
    }
  }

  @Test
  void a_request_is_one_line_with_its_id_and_never_its_query() throws Exception {
    var r =
        get(
            "/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=secret-verify-token",
            Map.of(AccessLog.HEADER, "lb-7f3a.42"));
    assertThat(r.headers().firstValue(AccessLog.HEADER)).hasValue("lb-7f3a.42");
    List<ILoggingEvent> mine = linesFor("lb-7f3a.42");
    assertThat(mine).hasSize(1);
    String line = mine.get(0).getFormattedMessage();
    assertThat(line).matches("GET /webhooks/whatsapp " + r.statusCode() + " \\d+ ms");
    assertThat(line).doesNotContain("secret-verify-token").doesNotContain("hub.");
  }

  @Test
  void without_a_plain_id_the_request_gets_a_new_one() throws Exception {
    var none = get("/chat/demo", Map.of());
    String made = none.headers().firstValue(AccessLog.HEADER).orElseThrow();
    assertThat(made).matches("[0-9a-f]{1,16}");
    assertThat(linesFor(made)).hasSize(1);
    assertThat(linesFor(made).get(0).getFormattedMessage()).startsWith("GET /chat/demo 200 ");

    var odd = get("/health/live", Map.of(AccessLog.HEADER, "x".repeat(65)));
    assertThat(odd.headers().firstValue(AccessLog.HEADER).orElseThrow())
        .isNotEqualTo("x".repeat(65));
    var spaced = get("/health/live", Map.of(AccessLog.HEADER, "a b"));
    assertThat(spaced.headers().firstValue(AccessLog.HEADER).orElseThrow()).isNotEqualTo("a b");
  }

  @Test
  void an_inline_turn_logs_under_its_request_id() throws Exception {
    try (LogCapture turn = new LogCapture()) {
      var r =
          app.request(
              "POST",
              "/webhooks/web/demo",
              "{\"userId\": \"rid\", \"text\": \"when are you open?\"}".getBytes(),
              Map.of(
                  "Content-Type",
                  "application/json",
                  "Authorization",
                  "Bearer " + TestApp.ADMIN_KEY,
                  AccessLog.HEADER,
                  "turn-0001"));
      assertThat(r.status()).isEqualTo(200);
      assertThat(turn.mentioning("message handled"))
          .singleElement()
          .satisfies(
              e -> assertThat(e.getMDCPropertyMap()).containsEntry(AccessLog.MDC_KEY, "turn-0001"));
    }
    assertThat(linesFor("turn-0001"))
        .singleElement()
        .satisfies(
            e -> assertThat(e.getFormattedMessage()).startsWith("POST /webhooks/web/demo 200 "));
  }

  @Test
  void a_probe_that_succeeds_writes_no_line_and_a_scrape_refused_does() throws Exception {
    for (String path : List.of("/health/live", "/health/ready")) {
      var r = get(path, Map.of(AccessLog.HEADER, "probe-" + path.length()));
      assertThat(r.statusCode()).as(path).isEqualTo(200);
      assertThat(r.headers().firstValue(AccessLog.HEADER)).hasValue("probe-" + path.length());
      assertThat(linesFor("probe-" + path.length())).as(path).isEmpty();
    }
    // Metrics live on the management port unless METRICS_TOKEN is set: here a 404, logged.
    var refused = get("/metrics", Map.of(AccessLog.HEADER, "scrape-1"));
    assertThat(refused.statusCode()).isEqualTo(404);
    assertThat(linesFor("scrape-1"))
        .singleElement()
        .satisfies(e -> assertThat(e.getFormattedMessage()).startsWith("GET /metrics 404 "));
  }

  @Test
  void with_the_logger_off_there_is_no_line_but_still_an_id() throws Exception {
    access.setLevel(Level.OFF);
    var r = get("/health/live", Map.of(AccessLog.HEADER, "quiet-1"));
    assertThat(r.headers().firstValue(AccessLog.HEADER)).hasValue("quiet-1");
    assertThat(linesFor("quiet-1")).isEmpty();
  }

  /**
   * Ops review: ACCESS_LOG=off or =0 left the lines on; it is read as the configuration reads it.
   */
  @Test
  void access_log_is_off_for_every_spelling_of_false_and_on_otherwise() {
    for (String off : List.of("false", "FALSE", "off", "no", "0", " false ")) {
      assertThat(AccessLogProperty.level(off)).as(off).isEqualTo("OFF");
    }
    // A typo logs until the configuration check stops start-up naming it (BooleanSettingsTest).
    for (String on : List.of("", "true", "on", "yes", "1", "flase")) {
      assertThat(AccessLogProperty.level(on)).as(on).isEqualTo("INFO");
    }
  }
}
