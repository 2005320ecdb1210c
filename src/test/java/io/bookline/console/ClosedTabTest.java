package io.bookline.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.bookline.ops.AccessLog;
import io.bookline.support.TestApp;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

/**
 * Ops review: closing a console tab logged WARN "Javalin - Cannot send data, SseClient has been
 * terminated." A chat booking changes bookings and conversations at once; the stream's first event
 * found the tab gone and the second was sent to a client already ended. A tab closing is normal:
 * nothing at WARN.
 */
class ClosedTabTest {
  @RegisterExtension
  static final TestApp app = TestApp.onFreshDatabaseAt(TestApp.FRIDAY_10AM_BERLIN);

  final Logger javalin = (Logger) LoggerFactory.getLogger("io.javalin");
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
    javalin.addAppender(lines);
    access.addAppender(lines);
    access.setLevel(Level.DEBUG);
  }

  @AfterEach
  void stopListening() {
    javalin.detachAppender(lines);
    access.detachAppender(lines);
    access.setLevel(null);
  }

  List<ILoggingEvent> streamEnded() {
    synchronized (lines.list) {
      return lines.list.stream()
          .filter(e -> e.getFormattedMessage().startsWith("GET /console/events 200 "))
          .toList();
    }
  }

  List<String> warnings() {
    synchronized (lines.list) {
      return lines.list.stream()
          .filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
          .map(ILoggingEvent::getFormattedMessage)
          .toList();
    }
  }

  @Test
  void a_tab_closed_before_a_chat_booking_leaves_no_warning() throws Exception {
    assertThat(app.say("zoe", "pedicure tuesday 10am")).contains("What name");
    assertThat(app.say("zoe", "Zoe"))
        .startsWith("Pedicure on Tue 1 Dec at 10:00 with Anna for Zoe");
    URI base = URI.create(app.base());
    String cookie = signIn();
    try (Socket tab = new Socket(base.getHost(), base.getPort())) {
      OutputStream out = tab.getOutputStream();
      out.write(
          ("GET /console/events HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n"
                  + "Cookie: "
                  + cookie
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      BufferedReader in =
          new BufferedReader(new InputStreamReader(tab.getInputStream(), StandardCharsets.UTF_8));
      String line;
      while ((line = in.readLine()) != null && !line.contains("ready")) {}
      assertThat(line).as("the tab's stream is open").contains("ready");
      // The tab closes at once (a reset): the stream's next write fails.
      tab.setSoLinger(true, 0);
    }
    assertThat(app.say("zoe", "yes")).startsWith("Booked!");
    // The stream looks at the change, finds the tab gone and ends: its access line is written.
    await().atMost(Duration.ofSeconds(10)).until(() -> !streamEnded().isEmpty());

    assertThat(warnings()).isEmpty();
  }

  String signIn() throws Exception {
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
