package io.bookline.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A number too large for its field's type (99999999999 minutes) is answered with the field's own
 * range, as a number just outside it is, not with "must be a whole number"; nothing is stored.
 */
class NumbersOutOfRangeTest {
  @RegisterExtension static final TestApp app = TestApp.onFreshDatabase();

  static final String HUGE = "99999999999";

  TestApp.Caller owner() {
    return app.as(TestApp.ADMIN_KEY, "demo");
  }

  @Test
  void a_huge_service_duration_price_or_buffer_names_the_field_s_range() {
    var huge =
        owner()
            .post(
                "/api/services",
                "{\"name\":\"Marathon\",\"durationMinutes\":"
                    + HUGE
                    + ",\"price\":"
                    + HUGE
                    + ",\"bufferBeforeMinutes\":"
                    + HUGE
                    + ",\"bufferAfterMinutes\":-"
                    + HUGE
                    + "}");
    assertThat(huge.status()).as(huge.body()).isEqualTo(400);
    assertThat(huge.json().get("fields").toString())
        .isEqualTo(
            "{\"durationMinutes\":\"must be between 5 and 1440, not 99999999999\","
                + "\"price\":\"must be between 0 and 99999999.99, not 99999999999\","
                + "\"bufferBeforeMinutes\":\"must be between 0 and 240, not 99999999999\","
                + "\"bufferAfterMinutes\":\"must be between 0 and 240, not -99999999999\"}");

    long id = owner().get("/api/services").json().get("services").get(0).get("id").asLong();
    var patch =
        owner().patch("/api/services/" + id, "{\"durationMinutes\":" + HUGE + ",\"price\":1e12}");
    assertThat(patch.status()).as(patch.body()).isEqualTo(400);
    assertThat(patch.json().get("fields").toString())
        .isEqualTo(
            "{\"durationMinutes\":\"must be between 5 and 1440, not 99999999999\","
                + "\"price\":\"must be between 0 and 99999999.99, not 1000000000000\"}");
    assertThat(owner().get("/api/services").body()).doesNotContain("Marathon", HUGE);
  }

  @Test
  void huge_booking_rules_reminder_leads_and_weekdays_name_their_ranges() {
    var rules =
        owner()
            .patch(
                "/api/business",
                "{\"horizonDays\":"
                    + HUGE
                    + ",\"minNoticeMinutes\":"
                    + HUGE
                    + ",\"slotIntervalMinutes\":"
                    + HUGE
                    + ",\"reminderLeadMinutes\":[60,"
                    + HUGE
                    + "]}");
    assertThat(rules.status()).as(rules.body()).isEqualTo(400);
    assertThat(rules.json().get("fields").toString())
        .isEqualTo(
            "{\"minNoticeMinutes\":\"must be between 0 and 43200, not 99999999999\","
                + "\"horizonDays\":\"must be between 1 and 730, not 99999999999\","
                + "\"slotIntervalMinutes\":\"must be between 5 and 240, not 99999999999\","
                + "\"reminderLeadMinutes\":\"must be between 5 and 43200, not 99999999999\"}");

    var hours =
        owner()
            .put(
                "/api/hours",
                "[{\"weekday\":" + HUGE + ",\"opens\":\"09:00\",\"closes\":\"18:00\"}]");
    assertThat(hours.status()).as(hours.body()).isEqualTo(400);
    assertThat(hours.json().get("fields").toString())
        .isEqualTo("{\"[0].weekday\":\"must be 1 (Monday) to 7 (Sunday), not 99999999999\"}");
  }
}
