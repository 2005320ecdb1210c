package io.bookline.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Black-box finding: {@code HEAD} on any owner API route answered 200 without a key (Javalin
 * answered it for the {@code GET} route without running it). It now answers as {@code GET} does,
 * with no body (ADR 0094).
 */
class HeadLikeGetTest {
  @RegisterExtension static final TestApp app = TestApp.onFreshDatabase();

  @Test
  void head_answers_the_status_get_would() {
    var nobody = app.as(null);
    assertThat(nobody.send("HEAD", "/api/keys", null).status()).isEqualTo(401);
    assertThat(nobody.send("HEAD", "/api/bookings/99999", null).status()).isEqualTo(401);
    assertThat(app.as("bk_not-a-key").send("HEAD", "/api/services", null).status()).isEqualTo(401);

    var owner = app.as(TestApp.ADMIN_KEY, "demo");
    assertThat(owner.send("HEAD", "/api/bookings/99999", null).status()).isEqualTo(404);
    assertThat(owner.get("/api/bookings/99999").status()).isEqualTo(404);
    assertThat(owner.send("HEAD", "/api/staff/abc", null).status()).isEqualTo(400);
    var services = owner.send("HEAD", "/api/services", null);
    assertThat(services.status()).isEqualTo(200);
    assertThat(services.body()).isEmpty();
  }
}
