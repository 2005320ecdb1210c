package io.bookline.owner;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A time the owner cannot book says which of her own rules rules it out, as the chat tells a
 * customer, instead of "(hours, closures, the start grid or another booking)". The clock stands at
 * Monday 23 Nov 2026, 08:00 in Berlin; the demo business opens 09:00–18:00 on weekdays, books 60
 * days ahead on a 15-minute grid; Lena works Tuesdays 09:00–13:00 and 15:00–19:00; the business is
 * closed on Tuesday 1 Dec for a holiday and Anna has Wednesday 25 Nov at 10:00 booked.
 */
class OwnerBookingReasonsTest {
  @RegisterExtension static final TestApp app = TestApp.onFreshDatabase();

  static TestApp.Caller owner() {
    return app.as(TestApp.ADMIN_KEY, "demo");
  }

  @BeforeAll
  static void a_week_with_rules() {
    var lena =
        owner()
            .post(
                "/api/staff",
                "{\"name\":\"Lena\",\"serviceIds\":[" + id("services", "Basic Manicure") + "]}");
    assertThat(lena.status()).as(lena.body()).isEqualTo(201);
    var hours =
        owner()
            .put(
                "/api/staff/" + lena.json().get("id").asLong() + "/hours",
                "[{\"weekday\":2,\"opens\":\"09:00\",\"closes\":\"13:00\"},"
                    + "{\"weekday\":2,\"opens\":\"15:00\",\"closes\":\"19:00\"}]");
    assertThat(hours.status()).as(hours.body()).isEqualTo(200);
    var closure =
        owner()
            .post(
                "/api/closures",
                "{\"firstDay\":\"2026-12-01\",\"lastDay\":\"2026-12-01\",\"reason\":\"Holiday\"}");
    assertThat(closure.status()).as(closure.body()).isEqualTo(201);
    var booked = book("Basic Manicure", "Anna", "2026-11-25T10:00");
    assertThat(booked.status()).as(booked.body()).isEqualTo(201);
  }

  /** A desk booking for Rosa; no staff member (empty) is anyone free. */
  static TestApp.Response book(String service, String staff, String start) {
    String staffPart = staff.isEmpty() ? "" : ",\"staffId\":" + id("staff", staff);
    return owner()
        .post(
            "/api/bookings",
            "{\"serviceId\":"
                + id("services", service)
                + staffPart
                + ",\"start\":\""
                + start
                + "\",\"customerName\":\"Rosa\"}");
  }

  /** The id of the service or staff member of that name, as the owner API lists them. */
  static long id(String list, String name) {
    for (var item : owner().get("/api/" + list).json().get(list)) {
      if (item.get("name").asText().equals(name)) {
        return item.get("id").asLong();
      }
    }
    throw new AssertionError("no " + list + " named " + name);
  }

  @ParameterizedTest(name = "{0} {1} at {2}: {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Basic Manicure|     |2026-11-29T10:00|Basic Manicure is not free at 2026-11-29 10:00: the business is closed on Sundays",
        "Basic Manicure|     |2026-12-01T10:00|Basic Manicure is not free at 2026-12-01 10:00: the business is closed on 2026-12-01: Holiday",
        "Basic Manicure|     |2026-11-24T18:30|Basic Manicure is not free at 2026-11-24 18:30: the business is open 09:00–18:00 on Tuesdays",
        "Gel Manicure  |     |2026-11-24T17:45|Gel Manicure is not free at 2026-11-24 17:45: Gel Manicure takes 45 min: from 17:45 it would end after closing at 18:00",
        "Basic Manicure|     |2026-11-24T10:07|Basic Manicure is not free at 2026-11-24 10:07: appointments start every 15 minutes, not at 10:07 (Slot interval, on the Hours page)",
        "Basic Manicure|Lena |2026-11-24T13:30|Basic Manicure with Lena is not free at 2026-11-24 13:30: Lena works 09:00–13:00, 15:00–19:00 on Tuesdays",
        "Basic Manicure|Lena |2026-11-25T10:00|Basic Manicure with Lena is not free at 2026-11-25 10:00: Lena does not work on 2026-11-25",
        "Basic Manicure|     |2027-06-01T10:00|Basic Manicure is not free at 2027-06-01 10:00: bookings are taken 60 days ahead, until 2027-01-22 (Bookable days ahead, on the Hours page)",
        "Basic Manicure|Anna |2026-11-25T10:00|Basic Manicure with Anna is not free at 2026-11-25 10:00: another booking is at that time",
      })
  void a_time_that_is_not_free_names_the_rule(
      String service, String staff, String start, String message) {
    var refused = book(service.strip(), staff == null ? "" : staff.strip(), start);
    assertThat(refused.status()).as(refused.body()).isEqualTo(409);
    assertThat(refused.json().get("message").asText()).isEqualTo(message);
  }
}
