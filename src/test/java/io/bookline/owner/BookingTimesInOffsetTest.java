package io.bookline.owner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.bookline.support.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The booking routes answered {@code start}, {@code end} and {@code createdAt} in UTC ({@code …Z})
 * while closures, stranded-booking warnings and free times answered in the business's offset: a
 * client showing both read 08:00 for one and 09:00 for the other. Every booking route now answers
 * ISO-8601 in the business's offset (Berlin: +01:00 in winter, +02:00 in summer) and still accepts
 * an offset, a {@code Z} or a local time (ADR 0100). The clock stands at Monday 23 Nov 2026, 08:00
 * in Berlin.
 */
class BookingTimesInOffsetTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

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

  JsonNode book(String start, String name) {
    var made =
        owner()
            .post(
                "/api/bookings",
                "{\"serviceId\":%d,\"staffId\":%d,\"start\":\"%s\",\"customerName\":\"%s\"}"
                    .formatted(
                        id("services", "Basic Manicure"), id("resources", "Anna"), start, name));
    assertThat(made.status()).as(made.body()).isEqualTo(201);
    return made.json();
  }

  static String times(JsonNode b) {
    return b.get("start").asText() + " " + b.get("end").asText();
  }

  @Test
  void every_booking_route_answers_in_the_business_s_offset_whatever_offset_was_sent() {
    // In UTC, with an offset, and in local time: the same clock time in Berlin each way.
    JsonNode utc = book("2026-11-24T09:00:00Z", "Uta");
    JsonNode offset = book("2026-11-25T10:00:00+01:00", "Olga");
    JsonNode local = book("2026-11-26T10:00", "Lena");
    assertThat(times(utc)).isEqualTo("2026-11-24T10:00:00+01:00 2026-11-24T10:30:00+01:00");
    assertThat(times(offset)).isEqualTo("2026-11-25T10:00:00+01:00 2026-11-25T10:30:00+01:00");
    assertThat(times(local)).isEqualTo("2026-11-26T10:00:00+01:00 2026-11-26T10:30:00+01:00");
    // Written by the database's clock, not the test's: only its offset is known.
    assertThat(utc.get("createdAt").asText()).endsWith("+01:00");

    var list = owner().get("/api/bookings?from=2026-11-24T00:00:00Z&to=2026-11-26");
    assertThat(list.status()).as(list.body()).isEqualTo(200);
    assertThat(list.json().get("bookings").findValuesAsText("start"))
        .containsExactly(
            "2026-11-24T10:00:00+01:00", "2026-11-25T10:00:00+01:00", "2026-11-26T10:00:00+01:00");

    long id = utc.get("id").asLong();
    assertThat(times(owner().get("/api/bookings/" + id).json()))
        .isEqualTo("2026-11-24T10:00:00+01:00 2026-11-24T10:30:00+01:00");
    var moved = owner().patch("/api/bookings/" + id, "{\"start\":\"2026-11-24T10:30:00Z\"}");
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    assertThat(times(moved.json().get("booking")))
        .isEqualTo("2026-11-24T11:30:00+01:00 2026-11-24T12:00:00+01:00");
    var cancelled = owner().post("/api/bookings/" + id + "/cancel", "{}");
    assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
    assertThat(times(cancelled.json().get("booking")))
        .isEqualTo("2026-11-24T11:30:00+01:00 2026-11-24T12:00:00+01:00");

    // The free times of the same booking were in the business's offset already: now they agree.
    var free =
        owner().get("/api/bookings/" + offset.get("id").asLong() + "/free-times?day=2026-11-25");
    assertThat(free.json().get("freeTimes").get(0).get("start").asText()).endsWith("+01:00");
  }

  @Test
  void a_summer_booking_answers_in_summer_time() {
    var hours = owner().patch("/api/business", "{\"horizonDays\":365}");
    assertThat(hours.status()).as(hours.body()).isEqualTo(200);
    JsonNode summer = book("2027-06-15T08:00:00Z", "Sonja");
    assertThat(times(summer)).isEqualTo("2027-06-15T10:00:00+02:00 2027-06-15T10:30:00+02:00");
  }
}
