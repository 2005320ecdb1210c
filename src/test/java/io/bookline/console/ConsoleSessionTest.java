package io.bookline.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The console's sign-in session over plain HTTP: cookie, CSRF, sign-out, revocation, throttle. */
class ConsoleSessionTest {
  @RegisterExtension
  static final TestApp app = TestApp.onFreshDatabase("CLIENT_IP_HEADER", "X-Forwarded-For");

  private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");
  private final HttpClient http = HttpClient.newHttpClient();

  static String demoKey(TestApp app) {
    var issued = app.as(TestApp.ADMIN_KEY, "demo").post("/api/keys", "{\"label\":\"console\"}");
    assertThat(issued.status()).as(issued.body()).isEqualTo(201);
    return issued.json().get("apiKey").asText();
  }

  private HttpResponse<String> send(HttpRequest.Builder b)
      throws IOException, InterruptedException {
    return http.send(
        b.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> signIn(String key, String address)
      throws IOException, InterruptedException {
    return send(
        HttpRequest.newBuilder(URI.create(app.base() + "/console/sign-in"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("X-Forwarded-For", address)
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "key=" + URLEncoder.encode(key, StandardCharsets.UTF_8))));
  }

  /** The cookie pair ("bookline_console=…") the sign-in set. */
  private static String cookie(HttpResponse<String> signedIn) {
    String set = signedIn.headers().firstValue("Set-Cookie").orElseThrow();
    return set.substring(0, set.indexOf(';'));
  }

  private HttpResponse<String> get(String path, String cookie)
      throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(URI.create(app.base() + path)).header("Cookie", cookie));
  }

  @Test
  void a_right_key_opens_a_strict_http_only_session_and_pages_are_not_stored() throws Exception {
    var signedIn = signIn(demoKey(app), "10.0.0.1");
    assertThat(signedIn.statusCode()).isEqualTo(303);
    assertThat(signedIn.headers().firstValue("Location")).hasValue("/console/calendar");
    String set = signedIn.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(set).contains("HttpOnly", "SameSite=Strict", "Path=/").doesNotContain("Secure");

    var page = get("/console/calendar", cookie(signedIn));
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("script-src 'self'")
        .doesNotContain("unsafe-inline");
    assertThat(page.body())
        .contains("href=\"/console/calendar\" aria-current=\"page\">Calendar")
        .doesNotContain("<script>");
    var api = get("/api/business", cookie(signedIn));
    assertThat(api.statusCode()).isEqualTo(200);
    assertThat(api.body()).contains("\"slug\":\"demo\"");
  }

  @Test
  void a_change_through_the_session_needs_its_csrf_token() throws Exception {
    var signedIn = signIn(demoKey(app), "10.0.0.2");
    String cookie = cookie(signedIn);
    Matcher m = CSRF.matcher(get("/console/calendar", cookie).body());
    assertThat(m.find()).isTrue();
    String body = "{\"address\":\"Main St 1\"}";
    var without =
        send(
            HttpRequest.newBuilder(URI.create(app.base() + "/api/business"))
                .header("Cookie", cookie)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body)));
    assertThat(without.statusCode()).isEqualTo(403);
    assertThat(without.body()).contains("X-CSRF-Token");
    var with =
        send(
            HttpRequest.newBuilder(URI.create(app.base() + "/api/business"))
                .header("Cookie", cookie)
                .header("X-CSRF-Token", m.group(1))
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body)));
    assertThat(with.statusCode()).as(with.body()).isEqualTo(200);
  }

  @Test
  void signing_out_ends_the_session_on_the_server() throws Exception {
    var signedIn = signIn(demoKey(app), "10.0.0.3");
    String cookie = cookie(signedIn);
    Matcher m = CSRF.matcher(get("/console/calendar", cookie).body());
    assertThat(m.find()).isTrue();
    var out =
        send(
            HttpRequest.newBuilder(URI.create(app.base() + "/console/sign-out"))
                .header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("csrf=" + m.group(1))));
    assertThat(out.statusCode()).isEqualTo(303);
    assertThat(out.headers().firstValue("Set-Cookie").orElseThrow()).contains("Max-Age=0");
    // The old cookie, replayed, opens nothing any more.
    assertThat(get("/api/business", cookie).statusCode()).isEqualTo(401);
    var page = get("/console/calendar", cookie);
    assertThat(page.statusCode()).isEqualTo(303);
    assertThat(page.headers().firstValue("Location")).hasValue("/console/sign-in");
  }

  @Test
  void revoking_the_key_ends_its_console_sessions() throws Exception {
    String key = demoKey(app);
    String cookie = cookie(signIn(key, "10.0.0.4"));
    assertThat(get("/api/business", cookie).statusCode()).isEqualTo(200);
    long id =
        app.as(key).get("/api/keys").json().get("keys").findValues("id").stream()
            .mapToLong(n -> n.asLong())
            .max()
            .orElseThrow();
    assertThat(app.as(TestApp.ADMIN_KEY, "demo").delete("/api/keys/" + id).status()).isEqualTo(200);
    assertThat(get("/api/business", cookie).statusCode()).isEqualTo(401);
  }

  @Test
  void wrong_keys_get_a_clear_message_and_are_slowed_down() throws Exception {
    var wrong = signIn("bk_wrong", "10.0.0.9");
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(wrong.body()).contains("That key is not valid or was revoked");
    for (int i = 2; i <= SignInThrottle.FREE_FAILURES; i++) {
      assertThat(signIn("bk_wrong", "10.0.0.9").statusCode()).isEqualTo(401);
    }
    var slowed = signIn("bk_wrong", "10.0.0.9");
    assertThat(slowed.body()).contains("Too many wrong keys: wait 2 seconds");
    // While it waits, even the right key is not tried; another address is not held up.
    var held = signIn(demoKey(app), "10.0.0.9");
    assertThat(held.statusCode()).isEqualTo(429);
    assertThat(held.body()).contains("Too many wrong keys");
    assertThat(signIn(demoKey(app), "10.0.0.10").statusCode()).isEqualTo(303);
    app.clock().advance(Duration.ofSeconds(3));
    assertThat(signIn(demoKey(app), "10.0.0.9").statusCode()).isEqualTo(303);
  }

  /**
   * Newcomer walk-through: data/operator-key.txt lies beside data/demo-business-key.txt, and the
   * operator key pasted into the console was told it "is not valid or was revoked".
   */
  @Test
  void the_operator_key_or_another_non_business_key_is_told_the_console_takes_a_bk_key()
      throws Exception {
    var operator = signIn(TestApp.ADMIN_KEY, "10.0.0.12");
    assertThat(operator.statusCode()).isEqualTo(401);
    assertThat(operator.body())
        .contains(
            "That is not a business key: the console takes the business&#39;s own key, which"
                + " starts with bk_ (the operator key opens no console).")
        .doesNotContain("revoked");
  }

  @Test
  void an_empty_key_and_a_foreign_origin_are_refused_with_a_message() throws Exception {
    var empty = signIn("  ", "10.0.0.11");
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(empty.body()).contains("Enter your business key");
    var foreign =
        send(
            HttpRequest.newBuilder(URI.create(app.base() + "/console/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("key=" + demoKey(app))));
    assertThat(foreign.statusCode()).isEqualTo(403);
    assertThat(foreign.headers().firstValue("Set-Cookie")).isEmpty();
  }
}
