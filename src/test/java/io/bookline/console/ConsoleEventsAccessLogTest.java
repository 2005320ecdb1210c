package io.bookline.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.bookline.ops.AccessLog;
import io.bookline.support.TestApp;
import io.bookline.support.TestPostgres;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Ops review: every open console tab wrote an access-log line for {@code /console/events} each time
 * its event stream reconnected, drowning the requests that matter. A stream that went well is now
 * logged at DEBUG only (like a health probe); one refused (the session ended) still at INFO.
 */
class ConsoleEventsAccessLogTest {
  final Logger access = (Logger) LoggerFactory.getLogger(AccessLog.LOGGER);
  final ListAppender<ILoggingEvent> lines = new ListAppender<>();
  final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  @BeforeEach
  void listen() {
    lines.start();
    access.addAppender(lines);
    access.setLevel(Level.DEBUG);
  }

  @AfterEach
  void stopListening() {
    access.detachAppender(lines);
    access.setLevel(null);
  }

  List<ILoggingEvent> linesFor(String id) {
    synchronized (lines.list) {
      return lines.list.stream()
          .filter(e -> id.equals(e.getMDCPropertyMap().get(AccessLog.MDC_KEY)))
          .toList();
    }
  }

  @Test
  void a_console_event_stream_that_ends_well_is_a_debug_line_and_one_refused_an_info_line()
      throws Exception {
    TestApp app =
        TestApp.start(
            TestApp.mondayMorning(), Map.of("DATABASE_URL", TestPostgres.freshDatabase()));
    try {
      var refused = stream(app, "Cookie", "bookline_console=gone", "events-refused");
      assertThat(refused.statusCode()).isEqualTo(401);
      refused.body().close();
      await().atMost(Duration.ofSeconds(10)).until(() -> !linesFor("events-refused").isEmpty());
      assertThat(linesFor("events-refused"))
          .singleElement()
          .satisfies(
              e -> {
                assertThat(e.getLevel()).isEqualTo(Level.INFO);
                assertThat(e.getFormattedMessage()).startsWith("GET /console/events 401 ");
              });

      var open = stream(app, "Cookie", signIn(app), "events-open");
      assertThat(open.statusCode()).isEqualTo(200);
      BufferedReader body = new BufferedReader(new InputStreamReader(open.body()));
      String line;
      while ((line = body.readLine()) != null && !line.contains("ready")) {}
      assertThat(line).contains("ready");
    } finally {
      app.close(); // ends every open stream, so its request finishes and is logged
    }
    // The stream's line is written after its handler let go of the request's thread, without the
    // request id: it is found by its text.
    await().atMost(Duration.ofSeconds(30)).until(() -> !streamLines().isEmpty());
    assertThat(streamLines())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getLevel()).isEqualTo(Level.DEBUG);
              assertThat(e.getFormattedMessage()).startsWith("GET /console/events 200 ");
            });
  }

  List<ILoggingEvent> streamLines() {
    synchronized (lines.list) {
      return lines.list.stream()
          .filter(e -> e.getFormattedMessage().startsWith("GET /console/events 200 "))
          .toList();
    }
  }

  HttpResponse<InputStream> stream(TestApp app, String header, String value, String id)
      throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(app.base() + "/console/events"))
            .header(header, value)
            .header("Accept", "text/event-stream")
            .header(AccessLog.HEADER, id)
            .build(),
        HttpResponse.BodyHandlers.ofInputStream());
  }

  String signIn(TestApp app) throws Exception {
    var key = ConsoleSessionTest.demoKey(app);
    var signedIn =
        http.send(
            HttpRequest.newBuilder(URI.create(app.base() + "/console/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "key=" + URLEncoder.encode(key, StandardCharsets.UTF_8)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    String set = signedIn.headers().firstValue("Set-Cookie").orElseThrow();
    return set.substring(0, set.indexOf(';'));
  }
}
