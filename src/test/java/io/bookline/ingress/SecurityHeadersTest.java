package io.bookline.ingress;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.HttpApi;
import io.bookline.support.TestApp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Security headers (issue 14 finding 12, ADR 0021): every answer says nosniff and forbids framing;
 * the chat page allows exactly its own inline code and the sites its business lists.
 */
class SecurityHeadersTest {
  @RegisterExtension static final TestApp app = TestApp.onFreshDatabase();

  static final HttpClient HTTP = HttpClient.newHttpClient();

  static HttpResponse<String> send(String method, String path, String body) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(app.base() + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    if (path.startsWith("/api/")) {
      b.header("Authorization", "Bearer " + TestApp.ADMIN_KEY)
          .header("X-Bookline-Business", "demo");
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static String csp(HttpResponse<?> r) {
    return r.headers().firstValue("Content-Security-Policy").orElse("");
  }

  @Test
  void json_answers_errors_and_the_chat_webhook_say_nosniff_and_may_not_be_framed()
      throws Exception {
    for (HttpResponse<String> r :
        java.util.List.of(
            send("GET", "/api/business", null),
            send("GET", "/no/such/page", null),
            send("POST", "/webhooks/web/demo", "{\"text\":\"hi\"}"),
            send("POST", "/webhooks/web/demo", "not json"),
            send("GET", "/health/live", null))) {
      assertThat(r.headers().firstValue("X-Content-Type-Options"))
          .as(r.uri().toString())
          .contains("nosniff");
      assertThat(csp(r))
          .as(r.uri().toString())
          .contains("frame-ancestors 'none'", "object-src 'none'");
    }
  }

  @Test
  void the_headers_add_no_route_to_the_route_table() {
    assertThat(app.app().routes())
        .extracting(HttpApi.Route::path)
        .doesNotContain("*")
        .contains("/chat/{businessSlug}");
    assertThat(app.app().routes())
        .extracting(HttpApi.Route::method)
        .allMatch(m -> m.matches("GET|POST|PUT|PATCH|DELETE"));
  }

  @Test
  void the_chat_page_allows_its_own_inline_code_by_hash_and_the_business_sites_to_frame_it()
      throws Exception {
    var page = send("GET", "/chat/demo", null);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    String policy = csp(page);
    assertThat(policy)
        .startsWith("default-src 'none'; script-src 'sha256-")
        .endsWith("frame-ancestors 'self'");
    Matcher script = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL).matcher(page.body());
    assertThat(script.find()).isTrue();
    String hash =
        Base64.getEncoder()
            .encodeToString(
                MessageDigest.getInstance("SHA-256")
                    .digest(script.group(1).getBytes(StandardCharsets.UTF_8)));
    assertThat(policy).contains("script-src 'sha256-" + hash + "'");
    assertThat(policy).doesNotContain("unsafe-inline", "unsafe-eval");

    var set =
        send(
            "PATCH",
            "/api/business",
            "{\"frameAncestors\": [\"https://Salon.example/\", \"https://*.salon.example\","
                + " \"http://localhost:3000\"]}");
    assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
    assertThat(set.body())
        .contains(
            "\"frameAncestors\":[\"https://salon.example\",\"https://*.salon.example\",\"http://localhost:3000\"]");
    assertThat(csp(send("GET", "/chat/demo", null)))
        .endsWith(
            "frame-ancestors 'self' https://salon.example https://*.salon.example http://localhost:3000");

    var cleared = send("PATCH", "/api/business", "{\"frameAncestors\": []}");
    assertThat(cleared.statusCode()).isEqualTo(200);
    assertThat(csp(send("GET", "/chat/demo", null))).endsWith("frame-ancestors 'self'");
  }

  @Test
  void a_frame_ancestor_that_is_not_an_origin_is_refused_naming_it_and_nothing_changes()
      throws Exception {
    var bad =
        send(
            "PATCH",
            "/api/business",
            "{\"frameAncestors\": [\"https://ok.example\", \"https://a.example; script-src *\","
                + " \"*\", \"javascript:alert(1)\", \"https://x.example/path\", \"'self'\"]}");
    assertThat(bad.statusCode()).isEqualTo(400);
    for (int i = 1; i <= 5; i++) {
      assertThat(bad.body()).contains("frameAncestors[" + i + "]");
    }
    assertThat(bad.body()).doesNotContain("frameAncestors[0]");
    var wrongType = send("PATCH", "/api/business", "{\"frameAncestors\": \"https://ok.example\"}");
    assertThat(wrongType.statusCode()).isEqualTo(400);
    assertThat(csp(send("GET", "/chat/demo", null))).endsWith("frame-ancestors 'self'");
  }
}
