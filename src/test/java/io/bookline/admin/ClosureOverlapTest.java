package io.bookline.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A closure over days another closure of the same scope already covers (the same dates twice, or
 * overlapping ones) is refused with 409 naming the one there (ADR 0067); a staff member's leave
 * inside a closure of the whole business, days that only touch, and another business's closures are
 * not in the way.
 */
class ClosureOverlapTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  TestApp.Caller owner() {
    return app.as(TestApp.ADMIN_KEY, "demo");
  }

  static String days(String first, String last) {
    return "{\"firstDay\": \"" + first + "\", \"lastDay\": \"" + last + "\"";
  }

  @Test
  void the_same_days_twice_or_overlapping_days_are_refused_naming_the_closure_there() {
    var holiday =
        owner()
            .post("/api/closures", days("2026-12-24", "2026-12-26") + ", \"reason\": \"holiday\"}");
    assertThat(holiday.status()).as(holiday.body()).isEqualTo(201);
    long id = holiday.json().get("id").asLong();

    var again = owner().post("/api/closures", days("2026-12-24", "2026-12-26") + "}");
    assertThat(again.status()).as(again.body()).isEqualTo(409);
    assertThat(again.json().get("error").asText()).isEqualTo("conflict");
    assertThat(again.json().get("message").asText())
        .isEqualTo(
            "closure "
                + id
                + " already says the business is closed from 2026-12-24 to 2026-12-26 (holiday);"
                + " remove it first, or choose days it does not cover");
    assertThat(again.json().get("existingClosure").toString())
        .isEqualTo(
            "{\"id\":"
                + id
                + ",\"firstDay\":\"2026-12-24\",\"lastDay\":\"2026-12-26\",\"reason\":\"holiday\","
                + "\"staffId\":null}");

    var overlapping = owner().post("/api/closures", days("2026-12-26", "2026-12-31") + "}");
    assertThat(overlapping.status()).as(overlapping.body()).isEqualTo(409);
    assertThat(overlapping.json().get("existingClosure").get("id").asLong()).isEqualTo(id);
    var around = owner().post("/api/closures", days("2026-12-20", "2027-01-06") + "}");
    assertThat(around.status()).as(around.body()).isEqualTo(409);

    var touching = owner().post("/api/closures", days("2026-12-27", "2026-12-31") + "}");
    assertThat(touching.status()).as(touching.body()).isEqualTo(201);
    assertThat(owner().get("/api/closures").json().get("closures")).hasSize(2);
  }

  @Test
  void a_staff_member_s_leave_overlaps_only_their_own_leave() {
    var staff = owner().get("/api/staff").json().get("staff");
    long anna = staff.get(0).get("id").asLong();
    long marta = staff.get(1).get("id").asLong();
    assertThat(owner().post("/api/closures", days("2026-12-24", "2026-12-26") + "}").status())
        .isEqualTo(201);

    var leave =
        owner()
            .post(
                "/api/closures", days("2026-12-21", "2026-12-25") + ", \"staffId\": " + anna + "}");
    assertThat(leave.status())
        .as("leave inside a closure of the business: " + leave.body())
        .isEqualTo(201);
    var twice =
        owner()
            .post(
                "/api/closures", days("2026-12-25", "2026-12-25") + ", \"staffId\": " + anna + "}");
    assertThat(twice.status()).as(twice.body()).isEqualTo(409);
    assertThat(twice.json().get("message").asText())
        .isEqualTo(
            "closure "
                + leave.json().get("id").asLong()
                + " already says staff member "
                + anna
                + " is away from 2026-12-21 to 2026-12-25; remove it first, or choose days it does"
                + " not cover");
    var other =
        owner()
            .post(
                "/api/closures",
                days("2026-12-25", "2026-12-25") + ", \"staffId\": " + marta + "}");
    assertThat(other.status()).as(other.body()).isEqualTo(201);
    assertThat(owner().get("/api/closures").json().get("closures")).hasSize(3);
  }

  @Test
  void another_business_s_closures_are_neither_in_the_way_nor_named() {
    var ours =
        owner()
            .post(
                "/api/closures",
                days("2026-12-24", "2026-12-26") + ", \"reason\": \"secret trip\"}");
    assertThat(ours.status()).isEqualTo(201);
    var other = app.as(IsolationMatrixTest.create(app, "closures-b"));
    var theirs = other.post("/api/closures", days("2026-12-24", "2026-12-26") + "}");
    assertThat(theirs.status()).as(theirs.body()).isEqualTo(201);
    var again = other.post("/api/closures", days("2026-12-24", "2026-12-24") + "}");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("existingClosure").get("id").asLong())
        .isEqualTo(theirs.json().get("id").asLong());
    assertThat(again.body()).doesNotContain("secret trip");
    assertThat(other.get("/api/closures").body()).doesNotContain("secret trip");
  }
}
