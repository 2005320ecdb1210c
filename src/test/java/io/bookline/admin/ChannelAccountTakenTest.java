package io.bookline.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Black-box finding: a WhatsApp or Messenger account id another business holds answered 404 "no
 * whatsapp account … of this business", as if a typo. It is 409 now, never naming who holds it (ADR
 * 0094).
 */
class ChannelAccountTakenTest {
  @RegisterExtension static final TestApp app = TestApp.onFreshDatabase();

  static String business(String slug) {
    var created =
        app.as(TestApp.ADMIN_KEY, null)
            .post(
                "/api/businesses",
                "{\"slug\":\""
                    + slug
                    + "\",\"name\":\"Salon "
                    + slug
                    + "\",\"timeZone\":\"Europe/Berlin\"}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().get("apiKey").asText();
  }

  @ParameterizedTest
  @ValueSource(strings = {"whatsapp", "messenger"})
  void an_account_another_business_has_is_a_conflict_that_names_nobody(String platform) {
    String a = business("taken-a-" + platform);
    String b = business("taken-b-" + platform);
    String path = "/api/channels/" + platform + "/1234567890";
    var first = app.as(a).put(path, "{\"appSecret\":\"secret-a\"}");
    assertThat(first.status()).as(first.body()).isEqualTo(200);

    var second = app.as(b).put(path, "{\"appSecret\":\"secret-b\"}");
    assertThat(second.status()).as(second.body()).isEqualTo(409);
    assertThat(second.json().get("error").asText()).isEqualTo("conflict");
    assertThat(second.json().get("message").asText())
        .isEqualTo(
            "this "
                + platform
                + " account is connected to another business; it must be removed there first");
    assertThat(second.body())
        .doesNotContain("taken-a")
        .doesNotContain("Salon")
        .doesNotContain("secret");
    // Still A's.
    assertThat(app.as(a).get("/api/channels").body()).contains("1234567890");
    assertThat(app.as(b).get("/api/channels").body()).doesNotContain("1234567890");
  }
}
