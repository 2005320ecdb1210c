package io.bookline.owner;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Owner test, 2026-11-28: on Sunday 31 Oct 2027 Berlin's 02:00–03:00 happens twice; a no-show
 * marked too early on a booking at either 02:15 was refused with "starts at 2027-10-31 02:15
 * (Europe/Berlin)", which does not say which of the two. ADR 0114: a refusal names the offset in
 * the repeated hour. The clock stands at Monday 25 Oct 2027.
 */
class RepeatedHourNoShowRefusalTest {
  @RegisterExtension
  static final TestApp app = TestApp.onFreshDatabaseAt(Instant.parse("2027-10-25T08:00:00Z"));

  static TestApp.Caller owner() {
    return app.as(TestApp.ADMIN_KEY, "demo");
  }

  static long id(String table, String name) {
    return ((Number)
            app.app()
                .database()
                .dsl()
                .fetchValue("select id from " + table + " where name = ?", name))
        .longValue();
  }

  static long book(String start) {
    var made =
        owner()
            .post(
                "/api/bookings",
                "{\"serviceId\":%d,\"staffId\":%d,\"start\":\"%s\",\"customerName\":\"X\"}"
                    .formatted(id("services", "Gel Manicure"), id("resources", "Anna"), start));
    assertThat(made.status()).as(made.body()).isEqualTo(201);
    return made.json().get("id").asLong();
  }

  @Test
  void an_early_no_show_in_the_repeated_hour_names_which_02_15_with_its_offset() {
    var hours =
        owner().put("/api/hours", "[{\"weekday\":7,\"opens\":\"00:00\",\"closes\":\"23:59\"}]");
    assertThat(hours.status()).as(hours.body()).isEqualTo(200);
    for (String offset : new String[] {"+02:00", "+01:00"}) {
      long id = book("2027-10-31T02:15" + offset);
      var early = owner().post("/api/bookings/" + id + "/no-show", "");
      assertThat(early.status()).as(early.body()).isEqualTo(409);
      assertThat(early.json().get("message").asText())
          .isEqualTo(
              "booking "
                  + id
                  + " starts at 2027-10-31 02:15 ("
                  + offset
                  + ") (Europe/Berlin); a no-show is marked only after that");
    }
    // Guard: outside the repeated hour the time reads as before, without an offset.
    long later = book("2027-10-31T10:00+01:00");
    assertThat(
            owner().post("/api/bookings/" + later + "/no-show", "").json().get("message").asText())
        .isEqualTo(
            "booking "
                + later
                + " starts at 2027-10-31 10:00 (Europe/Berlin); a no-show is marked only after that");
  }
}
