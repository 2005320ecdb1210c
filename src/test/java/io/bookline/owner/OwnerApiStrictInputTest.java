package io.bookline.owner;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Owner tester, LOW: a price with decimals its currency does not have, a field named twice, a body
 * sent as text/plain, an account id far too long and a duration written as 1e12 each get a 400 (415
 * for the type) that says the real problem; a saved service answers its price as GET does (ADR
 * 0114).
 */
class OwnerApiStrictInputTest {
  @RegisterExtension static final TestApp app = TestApp.onFreshDatabase();

  static TestApp.Caller owner() {
    return app.as(TestApp.ADMIN_KEY, "demo");
  }

  /** Read once: a test that fails on old code (the field named twice) renames the service. */
  private static Long gel;

  static long gel() {
    if (gel == null) {
      gel =
          ((Number)
                  app.app()
                      .database()
                      .dsl()
                      .fetchValue("select id from services where name = 'Gel Manicure'"))
              .longValue();
    }
    return gel;
  }

  @Test
  void a_price_has_at_most_the_decimals_of_the_business_s_currency() {
    assertThat(owner().patch("/api/business", "{\"currency\":\"JPY\"}").status()).isEqualTo(200);
    try {
      var yen = owner().patch("/api/services/" + gel(), "{\"price\":12.50}");
      assertThat(yen.status()).as(yen.body()).isEqualTo(400);
      assertThat(yen.json().get("fields").get("price").asText())
          .isEqualTo("JPY has no minor unit: the price must be a whole number, not 12.5");
      assertThat(owner().patch("/api/services/" + gel(), "{\"price\":3500}").status())
          .isEqualTo(200);
    } finally {
      owner().patch("/api/business", "{\"currency\":\"EUR\"}");
    }
    var euro = owner().patch("/api/services/" + gel(), "{\"price\":12.505}");
    assertThat(euro.status()).as(euro.body()).isEqualTo(400);
    assertThat(euro.json().get("fields").get("price").asText())
        .isEqualTo("must have at most 2 decimals, not 12.505");
  }

  @Test
  void a_saved_service_answers_its_price_as_get_does() {
    var saved = owner().patch("/api/services/" + gel(), "{\"price\":35}");
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    assertThat(saved.body()).contains("\"price\":35.00");
    assertThat(owner().get("/api/services/" + gel()).body()).contains("\"price\":35.00");
  }

  @Test
  void a_field_named_twice_is_refused() {
    var twice = owner().patch("/api/services/" + gel(), "{\"name\":\"A\",\"name\":\"B\"}");
    assertThat(twice.status()).as(twice.body()).isEqualTo(400);
    assertThat(twice.json().get("message").asText())
        .isEqualTo("the body names a field twice ('name'); send each field once");
    assertThat(owner().get("/api/services/" + gel()).json().get("name").asText())
        .isEqualTo("Gel Manicure");
  }

  @Test
  void a_body_sent_as_text_is_415_and_one_without_a_type_is_read_as_json() throws Exception {
    HttpResponse<String> text = patch("text/plain", "{\"name\":\"Gel Deluxe\"}");
    assertThat(text.statusCode()).as(text.body()).isEqualTo(415);
    assertThat(text.body())
        .contains("\"error\":\"unsupported_media_type\"")
        .contains("the body must be JSON sent as Content-Type: application/json, not text/plain");
    assertThat(owner().get("/api/services/" + gel()).json().get("name").asText())
        .isEqualTo("Gel Manicure");

    HttpResponse<String> charset = patch("application/json; charset=utf-8", "{\"price\":36}");
    assertThat(charset.statusCode()).as(charset.body()).isEqualTo(200);
    HttpResponse<String> none = patch(null, "{\"price\":37}");
    assertThat(none.statusCode()).as(none.body()).isEqualTo(200);
  }

  @Test
  void an_account_id_too_long_says_the_length_limit() {
    String id = "1".repeat(3000);
    var put = owner().put("/api/channels/whatsapp/" + id, "{}");
    assertThat(put.status()).as(put.body()).isEqualTo(400);
    assertThat(put.json().get("fields").get("externalId").asText())
        .startsWith("is 3000 characters long; a whatsapp account id has at most 64: '111");
  }

  @Test
  void a_duration_written_as_1e12_says_the_range() {
    var huge = owner().patch("/api/services/" + gel(), "{\"durationMinutes\":1e12}");
    assertThat(huge.status()).as(huge.body()).isEqualTo(400);
    assertThat(huge.json().get("fields").get("durationMinutes").asText())
        .isEqualTo("must be between 5 and 1440, not 1000000000000");
    var half = owner().patch("/api/services/" + gel(), "{\"durationMinutes\":45.5}");
    assertThat(half.json().get("fields").get("durationMinutes").asText())
        .isEqualTo("must be a whole number");
  }

  private static HttpResponse<String> patch(String type, String body) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(app.base() + "/api/services/" + gel()))
            .header("Authorization", "Bearer " + TestApp.ADMIN_KEY)
            .header("X-Bookline-Business", "demo")
            .method("PATCH", HttpRequest.BodyPublishers.ofString(body));
    if (type != null) {
      b.header("Content-Type", type);
    }
    return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
  }
}
