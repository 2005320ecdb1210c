package io.bookline.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Black-box finding: the slug "-" was refused with "must be lower-case letters, digits and '-'",
 * which it is. The message now says the whole rule.
 */
class SlugRuleTest {
  @RegisterExtension static final TestApp app = TestApp.onFreshDatabase();

  @ParameterizedTest
  @ValueSource(strings = {"-", "-salon", "Salon", "salon ana"})
  void a_bad_slug_is_refused_with_the_whole_rule(String slug) {
    var refused =
        app.as(TestApp.ADMIN_KEY, null)
            .post(
                "/api/businesses",
                "{\"slug\":\"" + slug + "\",\"name\":\"Salon\",\"timeZone\":\"Europe/Berlin\"}");
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.json().get("fields").get("slug").asText())
        .isEqualTo(
            "'"
                + slug
                + "' is not a slug: 1 to 63 lower-case letters (a-z), digits and '-',"
                + " starting with a letter or digit");
  }
}
