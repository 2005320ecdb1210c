package io.bookline.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bookline.App;
import io.bookline.config.ConfigLoader;
import io.bookline.retry.Sleeper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** The real application on a random port, plus a small HTTP client to talk to it. */
public final class TestApp implements AutoCloseable {
  public static final String ADMIN_KEY = "test-admin-key-0123456789";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final App app;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private TestApp(App app) {
    this.app = app;
  }

  /** Starts on a fresh database of the test server. */
  public static TestApp start(Clock clock) {
    return start(clock, Map.of("DATABASE_URL", TestPostgres.freshDatabase()));
  }

  public static TestApp start(Clock clock, Map<String, String> env) {
    Map<String, String> all = new HashMap<>();
    all.put("PORT", "0");
    all.put("BOOKLINE_ADMIN_KEY", ADMIN_KEY);
    all.put("DATABASE_POOL_SIZE", "8");
    all.putAll(env);
    // A clock the test moves is also what retries sleep on; the system clock sleeps for real.
    Sleeper sleeper = clock instanceof Sleeper moved ? moved : Sleeper.onThread();
    return new TestApp(App.start(ConfigLoader.load(all), clock, sleeper));
  }

  public App app() {
    return app;
  }

  public String base() {
    return "http://127.0.0.1:" + app.port();
  }

  public record Response(int status, JsonNode json, String body) {}

  public Response post(String path, String body) {
    return send(
        HttpRequest.newBuilder(URI.create(base() + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  public Response postAdmin(String path, String body) {
    return send(
        HttpRequest.newBuilder(URI.create(base() + path))
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + ADMIN_KEY)
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  public Response getAdmin(String path) {
    return send(
        HttpRequest.newBuilder(URI.create(base() + path))
            .header("Authorization", "Bearer " + ADMIN_KEY)
            .GET());
  }

  /** POSTs raw bytes with extra headers (webhooks). */
  public Response postRaw(String path, byte[] body, Map<String, String> headers) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base() + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(b::header);
    return send(b);
  }

  public Response putAdmin(String path, String body) {
    return send(
        HttpRequest.newBuilder(URI.create(base() + path))
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + ADMIN_KEY)
            .PUT(HttpRequest.BodyPublishers.ofString(body)));
  }

  public Response get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base() + path)).GET());
  }

  /** Sends one web-chat message and returns the response. */
  public Response chat(String slug, String userId, String text) {
    try {
      String body = JSON.writeValueAsString(Map.of("userId", userId, "text", text));
      return post("/webhooks/web/" + slug, body);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The text of the single reply to a web-chat message; fails the test on anything else. */
  public String say(String userId, String text) {
    Response r = chat("demo", userId, text);
    if (r.status() != 200) {
      throw new AssertionError(
          "expected 200 for '" + text + "' but got " + r.status() + ": " + r.body());
    }
    return r.json().get("replies").get(0).get("text").asText();
  }

  private Response send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> res =
          http.send(
              request.timeout(Duration.ofSeconds(30)).build(),
              HttpResponse.BodyHandlers.ofString());
      JsonNode json = null;
      try {
        json = res.body().isEmpty() ? null : JSON.readTree(res.body());
      } catch (IOException e) {
        json = null;
      }
      return new Response(res.statusCode(), json, res.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    app.close();
  }
}
