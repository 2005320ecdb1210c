package io.bookline.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A staff member's hours reaching outside the business's opening hours are saved, with a warning
 * per such row naming what customers cannot book (ADR 0067); hours inside them bring none.
 */
class StaffHoursBeyondOpeningTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  TestApp.Caller owner() {
    return app.as(TestApp.ADMIN_KEY, "demo");
  }

  long anna() {
    return owner().get("/api/staff").json().get("staff").get(0).get("id").asLong();
  }

  @Test
  void hours_past_opening_are_saved_with_a_warning_per_row() {
    long anna = anna();
    // The demo opens Monday to Friday 09:00–18:00, Saturday 10:00–14:00, never on Sunday.
    var saved =
        owner()
            .put(
                "/api/staff/" + anna + "/hours",
                """
                [{"weekday": 1, "opens": "07:00", "closes": "20:00"},
                 {"weekday": 2, "opens": "09:00", "closes": "18:00"},
                 {"weekday": 6, "opens": "12:00", "closes": "16:00"},
                 {"weekday": 7, "opens": "10:00", "closes": "14:00"}]""");
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    assertThat(saved.json().get("hours")).hasSize(4);
    assertThat(saved.json().get("warnings").toString())
        .isEqualTo(
            "[{\"field\":\"[0]\",\"message\":\"07:00–09:00, 18:00–20:00 on Monday is outside the"
                + " business's opening hours (09:00–18:00): customers cannot book then\"},"
                + "{\"field\":\"[2]\",\"message\":\"14:00–16:00 on Saturday is outside the"
                + " business's opening hours (10:00–14:00): customers cannot book then\"},"
                + "{\"field\":\"[3]\",\"message\":\"the business is closed on Sunday: customers"
                + " cannot book 10:00–14:00 until it opens that day\"}]");
    assertThat(owner().get("/api/staff/" + anna + "/hours").json())
        .isEqualTo(saved.json().get("hours"));

    var inside =
        owner()
            .put(
                "/api/staff/" + anna + "/hours",
                "[{\"weekday\": 3, \"opens\": \"10:00\", \"closes\": \"17:00\"}]");
    assertThat(inside.status()).isEqualTo(200);
    assertThat(inside.json().get("warnings")).isEmpty();
    var usual = owner().put("/api/staff/" + anna + "/hours", "[]");
    assertThat(usual.json().get("hours")).isEmpty();
    assertThat(usual.json().get("warnings")).isEmpty();
  }

  @Test
  void a_split_business_day_warns_about_the_gap_between_its_windows_only() {
    var split =
        owner()
            .put(
                "/api/hours",
                """
                [{"weekday": 4, "opens": "09:00", "closes": "12:00"},
                 {"weekday": 4, "opens": "14:00", "closes": "18:00"}]""");
    assertThat(split.status()).as(split.body()).isEqualTo(200);
    var saved =
        owner()
            .put(
                "/api/staff/" + anna() + "/hours",
                "[{\"weekday\": 4, \"opens\": \"09:00\", \"closes\": \"18:00\"}]");
    assertThat(saved.json().get("warnings").get(0).get("message").asText())
        .isEqualTo(
            "12:00–14:00 on Thursday is outside the business's opening hours (09:00–12:00,"
                + " 14:00–18:00): customers cannot book then");
  }

  @Test
  void wrong_hours_are_still_a_400_and_another_business_s_staff_a_404() {
    var bad =
        owner()
            .put(
                "/api/staff/" + anna() + "/hours",
                "[{\"weekday\": 1, \"opens\": \"07:00\", \"closes\": \"06:00\"}]");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().get("fields").get("[0].closes").asText())
        .isEqualTo("must be after opens (07:00), not 06:00");
    var other = app.as(IsolationMatrixTest.create(app, "hours-b"));
    var refused =
        other.put(
            "/api/staff/" + anna() + "/hours",
            "[{\"weekday\": 1, \"opens\": \"07:00\", \"closes\": \"20:00\"}]");
    assertThat(refused.status()).isEqualTo(404);
    assertThat(refused.body()).doesNotContain("warnings");
    assertThat(owner().get("/api/staff/" + anna() + "/hours").json()).isEmpty();
  }
}
