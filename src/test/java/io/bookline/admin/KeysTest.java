package io.bookline.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Operator and business keys: who may do what, revocation, and how keys are stored (ADR 0017). */
class KeysTest {
  @RegisterExtension static final TestApp app = TestApp.onFreshDatabase();

  private static String createBusiness(String slug) {
    var created =
        app.as(TestApp.ADMIN_KEY, null)
            .post(
                "/api/businesses",
                "{\"slug\":\""
                    + slug
                    + "\",\"name\":\"Shop "
                    + slug
                    + "\",\"timeZone\":\"Europe/Berlin\"}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().get("apiKey").asText();
  }

  @Test
  void the_operator_creates_a_business_and_its_first_key_works_once_shown() {
    String key = createBusiness("keys-one");
    assertThat(key).startsWith("bk_");
    var rules = app.as(key).get("/api/business");
    assertThat(rules.status()).isEqualTo(200);
    assertThat(rules.json().get("slug").asText()).isEqualTo("keys-one");
    assertThat(rules.json().get("currency").asText()).isEqualTo("EUR");
    var listed = app.as(key).get("/api/keys");
    assertThat(listed.body()).doesNotContain(key).contains(key.substring(0, 11));
    assertThat(listed.json().get("keys").get(0).get("lastUsedAt").isNull()).isFalse();
  }

  @Test
  void a_revoked_key_gets_401_on_its_very_next_request_and_no_key_is_stored_in_plain_text() {
    String first = createBusiness("keys-two");
    var issued = app.as(first).post("/api/keys", "{\"label\":\"front desk\"}");
    assertThat(issued.status()).as(issued.body()).isEqualTo(201);
    String second = issued.json().get("apiKey").asText();
    assertThat(app.as(second).get("/api/business").status()).isEqualTo(200);
    long id = issued.json().get("id").asLong();
    var revoked = app.as(first).delete("/api/keys/" + id);
    assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);
    assertThat(revoked.json().get("revokedAt").isNull()).isFalse();
    var refused = app.as(second).get("/api/business");
    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.body()).doesNotContain(second);
    assertThat(app.as(first).get("/api/business").status()).isEqualTo(200);
    var rows = app.app().database().dsl().fetch("select * from api_keys");
    assertThat(rows).hasSizeGreaterThanOrEqualTo(2);
    for (var row : rows) {
      for (Object value : row.intoArray()) {
        assertThat(String.valueOf(value))
            .doesNotContain(first.substring(11))
            .doesNotContain(second.substring(11));
      }
    }
  }

  @Test
  void the_operator_names_the_business_it_acts_for_and_a_business_key_cannot_create_businesses() {
    String key = createBusiness("keys-three");
    var noHeader = app.as(TestApp.ADMIN_KEY, null).get("/api/keys");
    assertThat(noHeader.status()).isEqualTo(400);
    assertThat(noHeader.json().get("message").asText()).contains("X-Bookline-Business");
    assertThat(app.as(TestApp.ADMIN_KEY, "nobody").get("/api/business").status()).isEqualTo(404);
    var acting = app.as(TestApp.ADMIN_KEY, "keys-three").get("/api/business");
    assertThat(acting.json().get("slug").asText()).isEqualTo("keys-three");
    var forbidden =
        app.as(key).post("/api/businesses", "{\"slug\":\"x\",\"name\":\"X\",\"timeZone\":\"UTC\"}");
    assertThat(forbidden.status()).isEqualTo(403);
    var own = app.as(key).get("/api/businesses");
    assertThat(own.json().get("businesses")).hasSize(1);
    assertThat(app.as("bk_not-a-key").get("/api/business").status()).isEqualTo(401);
    assertThat(app.get("/api/business").status()).isEqualTo(401);
    assertThat(app.as(key, "demo").get("/api/business").status()).isEqualTo(404);
  }

  @Test
  void creating_a_business_names_every_wrong_field_and_refuses_a_taken_slug() {
    var bad =
        app.as(TestApp.ADMIN_KEY, null)
            .post(
                "/api/businesses",
                "{\"slug\":\"Bad Slug\",\"timeZone\":\"Mars/Olympus\",\"currency\":\"EURO\",\"locale\":7}");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().get("error").asText()).isEqualTo("validation");
    assertThat(bad.json().get("fields").properties())
        .extracting(e -> e.getKey())
        .containsExactlyInAnyOrder("slug", "name", "timeZone", "currency", "locale");
    createBusiness("keys-four");
    var taken =
        app.as(TestApp.ADMIN_KEY, null)
            .post(
                "/api/businesses", "{\"slug\":\"keys-four\",\"name\":\"X\",\"timeZone\":\"UTC\"}");
    assertThat(taken.status()).isEqualTo(409);
  }
}
