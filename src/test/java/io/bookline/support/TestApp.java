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
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The real application on a random port, plus a small HTTP client to talk to it.
 *
 * <p>It is also the JUnit 5 extension for the usual case, "the app on a fresh Postgres database,
 * its clock standing at {@link #MONDAY_8AM_BERLIN}":
 *
 * <pre>{@code
 * @RegisterExtension final TestApp app = TestApp.onFreshDatabase();        // one app per test
 * @RegisterExtension static final TestApp app = TestApp.onFreshDatabase(); // one for the class
 * final MutableClock clock = app.clock();                                 // tests may move it
 * @RegisterExtension final TestApp app = TestApp.onFreshDatabaseAt(FRIDAY_10AM_BERLIN); // chats
 * }</pre>
 *
 * A test that needs settings only it can know (a proxy's port, a fake server's URL) starts its own
 * with {@link #start(Clock, Map)} and closes it.
 */
public final class TestApp extends PerClassOrPerTest {
  public static final String ADMIN_KEY = "test-admin-key-0123456789";

  /** Every test app's {@code BOOKLINE_SECRET_KEY}, so instances accept each other's visitors. */
  public static final String SECRET_KEY = "test-secret-key-0123456789-0123456789-0123456789";

  /** Where every test's clock starts: Monday 23 Nov 2026, 08:00 in Berlin, the demo's zone. */
  public static final Instant MONDAY_8AM_BERLIN = Instant.parse("2026-11-23T07:00:00Z");

  /** Where the chat tests' conversations begin: Friday 27 Nov 2026, 10:00 in Berlin. */
  public static final Instant FRIDAY_10AM_BERLIN = Instant.parse("2026-11-27T09:00:00Z");

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Clock clock;
  private final Supplier<Map<String, String>> settings;
  private final List<TestApp> others = new ArrayList<>();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private volatile App app;
  private volatile Map<String, String> started;
  private Instant testsBegin;

  private TestApp(Clock clock, Supplier<Map<String, String>> settings) {
    this.clock = clock;
    this.settings = settings;
  }

  /** A clock standing at {@link #MONDAY_8AM_BERLIN}. */
  public static MutableClock mondayMorning() {
    return new MutableClock(MONDAY_8AM_BERLIN);
  }

  /**
   * The extension: an app on a fresh database, started before each test (or once before all of
   * them, on a static field) and closed after.
   *
   * @param settings extra environment, as key, value, key, value …
   */
  public static TestApp onFreshDatabase(String... settings) {
    if (settings.length % 2 != 0) {
      throw new IllegalArgumentException("settings come in key, value pairs");
    }
    return new TestApp(
        mondayMorning(),
        () -> {
          Map<String, String> env = new HashMap<>();
          env.put("DATABASE_URL", TestPostgres.freshDatabaseFor(settings));
          for (int i = 0; i < settings.length; i += 2) {
            env.put(settings[i], settings[i + 1]);
          }
          return env;
        });
  }

  /**
   * {@link #onFreshDatabase} whose clock stands at {@code now} when each test begins: the app
   * starts at {@link #MONDAY_8AM_BERLIN} as every test app does, then its clock is set to {@code
   * now} after the start and again before each test (a test may move it on from there).
   */
  public static TestApp onFreshDatabaseAt(Instant now, String... settings) {
    TestApp app = onFreshDatabase(settings);
    app.testsBegin = now;
    return app;
  }

  /** Starts at once on a fresh database of the test server. */
  public static TestApp start(Clock clock) {
    return start(clock, Map.of("DATABASE_URL", TestPostgres.freshDemoDatabase()));
  }

  /** Starts at once with exactly these settings (no {@code DATABASE_URL}: the embedded server). */
  public static TestApp start(Clock clock, Map<String, String> env) {
    TestApp app = new TestApp(clock, () -> env);
    app.startNow();
    return app;
  }

  private void startNow() {
    Map<String, String> env = settings.get();
    Map<String, String> all = new HashMap<>();
    all.put("PORT", "0");
    all.put("BOOKLINE_ADMIN_KEY", ADMIN_KEY);
    all.put("BOOKLINE_SECRET_KEY", SECRET_KEY);
    all.put("DATABASE_POOL_SIZE", "8");
    // Tests chat from one address on a stopped clock, faster than any person: the web limits are
    // out of their way unless a test sets its own (RateLimitTest).
    all.put("WEB_RATE_LIMIT_PER_MINUTE", "100000");
    all.put("WEB_IP_RATE_LIMIT_PER_MINUTE", "1000000");
    all.putAll(env);
    // A clock the test moves is also what retries sleep on; the system clock sleeps for real.
    Sleeper sleeper = clock instanceof Sleeper moved ? moved : Sleeper.onThread();
    app = App.start(ConfigLoader.load(all), clock, sleeper);
    started = Map.copyOf(env);
  }

  /**
   * Another instance with this one's settings and clock, so over the same database (and Redis, if
   * set), as behind a load balancer. It is closed with this one.
   */
  public TestApp secondInstance() {
    if (started == null) {
      throw new IllegalStateException("start this app before a second instance");
    }
    TestApp other = start(clock, started);
    others.add(other);
    return other;
  }

  @Override
  void open() {
    startNow();
    standAtTestsBegin();
  }

  @Override
  void beforeTest() {
    standAtTestsBegin();
  }

  private void standAtTestsBegin() {
    if (testsBegin != null) {
      clock().set(testsBegin);
    }
  }

  /** The clock the app reads; tests move it to test what time changes. */
  public MutableClock clock() {
    if (clock instanceof MutableClock mutable) {
      return mutable;
    }
    throw new IllegalStateException("this app was started with a clock tests cannot move");
  }

  public App app() {
    App running = app;
    if (running == null) {
      throw new IllegalStateException(
          "the app is not running: register TestApp.onFreshDatabase() with @RegisterExtension");
    }
    return running;
  }

  public String base() {
    return "http://127.0.0.1:" + app().port();
  }

  public record Response(int status, JsonNode json, String body) {}

  public Response post(String path, String body) {
    return send(
        HttpRequest.newBuilder(URI.create(base() + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /**
   * Posts as a client that announces its body first ({@code Expect: 100-continue}), so a request
   * refused for its declared length is answered before the body goes out. A client that sends a
   * large body straight away can find the connection closed under the refusal: the server does not
   * read what it refused, the kernel resets the connection over the unread bytes, and the answer
   * can be lost with it (a CI run saw "header parser received no bytes").
   */
  public Response postAnnounced(String path, String body) {
    return send(
        HttpRequest.newBuilder(URI.create(base() + path))
            .expectContinue(true)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** The operator key acting for the demo business (ADR 0017). */
  public Response postAdmin(String path, String body) {
    return as(ADMIN_KEY, "demo").send("POST", path, body);
  }

  /** The operator key acting for the demo business (ADR 0017). */
  public Response getAdmin(String path) {
    return as(ADMIN_KEY, "demo").send("GET", path, null);
  }

  /**
   * Requests made with a key: a business key ({@code business} null), or the operator key acting
   * for the business with that slug ({@code X-Bookline-Business}).
   */
  public Caller as(String key, String business) {
    return new Caller(key, business);
  }

  /** Requests made with a business key. */
  public Caller as(String businessKey) {
    return new Caller(businessKey, null);
  }

  /** Sends requests with one key (and business header, when set). */
  public final class Caller {
    private final String key;
    private final String business;

    private Caller(String key, String business) {
      this.key = key;
      this.business = business;
    }

    public Response get(String path) {
      return send("GET", path, null);
    }

    public Response post(String path, String body) {
      return send("POST", path, body);
    }

    public Response put(String path, String body) {
      return send("PUT", path, body);
    }

    public Response patch(String path, String body) {
      return send("PATCH", path, body);
    }

    public Response delete(String path) {
      return send("DELETE", path, null);
    }

    /** Any method; a null body sends none. */
    public Response send(String method, String path, String body) {
      HttpRequest.Builder b =
          HttpRequest.newBuilder(URI.create(base() + path))
              .method(
                  method,
                  body == null
                      ? HttpRequest.BodyPublishers.noBody()
                      : HttpRequest.BodyPublishers.ofString(body));
      if (body != null) {
        b.header("Content-Type", "application/json");
      }
      if (key != null) {
        b.header("Authorization", "Bearer " + key);
      }
      if (business != null) {
        b.header("X-Bookline-Business", business);
      }
      return TestApp.this.send(b);
    }
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

  /** The operator key acting for the demo business (ADR 0017). */
  public Response putAdmin(String path, String body) {
    return as(ADMIN_KEY, "demo").send("PUT", path, body);
  }

  public Response get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base() + path)).GET());
  }

  /** A GET as if from {@code address}, for an app told to trust {@code X-Forwarded-For}. */
  public Response get(String path, String address) {
    return send(
        HttpRequest.newBuilder(URI.create(base() + path)).header("X-Forwarded-For", address).GET());
  }

  /** Any request: a method and body of the caller's choosing, with headers. */
  public Response request(String method, String path, byte[] body, Map<String, String> headers) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base() + path))
            .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(b::header);
    return send(b);
  }

  /**
   * Sends one web-chat message from the user {@code userId} and returns the response. The operator
   * key vouches for the user (ADR 0020), as a business embedding the chat in its own app does, so a
   * test names its customers; {@link #visitor()} chats as an anonymous browser does.
   */
  public Response chat(String slug, String userId, String text) {
    try {
      String body = JSON.writeValueAsString(Map.of("userId", userId, "text", text));
      return request(
          "POST",
          "/webhooks/web/" + slug,
          body.getBytes(java.nio.charset.StandardCharsets.UTF_8),
          Map.of("Content-Type", "application/json", "Authorization", "Bearer " + ADMIN_KEY));
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

  /** Closes second instances, then this one; closing twice does nothing. */
  @Override
  public void close() {
    // The client's idle keep-alive connections would hold the server's graceful stop for a second
    // (Jetty closes idle connections on its next pass): a second per test, minutes per suite.
    http.shutdownNow();
    others.forEach(TestApp::close);
    others.clear();
    App running = app;
    app = null;
    if (running != null) {
      running.close();
    }
  }
}
