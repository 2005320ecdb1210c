package io.bookline.owner;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Owner test, 2026-11-28: a body that is not UTF-8 was stored as U+FFFD with 201, a price of 1e400
 * said "must be a number" where 1e12 names the range, and an empty access token created a channel
 * account with no secrets. Each is now a 400 that names the problem.
 */
class OwnerApiBodyEdgesTest {
  @RegisterExtension static final TestApp app = TestApp.onFreshDatabase();

  static TestApp.Caller owner() {
    return app.as(TestApp.ADMIN_KEY, "demo");
  }

  private static TestApp.Response postBytes(String path, byte[] body) {
    return app.request(
        "POST",
        path,
        body,
        Map.of(
            "Authorization", "Bearer " + TestApp.ADMIN_KEY,
            "X-Bookline-Business", "demo",
            "Content-Type", "application/json"));
  }

  private static byte[] serviceNamed(byte[] name) {
    var out = new ByteArrayOutputStream();
    out.writeBytes("{\"name\":\"".getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(name);
    out.writeBytes("\",\"durationMinutes\":30,\"price\":20}".getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  private static long services() {
    return ((Number) app.app().database().dsl().fetchValue("select count(*) from services"))
        .longValue();
  }

  @Test
  void a_body_that_is_not_utf8_is_refused_and_nothing_is_stored() {
    long before = services();
    var bad = postBytes("/api/services", serviceNamed(new byte[] {(byte) 0xff, (byte) 0xfe}));
    assertThat(bad.status()).as(bad.body()).isEqualTo(400);
    assertThat(bad.json().get("error").asText()).isEqualTo("bad_request");
    assertThat(bad.json().get("message").asText())
        .isEqualTo(
            "the body is not valid UTF-8 (bytes that are no UTF-8 character from byte 10);"
                + " send JSON encoded as UTF-8");
    assertThat(services()).isEqualTo(before);
  }

  @Test
  void names_in_german_and_spanish_letters_sent_as_utf8_are_kept() {
    // Guard: the strict reader must not refuse real UTF-8 (ü, ñ, ß).
    for (String name : new String[] {"Maniküre Spezial", "Uñas de gel", "Fußmassage Spezial"}) {
      var ok = postBytes("/api/services", serviceNamed(name.getBytes(StandardCharsets.UTF_8)));
      assertThat(ok.status()).as(ok.body()).isEqualTo(201);
      assertThat(ok.json().get("name").asText()).isEqualTo(name);
    }
  }

  @Test
  void a_price_beyond_a_double_says_the_range_as_1e12_does() {
    var e12 =
        owner().post("/api/services", "{\"name\":\"Big\",\"durationMinutes\":30,\"price\":1e12}");
    assertThat(e12.json().get("fields").get("price").asText())
        .isEqualTo("must be between 0 and 99999999.99, not 1000000000000");
    for (String sent : new String[] {"1e400", "-1e400"}) {
      var huge =
          owner()
              .post(
                  "/api/services",
                  "{\"name\":\"Huge\",\"durationMinutes\":30,\"price\":" + sent + "}");
      assertThat(huge.status()).as(huge.body()).isEqualTo(400);
      assertThat(huge.json().get("fields").get("price").asText())
          .isEqualTo(
              "must be between 0 and 99999999.99, not "
                  + (sent.startsWith("-") ? "-" : "")
                  + "1E+400");
    }
  }

  @Test
  void a_price_with_an_exponent_of_a_billion_is_refused_quickly_and_clipped() {
    var huge =
        owner()
            .post(
                "/api/services",
                "{\"name\":\"Huge\",\"durationMinutes\":1e999999999,\"price\":1e999999999}");
    assertThat(huge.status()).as(huge.body()).isEqualTo(400);
    assertThat(huge.json().get("fields").get("price").asText())
        .isEqualTo("must be between 0 and 99999999.99, not 1E+999999999");
    assertThat(huge.json().get("fields").get("durationMinutes").asText())
        .isEqualTo("must be a whole number");
  }

  @Test
  void an_empty_secret_is_refused_naming_the_field() {
    for (String empty : new String[] {"\"\"", "\"  \""}) {
      var put = owner().put("/api/channels/whatsapp/123", "{\"accessToken\":" + empty + "}");
      assertThat(put.status()).as(put.body()).isEqualTo(400);
      assertThat(put.json().get("fields").get("accessToken").asText())
          .isEqualTo("must not be empty; leave accessToken out if it is not known yet");
    }
    assertThat(owner().get("/api/channels").body()).doesNotContain("\"123\"");
  }

  @Test
  void an_absent_secret_is_not_set_yet_as_before() {
    // Guard: leaving a secret out still creates the account with it missing.
    var put = owner().put("/api/channels/whatsapp/456", "{\"verifyToken\":\"v-456\"}");
    assertThat(put.status()).as(put.body()).isEqualTo(200);
    assertThat(put.body()).contains("accessToken");
  }
}
