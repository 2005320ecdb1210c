package io.bookline.owner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.bookline.support.TestApp;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Owner tester, MEDIUM: a local time the spring clock change skips (Berlin, Sunday 28 Mar 2027,
 * 02:00 → 03:00) was silently booked an hour later; now it is a 400 that says why. A move kept the
 * service's current duration instead of the length booked; now it keeps the booked length, and
 * closing time is judged by it (ADR 0114). The clock stands at Monday 22 Mar 2027.
 */
class SpringGapAndBookedLengthTest {
  @RegisterExtension
  final TestApp app = TestApp.onFreshDatabaseAt(Instant.parse("2027-03-22T08:00:00Z"));

  TestApp.Caller owner() {
    return app.as(TestApp.ADMIN_KEY, "demo");
  }

  long id(String table, String name) {
    return ((Number)
            app.app()
                .database()
                .dsl()
                .fetchValue("select id from " + table + " where name = ?", name))
        .longValue();
  }

  TestApp.Response book(String start) {
    return owner()
        .post(
            "/api/bookings",
            "{\"serviceId\":%d,\"staffId\":%d,\"start\":\"%s\",\"customerName\":\"X\"}"
                .formatted(id("services", "Gel Manicure"), id("resources", "Anna"), start));
  }

  @Test
  void a_local_time_the_clocks_skip_is_refused_for_a_new_booking_and_for_a_move() {
    var hours =
        owner().put("/api/hours", "[{\"weekday\":7,\"opens\":\"00:00\",\"closes\":\"23:59\"}]");
    assertThat(hours.status()).as(hours.body()).isEqualTo(200);

    var skipped = book("2027-03-28T02:30");
    assertThat(skipped.status()).as(skipped.body()).isEqualTo(400);
    assertThat(skipped.json().get("fields").get("start").asText())
        .isEqualTo(
            "2027-03-28 02:30 does not exist in Europe/Berlin: the clocks go forward from 02:00"
                + " to 03:00");
    assertThat(owner().get("/api/bookings?from=2027-03-28&to=2027-03-28").json().get("bookings"))
        .isEmpty();

    var made = book("2027-03-28T01:00");
    assertThat(made.status()).as(made.body()).isEqualTo(201);
    var moved =
        owner()
            .patch(
                "/api/bookings/" + made.json().get("id").asLong(),
                "{\"start\":\"2027-03-28T02:15\"}");
    assertThat(moved.status()).as(moved.body()).isEqualTo(400);
    assertThat(moved.json().get("fields").get("start").asText())
        .isEqualTo(
            "2027-03-28 02:15 does not exist in Europe/Berlin: the clocks go forward from 02:00"
                + " to 03:00");

    // The same instant with an offset is a real time: 02:30+01:00 is 03:30+02:00.
    var exact = book("2027-03-28T02:30+01:00");
    assertThat(exact.status()).as(exact.body()).isEqualTo(201);
    assertThat(exact.json().get("start").asText()).isEqualTo("2027-03-28T03:30:00+02:00");
  }

  @Test
  void a_move_keeps_the_length_booked_after_the_service_s_duration_changed() {
    // Tuesday 23 Mar 2027, open 09:00–18:00: Gel Manicure booked for 45 minutes.
    var made = book("2027-03-23T10:00");
    assertThat(made.status()).as(made.body()).isEqualTo(201);
    long booking = made.json().get("id").asLong();
    var longer =
        owner()
            .patch("/api/services/" + id("services", "Gel Manicure"), "{\"durationMinutes\":60}");
    assertThat(longer.status()).as(longer.body()).isEqualTo(200);

    var moved = owner().patch("/api/bookings/" + booking, "{\"start\":\"2027-03-23T11:00\"}");
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    JsonNode b = moved.json().get("booking");
    assertThat(b.get("end").asText()).isEqualTo("2027-03-23T11:45:00+01:00");

    // 17:15 + 45 min ends at closing; with the service's 60 minutes it would not fit.
    var late = owner().patch("/api/bookings/" + booking, "{\"start\":\"2027-03-23T17:15\"}");
    assertThat(late.status()).as(late.body()).isEqualTo(200);
    assertThat(late.json().get("booking").get("end").asText())
        .isEqualTo("2027-03-23T18:00:00+01:00");
    var free = owner().get("/api/bookings/" + booking + "/free-times?day=2027-03-24");
    assertThat(free.json().get("freeTimes").findValuesAsText("start"))
        .contains("2027-03-24T17:15:00+01:00");
    var tooLate = owner().patch("/api/bookings/" + booking, "{\"start\":\"2027-03-23T17:30\"}");
    assertThat(tooLate.status()).as(tooLate.body()).isEqualTo(409);
    assertThat(tooLate.json().get("message").asText())
        .contains("Gel Manicure takes 45 min: from 17:30 it would end after closing at 18:00");
  }
}
