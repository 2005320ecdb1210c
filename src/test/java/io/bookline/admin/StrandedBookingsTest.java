package io.bookline.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.bookline.support.TestApp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Black-box finding: narrowing the opening hours or a staff member's hours, or deactivating a
 * person, stranded their confirmed bookings without a word. The change is still saved (the owner
 * decides); its answer now lists those bookings still to come in one warning, the same shape for
 * all three and as a closure lists {@code bookingsInside} (ADR 0094).
 */
class StrandedBookingsTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  private static final String WEEKDAYS =
      """
      {"weekday": 1, "opens": "09:00", "closes": "18:00"},
      {"weekday": 2, "opens": "09:00", "closes": "18:00"},
      {"weekday": 3, "opens": "09:00", "closes": "18:00"},
      {"weekday": 4, "opens": "09:00", "closes": "18:00"},
      {"weekday": 5, "opens": "09:00", "closes": "18:00"}""";

  TestApp.Caller owner() {
    return app.as(TestApp.ADMIN_KEY, "demo");
  }

  long staff(String name) {
    for (JsonNode s : owner().get("/api/staff").json().get("staff")) {
      if (s.get("name").asText().equals(name)) {
        return s.get("id").asLong();
      }
    }
    throw new AssertionError("no staff member " + name);
  }

  long service() {
    return owner().get("/api/services").json().get("services").get(0).get("id").asLong();
  }

  /** A Basic Manicure (30 minutes) at the desk; its id. */
  long book(String start, long staff, String customer) {
    var made =
        owner()
            .post(
                "/api/bookings",
                "{\"serviceId\":%d,\"staffId\":%d,\"start\":\"%s\",\"customerName\":\"%s\"}"
                    .formatted(service(), staff, start, customer));
    assertThat(made.status()).as(made.body()).isEqualTo(201);
    return made.json().get("id").asLong();
  }

  static JsonNode strandedWarning(JsonNode warnings) {
    List<JsonNode> found = new ArrayList<>();
    warnings.forEach(w -> found.add(w));
    return found.stream()
        .filter(w -> w.get("field").asText().equals("bookings"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no bookings warning in " + warnings));
  }

  static List<Long> ids(JsonNode bookings) {
    List<Long> ids = new ArrayList<>();
    bookings.forEach(b -> ids.add(b.get("id").asLong()));
    return ids;
  }

  List<String> statuses() {
    return app.app()
        .database()
        .dsl()
        .fetch("select status from bookings order by id")
        .getValues(0, String.class);
  }

  @Test
  void narrower_opening_hours_list_the_bookings_to_come_they_leave_outside() {
    long anna = staff("Anna");
    long past = book("2026-11-23T10:00", anna, "Early Bird"); // Monday, soon over
    long inside = book("2026-11-28T10:00", anna, "Ines");
    long outside = book("2026-11-28T12:00", anna, "Maria");
    app.clock().advance(Duration.ofHours(4)); // Monday 12:00 in Berlin: the 10:00 one is past

    var saved =
        owner()
            .put(
                "/api/hours",
                "["
                    + WEEKDAYS.replace(
                        "\"weekday\": 1, \"opens\": \"09:00\"",
                        "\"weekday\": 1, \"opens\": \"11:00\"")
                    + ", {\"weekday\": 6, \"opens\": \"10:00\", \"closes\": \"11:00\"}]");
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    JsonNode warning = strandedWarning(saved.json().get("warnings"));
    assertThat(warning.get("message").asText())
        .isEqualTo(
            "1 confirmed booking still to come is now outside the opening hours and kept:"
                + " move or cancel it, or widen the hours");
    JsonNode listed = warning.get("bookings");
    assertThat(ids(listed)).containsExactly(outside).doesNotContain(past, inside);
    JsonNode b = listed.get(0);
    assertThat(b.get("start").asText()).isEqualTo("2026-11-28T12:00:00+01:00");
    assertThat(b.get("end").asText()).isEqualTo("2026-11-28T12:30:00+01:00");
    assertThat(b.get("service").asText()).isEqualTo("Basic Manicure");
    assertThat(b.get("staff").asText()).isEqualTo("Anna");
    assertThat(b.get("customerName").asText()).isEqualTo("Maria");
    // Saved all the same, and nothing is cancelled.
    assertThat(owner().get("/api/hours").json()).isEqualTo(saved.json().get("hours"));
    assertThat(statuses()).containsOnly("confirmed");

    var wide =
        owner()
            .put(
                "/api/hours",
                "["
                    + WEEKDAYS
                    + ", {\"weekday\": 6, \"opens\": \"10:00\", \"closes\": \"14:00\"}]");
    assertThat(wide.json().get("warnings")).isEmpty();
  }

  @Test
  void a_staff_member_s_new_hours_list_their_bookings_to_come_left_outside() {
    long anna = staff("Anna");
    long marta = staff("Marta");
    long ten = book("2026-11-28T10:00", anna, "Ines");
    long noon = book("2026-11-28T12:00", anna, "Maria");
    book("2026-11-28T12:00", marta, "Olga");

    var saved =
        owner()
            .put(
                "/api/staff/" + anna + "/hours",
                "[{\"weekday\": 6, \"opens\": \"13:00\", \"closes\": \"14:00\"}]");
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    assertThat(saved.json().get("hours")).hasSize(1);
    JsonNode warning = strandedWarning(saved.json().get("warnings"));
    assertThat(warning.get("message").asText())
        .isEqualTo(
            "2 confirmed bookings still to come are now outside Anna's hours and kept:"
                + " move or cancel them, or widen Anna's hours");
    assertThat(ids(warning.get("bookings"))).containsExactly(ten, noon);
    assertThat(warning.get("bookings").get(1).get("customerName").asText()).isEqualTo("Maria");
    assertThat(statuses()).containsOnly("confirmed");

    var back = owner().put("/api/staff/" + anna + "/hours", "[]");
    assertThat(back.json().get("warnings")).isEmpty();
  }

  @Test
  void deactivating_a_person_lists_the_bookings_to_come_they_keep() {
    long anna = staff("Anna");
    long ten = book("2026-11-28T10:00", anna, "Ines");
    long noon = book("2026-11-28T12:00", anna, "Maria");

    var off = owner().patch("/api/staff/" + anna, "{\"active\": false}");
    assertThat(off.status()).as(off.body()).isEqualTo(200);
    assertThat(off.json().get("active").asBoolean()).isFalse();
    assertThat(off.json().get("futureBookings").asInt()).isEqualTo(2);
    JsonNode warning = strandedWarning(off.json().get("warnings"));
    assertThat(warning.get("message").asText())
        .isEqualTo(
            "Anna takes no new bookings, but 2 confirmed bookings with Anna are still to come"
                + " and kept: move or cancel them");
    assertThat(ids(warning.get("bookings"))).containsExactly(ten, noon);
    assertThat(warning.get("bookings").get(0).get("start").asText())
        .isEqualTo("2026-11-28T10:00:00+01:00");
    assertThat(statuses()).containsOnly("confirmed");

    var on = owner().patch("/api/staff/" + anna, "{\"active\": true}");
    assertThat(on.json().get("warnings")).isEmpty();
  }
}
