package io.bookline.ingress;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.LogCapture;
import io.bookline.support.TestApp;
import io.bookline.support.TestPostgres;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code WEB_TRUST_USER_ID} (ADR 0020 addendum): off by default, an unvouched {@code userId} is
 * 401; on, as a load test that names its users needs, it is taken as the user, each name its own
 * conversation, no token handed out, and start-up warns. Real HTTP, real Postgres.
 */
class TrustedUserIdsTest {
  static TestApp.Response anonymous(TestApp app, String body) {
    return app.postRaw(
        "/webhooks/web/demo",
        body.getBytes(StandardCharsets.UTF_8),
        Map.of("Content-Type", "application/json"));
  }

  @Test
  void by_default_a_user_id_nobody_vouches_for_is_refused() {
    try (TestApp app = TestApp.start(TestApp.mondayMorning())) {
      var r = anonymous(app, "{\"userId\":\"perf-1\",\"text\":\"what are your opening hours?\"}");
      assertThat(r.status()).isEqualTo(401);
    }
  }

  @Test
  void when_trusted_each_named_user_is_its_own_customer_and_start_up_warns() {
    try (LogCapture logs = new LogCapture();
        TestApp app =
            TestApp.start(
                TestApp.mondayMorning(),
                Map.of(
                    "DATABASE_URL", TestPostgres.freshDatabase(), "WEB_TRUST_USER_ID", "true"))) {
      assertThat(logs.mentioning("WEB_TRUST_USER_ID is on")).hasSize(1);
      var first = anonymous(app, "{\"userId\":\"perf-1\",\"text\":\"gel manicure on friday\"}");
      assertThat(first.status()).as(first.body()).isEqualTo(200);
      assertThat(first.json().has("visitor")).isFalse();
      assertThat(anonymous(app, "{\"userId\":\"perf-1\",\"text\":\"at 10\"}").body())
          .contains("Gel Manicure");
      assertThat(anonymous(app, "{\"userId\":\"perf-2\",\"text\":\"at 10\"}").body())
          .contains("Which service would you like?");
      assertThat(app.app().database().dsl().fetchCount(io.bookline.db.Schema.Customers.T))
          .isEqualTo(2);
      // A name still may not pose as one of the server's visitors, and a page without a name
      // still gets a token.
      assertThat(
              anonymous(app, "{\"userId\":\"v_AAAAAAAAAAAAAAAAAAAAAA\",\"text\":\"hi\"}").status())
          .isEqualTo(400);
      assertThat(anonymous(app, "{\"text\":\"hi\"}").json().has("visitor")).isTrue();
    }
  }
}
