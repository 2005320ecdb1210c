package io.bookline.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * An open console is no request in flight to wait for: when the server stops gracefully (ADR 0034)
 * its event streams end at once, so the stop does not sit out SHUTDOWN_TIMEOUT for every owner who
 * left a console open.
 */
class LiveChangesStopTest {
  @Test
  void a_graceful_stop_ends_open_event_streams_instead_of_waiting_for_them() throws Exception {
    TestApp app =
        TestApp.start(
            TestApp.mondayMorning(),
            Map.of("DATABASE_URL", TestPostgres.freshDatabase(), "SHUTDOWN_TIMEOUT", "300s"));
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    var signedIn =
        http.send(
            HttpRequest.newBuilder(URI.create(app.base() + "/console/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "key="
                            + URLEncoder.encode(
                                ConsoleSessionTest.demoKey(app), StandardCharsets.UTF_8)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    String set = signedIn.headers().firstValue("Set-Cookie").orElseThrow();
    HttpResponse<InputStream> stream =
        http.send(
            HttpRequest.newBuilder(URI.create(app.base() + "/console/events"))
                .header("Cookie", set.substring(0, set.indexOf(';')))
                .header("Accept", "text/event-stream")
                .build(),
            HttpResponse.BodyHandlers.ofInputStream());
    assertThat(stream.statusCode()).isEqualTo(200);
    BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body()));
    String line;
    while ((line = lines.readLine()) != null && !line.contains("ready")) {}
    assertThat(line).contains("ready");

    CompletableFuture<Void> stopped = CompletableFuture.runAsync(app::close);
    CompletableFuture<String> rest =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                while (lines.readLine() != null) {}
                return "ended";
              } catch (java.io.IOException e) {
                return "ended";
              }
            });
    // Far below the 300 s the stop would otherwise wait for the stream.
    await().atMost(Duration.ofSeconds(60)).until(stopped::isDone);
    await().atMost(Duration.ofSeconds(60)).until(rest::isDone);
    assertThat(stopped).isCompleted();
  }
}
