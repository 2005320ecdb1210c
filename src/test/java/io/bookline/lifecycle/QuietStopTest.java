package io.bookline.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.App;
import io.bookline.console.DemoKey;
import io.bookline.support.ChildJvm;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ops review: a stop with one console tab open, on the embedded Postgres, took 17 s and wrote a
 * burst of WARNs. The embedded server had its own JVM shutdown hook and stopped 170 ms after
 * SIGTERM, under the console's event stream, the scheduler and both pools (57P01, "Failed to
 * validate connection", "Timed-out waiting for add connection executor"). Now the server stops
 * last, after everything that uses the pools: the stop is quick and says nothing alarming.
 */
class QuietStopTest {
  static final Pattern UP = Pattern.compile("Bookline is up .*localhost:(\\d+)/");
  static final Pattern STOPPED = Pattern.compile("Bookline stopped in (\\d+) ms");

  final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  @Test
  void sigterm_with_a_console_stream_open_stops_in_a_few_seconds_without_a_warning(
      @TempDir Path dir) throws Exception {
    Map<String, String> env = StartFailureTest.env();
    env.put("BOOKLINE_DATA_DIR", dir.resolve("data").toString());
    List<String> lines;
    try (ChildJvm app = ChildJvm.start(App.class, env, dir)) {
      app.awaitLine(l -> UP.matcher(l).find(), java.time.Duration.ofSeconds(300));
      Matcher up = UP.matcher(app.line(l -> UP.matcher(l).find()).orElseThrow());
      assertThat(up.find()).isTrue();
      String base = "http://127.0.0.1:" + up.group(1);
      String key = Files.readString(dir.resolve("data").resolve(DemoKey.FILE)).strip();

      HttpResponse<InputStream> stream = openStream(base, signIn(base, key));
      assertThat(stream.statusCode()).isEqualTo(200);
      BufferedReader body = new BufferedReader(new InputStreamReader(stream.body()));
      String line;
      while ((line = body.readLine()) != null && !line.contains("ready")) {}
      assertThat(line).as("the console's stream is open").contains("ready");

      lines = app.stop();
    }
    String all = String.join("\n", lines);
    List<String> afterStopping =
        lines.stream().dropWhile(l -> !l.contains("stopping: no new requests")).toList();
    assertThat(afterStopping).as(all).isNotEmpty();
    assertThat(afterStopping)
        .as(all)
        .noneMatch(l -> l.matches(".*\\b(WARN|ERROR)\\b.*"))
        .noneMatch(l -> l.matches("^\\s+at .*"))
        .noneMatch(l -> l.contains("57P01"));
    Matcher stopped = STOPPED.matcher(all);
    assertThat(stopped.find()).as(all).isTrue();
    assertThat(Long.parseLong(stopped.group(1))).as(all).isLessThan(5_000);
  }

  HttpResponse<InputStream> openStream(String base, String cookie) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + "/console/events"))
            .header("Cookie", cookie)
            .header("Accept", "text/event-stream")
            .build(),
        HttpResponse.BodyHandlers.ofInputStream());
  }

  String signIn(String base, String key) throws Exception {
    var signedIn =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/console/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "key=" + URLEncoder.encode(key, StandardCharsets.UTF_8)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(303);
    String set = signedIn.headers().firstValue("Set-Cookie").orElseThrow();
    return set.substring(0, set.indexOf(';'));
  }
}
