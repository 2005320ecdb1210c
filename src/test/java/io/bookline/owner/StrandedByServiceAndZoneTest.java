package io.bookline.owner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.bookline.support.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Owner tester: a service set inactive with bookings still to come answered 200 with no warning (a
 * staff member warns, ADR 0094), and a new time zone moved every booking's clock time without a
 * word. Both now warn and list the bookings; the change is saved (ADR 0104). A delete refused for
 * one booking says "it", not "them". Owner API over HTTP on Postgres; the demo business is in
 * Europe/Berlin and the clock at Monday 23 Nov 2026, 08:00 there.
 */
class StrandedByServiceAndZoneTest {
  @RegisterExtension static final TestApp app = TestApp.onFreshDatabase();

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

  static long book(String service, String start) {
    var r =
        owner()
            .post(
                "/api/bookings",
                "{\"serviceId\":"
                    + id("services", service)
                    + ",\"start\":\""
                    + start
                    + "\",\"customerName\":\"Nora\"}");
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  @Test
  void a_service_no_longer_offered_warns_of_its_bookings_still_to_come() {
    long service = id("services", "Pedicure");
    long booking = book("Pedicure", "2026-11-25T11:00");

    var deleted = owner().delete("/api/services/" + service);
    assertThat(deleted.status()).as(deleted.body()).isEqualTo(409);
    assertThat(deleted.json().get("message").asText())
        .isEqualTo(
            "service "
                + service
                + " has 1 future booking; cancel or move it first, or set active to false");

    var off = owner().patch("/api/services/" + service, "{\"active\":false}");

    assertThat(off.status()).as(off.body()).isEqualTo(200);
    assertThat(off.json().get("active").asBoolean()).isFalse();
    JsonNode warning = off.json().get("warnings").get(0);
    assertThat(warning.get("field").asText()).isEqualTo("bookings");
    assertThat(warning.get("message").asText())
        .isEqualTo(
            "Pedicure takes no new bookings, but 1 confirmed booking for Pedicure is still to"
                + " come and kept: move or cancel it");
    assertThat(warning.get("bookings").findValuesAsText("id"))
        .containsExactly(Long.toString(booking));
    var on = owner().patch("/api/services/" + service, "{\"active\":true}");
    assertThat(on.json().get("warnings")).isEmpty();
    owner().post("/api/bookings/" + booking + "/cancel", "{}");
  }

  @Test
  void a_new_time_zone_lists_the_bookings_whose_clock_time_it_changes() {
    long booking = book("Basic Manicure", "2026-11-24T16:00");
    try {
      var paris = owner().patch("/api/business", "{\"timeZone\":\"Europe/Paris\"}");
      assertThat(paris.status()).as(paris.body()).isEqualTo(200);
      assertThat(paris.json().get("warnings")).as("the same clock as Berlin").isEmpty();

      var london = owner().patch("/api/business", "{\"timeZone\":\"Europe/London\"}");

      assertThat(london.status()).as(london.body()).isEqualTo(200);
      assertThat(london.json().get("timeZone").asText()).isEqualTo("Europe/London");
      JsonNode warning = london.json().get("warnings").get(0);
      assertThat(warning.get("field").asText()).isEqualTo("timeZone");
      assertThat(warning.get("message").asText())
          .isEqualTo(
              "1 confirmed booking still to come keeps its moment but now reads at another"
                  + " clock time in Europe/London than in Europe/Paris: move it or tell the"
                  + " customer");
      assertThat(warning.get("bookings").get(0).get("id").asLong()).isEqualTo(booking);
      assertThat(warning.get("bookings").get(0).get("start").asText())
          .startsWith("2026-11-24T15:00");
      var same = owner().patch("/api/business", "{\"name\":\"Demo Nails\"}");
      assertThat(same.json().get("warnings")).isEmpty();
    } finally {
      owner().patch("/api/business", "{\"timeZone\":\"Europe/Berlin\"}");
      owner().post("/api/bookings/" + booking + "/cancel", "{}");
    }
  }
}
