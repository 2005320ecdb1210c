package io.bookline.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Black-box finding: revoking a business's only live key answered 200, and then every request of
 * the owner got 401. The last live key is now refused with 409 (ADR 0094).
 */
class LastKeyTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  @Test
  void the_last_live_key_cannot_be_revoked_until_another_is_issued() {
    var created =
        app.as(TestApp.ADMIN_KEY, null)
            .post(
                "/api/businesses",
                "{\"slug\":\"one-key\",\"name\":\"One Key\",\"timeZone\":\"Europe/Berlin\"}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String first = created.json().get("apiKey").asText();
    long firstId = created.json().get("apiKeyId").asLong();

    var refused = app.as(first).delete("/api/keys/" + firstId);
    assertThat(refused.status()).as(refused.body()).isEqualTo(409);
    assertThat(refused.json().get("error").asText()).isEqualTo("conflict");
    assertThat(refused.json().get("message").asText())
        .contains("is the business's last key; issue another first");
    // The operator is refused too: the owner would be locked out all the same.
    assertThat(app.as(TestApp.ADMIN_KEY, "one-key").delete("/api/keys/" + firstId).status())
        .isEqualTo(409);
    assertThat(app.as(first).get("/api/keys").status()).isEqualTo(200);

    var issued = app.as(first).post("/api/keys", "{\"label\":\"new laptop\"}");
    String second = issued.json().get("apiKey").asText();
    long secondId = issued.json().get("id").asLong();
    var revoked = app.as(second).delete("/api/keys/" + firstId);
    assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);
    assertThat(app.as(first).get("/api/keys").status()).isEqualTo(401);

    assertThat(app.as(second).delete("/api/keys/" + secondId).status()).isEqualTo(409);
    assertThat(app.as(second).get("/api/business").status()).isEqualTo(200);
    // Revoking an already revoked key changes nothing and still answers with it.
    assertThat(app.as(second).delete("/api/keys/" + firstId).status()).isEqualTo(200);
  }
}
