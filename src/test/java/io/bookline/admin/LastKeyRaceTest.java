package io.bookline.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two revocations at once of a business's only two keys: one goes through, the other is refused as
 * the last key, so the owner is never locked out (the row lock of ADR 0094). Each repetition is a
 * new business; the operator's key revokes both, so neither request loses its own key mid-way.
 */
class LastKeyRaceTest {
  @RegisterExtension static final TestApp app = TestApp.onFreshDatabase();

  private static int business = 0;

  @RepeatedTest(10)
  void of_two_keys_revoked_at_once_one_stays() throws Exception {
    String slug = "race-" + ++business;
    var created =
        app.as(TestApp.ADMIN_KEY, null)
            .post(
                "/api/businesses",
                "{\"slug\":\"" + slug + "\",\"name\":\"Race\",\"timeZone\":\"Europe/Berlin\"}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String first = created.json().get("apiKey").asText();
    long firstId = created.json().get("apiKeyId").asLong();
    long secondId =
        app.as(first).post("/api/keys", "{\"label\":\"second\"}").json().get("id").asLong();

    CountDownLatch go = new CountDownLatch(1);
    List<CompletableFuture<Integer>> revokes =
        List.of(firstId, secondId).stream()
            .map(
                id ->
                    CompletableFuture.supplyAsync(
                        () -> {
                          try {
                            go.await();
                          } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                          }
                          return app.as(TestApp.ADMIN_KEY, slug).delete("/api/keys/" + id).status();
                        }))
            .toList();
    go.countDown();
    List<Integer> statuses = revokes.stream().map(CompletableFuture::join).sorted().toList();

    assertThat(statuses).containsExactly(200, 409);
    var keys = app.as(TestApp.ADMIN_KEY, slug).get("/api/keys");
    assertThat(keys.status()).as(keys.body()).isEqualTo(200);
    assertThat(keys.body()).contains("\"revokedAt\":null");
  }
}
