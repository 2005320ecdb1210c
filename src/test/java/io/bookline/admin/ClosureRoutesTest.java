package io.bookline.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Closures and staff leave over HTTP: the answer lists the bookings now inside, nothing is
 * cancelled, and the chat offers other days from its next message.
 */
class ClosureRoutesTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  TestApp.Caller owner() {
    return app.as(TestApp.ADMIN_KEY, "demo");
  }

  long bookTuesdayAtTen() {
    app.say("maria", "I'd like a basic manicure tomorrow at 10");
    app.say("maria", "Maria");
    assertThat(app.say("maria", "yes")).startsWith("Booked!");
    return app.app().database().dsl().fetchSingle("select id from bookings").get(0, Long.class);
  }

  @Test
  void a_closure_lists_the_bookings_inside_and_the_chat_offers_other_days() {
    long booking = bookTuesdayAtTen();
    var closed =
        owner()
            .post(
                "/api/closures",
                "{\"firstDay\": \"2026-11-24\", \"lastDay\": \"2026-11-24\", \"reason\":"
                    + " \"training\"}");
    assertThat(closed.status()).as(closed.body()).isEqualTo(201);
    var c = closed.json();
    assertThat(c.get("firstDay").asText()).isEqualTo("2026-11-24");
    assertThat(c.get("staffId").isNull()).isTrue();
    var inside = c.get("bookingsInside");
    assertThat(inside).hasSize(1);
    assertThat(inside.get(0).get("id").asLong()).isEqualTo(booking);
    assertThat(inside.get(0).get("service").asText()).isEqualTo("Basic Manicure");
    assertThat(inside.get(0).get("customerName").asText()).isEqualTo("Maria");
    // In the business's offset, as every booking time the owner reads: the console shows its clock.
    assertThat(inside.get(0).get("start").asText()).isEqualTo("2026-11-24T10:00:00+01:00");
    assertThat(inside.get(0).get("end").asText()).isEqualTo("2026-11-24T10:30:00+01:00");
    // Nothing is cancelled on its own.
    assertThat(
            app.app()
                .database()
                .dsl()
                .fetchSingle("select status from bookings")
                .get(0, String.class))
        .isEqualTo("confirmed");

    String other = app.say("ben", "a gel manicure tomorrow");
    assertThat(other).contains("training").doesNotContain("Tue 24 Nov:").contains("Wed 25 Nov");
    assertThat(owner().get("/api/closures").json().get("closures")).hasSize(1);

    long id = c.get("id").asLong();
    assertThat(owner().delete("/api/closures/" + id).status()).isEqualTo(200);
    assertThat(owner().delete("/api/closures/" + id).status()).isEqualTo(404);
    assertThat(app.say("cleo", "a gel manicure tomorrow")).startsWith("Free times for");
  }

  @Test
  void staff_leave_takes_only_that_person_out() {
    long booking = bookTuesdayAtTen();
    long booked =
        app.app()
            .database()
            .dsl()
            .fetchSingle("select resource_id from bookings")
            .get(0, Long.class);
    var staff = owner().get("/api/staff").json().get("staff");
    long other =
        staff.get(0).get("id").asLong() == booked
            ? staff.get(1).get("id").asLong()
            : staff.get(0).get("id").asLong();
    String leave = "{\"firstDay\": \"2026-11-24\", \"lastDay\": \"2026-11-25\", \"staffId\": ";
    var away = owner().post("/api/closures", leave + other + "}");
    assertThat(away.status()).as(away.body()).isEqualTo(201);
    assertThat(away.json().get("bookingsInside")).isEmpty();
    assertThat(app.say("ben", "a gel manicure tomorrow at 10")).doesNotContain("10:00 is free");
    assertThat(app.say("cleo", "a gel manicure tomorrow at 11")).contains("11:00 is free");

    var both = owner().post("/api/closures", leave + booked + "}");
    assertThat(both.json().get("bookingsInside").get(0).get("id").asLong()).isEqualTo(booking);
    assertThat(app.say("dora", "a gel manicure tomorrow at 11")).doesNotContain("11:00 is free");
  }

  @Test
  void bad_closures_name_every_wrong_field() {
    var bad =
        owner()
            .post(
                "/api/closures",
                "{\"firstDay\": \"24.11.2026\", \"reason\": 5, \"staffId\": 999, \"note\": 1}");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().get("fields").toString())
        .isEqualTo(
            "{\"note\":\"is not a field here; expected one of [firstDay, lastDay, reason,"
                + " staffId]\",\"reason\":\"must be a string\",\"firstDay\":\"'24.11.2026' is not"
                + " a date as YYYY-MM-DD\",\"lastDay\":\"is required, e.g. \\\"2026-12-24\\\"\","
                + "\"staffId\":\"no staff member 999 in this business\"}");
    var backwards =
        owner()
            .post("/api/closures", "{\"firstDay\": \"2026-12-02\", \"lastDay\": \"2026-12-01\"}");
    assertThat(backwards.json().get("fields").get("lastDay").asText())
        .isEqualTo("must be on or after firstDay (2026-12-02), not 2026-12-01");
    assertThat(owner().delete("/api/closures/x").status()).isEqualTo(400);
    var farOff =
        owner()
            .post("/api/closures", "{\"firstDay\": \"+99999-01-01\", \"lastDay\": \"1999-12-31\"}");
    assertThat(farOff.status()).isEqualTo(400);
    assertThat(farOff.json().get("fields").toString())
        .isEqualTo(
            "{\"firstDay\":\"'+99999-01-01' is not between the years 2000 and 2999\","
                + "\"lastDay\":\"'1999-12-31' is not between the years 2000 and 2999\"}");
    assertThat(owner().get("/api/closures").json().get("closures")).isEmpty();
  }
}
