package io.bookline.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import io.bookline.support.TestRedis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two instances over one Postgres and one Redis: an owner's change made on one instance is used by
 * the other's very next chat turn, though that instance had the catalog cached (ADR 0031).
 */
class CatalogAcrossInstancesTest {
  @RegisterExtension final TestApp a = TestApp.onFreshDatabase("REDIS_URL", TestRedis.fresh());

  @Test
  void a_change_on_one_instance_reaches_the_other_s_next_turn() {
    TestApp b = a.secondInstance();
    assertThat(b.say("warm", "what are your prices?")).doesNotContain("Brow Lift");
    var owner = a.as(TestApp.ADMIN_KEY, "demo");
    var brows =
        owner.post(
            "/api/services", "{\"name\": \"Brow Lift\", \"durationMinutes\": 30, \"price\": 20}");
    assertThat(brows.status()).as(brows.body()).isEqualTo(201);
    long staff = owner.get("/api/staff").json().get("staff").get(0).get("id").asLong();
    var assigned =
        owner.patch(
            "/api/staff/" + staff, "{\"serviceIds\": [" + brows.json().get("id").asLong() + "]}");
    assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
    assertThat(b.say("maria", "a brow lift tomorrow at 10"))
        .startsWith("Brow Lift on Tue 24 Nov at 10:00 is free.");

    var closed =
        owner.post("/api/closures", "{\"firstDay\": \"2026-11-24\", \"lastDay\": \"2026-11-24\"}");
    assertThat(closed.status()).as(closed.body()).isEqualTo(201);
    assertThat(b.say("ben", "a brow lift tomorrow at 10")).doesNotContain("10:00 is free");

    var hours =
        owner.put("/api/hours", "[{\"weekday\": 2, \"opens\": \"12:00\", \"closes\": \"13:00\"}]");
    assertThat(hours.status()).isEqualTo(200);
    owner.delete("/api/closures/" + closed.json().get("id").asLong());
    assertThat(b.say("cleo", "a brow lift tomorrow at 12"))
        .startsWith("Brow Lift on Tue 24 Nov at 12:00 is free.");
  }
}
