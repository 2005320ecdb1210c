package io.bookline.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Staff, their weekly hours (split shifts) and the business's opening hours over HTTP. */
class StaffHoursRoutesTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  TestApp.Caller owner() {
    return app.as(TestApp.ADMIN_KEY, "demo");
  }

  static final String SPLIT =
      """
      [{"weekday": 2, "opens": "15:00", "closes": "18:00"},
       {"weekday": 2, "opens": "09:00", "closes": "12:00"}]""";

  @Test
  void a_staff_member_is_added_with_services_and_a_split_shift_then_changed_and_deleted() {
    var services = owner().get("/api/services").json().get("services");
    long mani = services.get(0).get("id").asLong();
    long gel = services.get(1).get("id").asLong();
    var created = owner().post("/api/staff", "{\"name\": \"Lena\", \"serviceIds\": [" + gel + "]}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long id = created.json().get("id").asLong();
    assertThat(created.json().get("serviceIds").toString()).isEqualTo("[" + gel + "]");
    assertThat(created.json().get("active").asBoolean()).isTrue();
    assertThat(created.json().get("hours")).isEmpty();

    var hours = owner().put("/api/staff/" + id + "/hours", SPLIT);
    assertThat(hours.status()).as(hours.body()).isEqualTo(200);
    assertThat(hours.json().toString())
        .isEqualTo(
            "{\"hours\":[{\"weekday\":2,\"opens\":\"09:00\",\"closes\":\"12:00\"},"
                + "{\"weekday\":2,\"opens\":\"15:00\",\"closes\":\"18:00\"}],"
                + "\"warnings\":[]}");
    var week = hours.json().get("hours");
    assertThat(owner().get("/api/staff/" + id).json().get("hours")).isEqualTo(week);
    assertThat(owner().get("/api/staff/" + id + "/hours").json()).isEqualTo(week);

    var changed =
        owner()
            .patch(
                "/api/staff/" + id,
                "{\"name\": \"Lena K.\", \"serviceIds\": [" + mani + ", " + gel + "]}");
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(changed.json().get("name").asText()).isEqualTo("Lena K.");
    assertThat(changed.json().get("serviceIds")).hasSize(2);
    assertThat(owner().get("/api/staff").json().get("staff")).hasSize(3);

    var business = owner().put("/api/staff/" + id + "/hours", "[]");
    assertThat(business.json().get("hours")).isEmpty();
    assertThat(owner().delete("/api/staff/" + id).status()).isEqualTo(200);
    assertThat(owner().get("/api/staff/" + id).status()).isEqualTo(404);
    assertThat(owner().get("/api/staff").json().get("staff")).hasSize(2);
  }

  @Test
  void bad_staff_and_hours_name_every_wrong_field() {
    var staff = owner().post("/api/staff", "{\"serviceIds\": [1, 999, 998], \"active\": \"yes\"}");
    assertThat(staff.status()).isEqualTo(400);
    assertThat(staff.json().get("fields").toString())
        .isEqualTo(
            "{\"active\":\"must be true or false\",\"name\":\"is required\","
                + "\"serviceIds\":\"no service with id [998, 999] in this business\"}");
    var ids = owner().post("/api/staff", "{\"name\": \"X\", \"serviceIds\": [\"one\"]}");
    assertThat(ids.json().get("fields").get("serviceIds").asText())
        .isEqualTo("must be a list of ids");

    var hours =
        owner()
            .put(
                "/api/hours",
                """
                [{"weekday": 1, "opens": "09:00", "closes": "13:00"},
                 {"weekday": 1, "opens": "12:00", "closes": "18:00"},
                 {"weekday": 8, "opens": "9am", "closes": "10:00"},
                 {"weekday": 3, "opens": "18:00", "closes": "08:00"},
                 "monday",
                 {"weekday": 4, "from": "09:00"}]""");
    assertThat(hours.status()).isEqualTo(400);
    assertThat(hours.json().get("fields").toString())
        .isEqualTo(
            "{\"[4]\":\"must be an object\","
                + "\"[5].from\":\"is not a field here; expected one of [closes, opens, weekday]\","
                + "\"[2].weekday\":\"must be 1 (Monday) to 7 (Sunday), not 8\","
                + "\"[2].opens\":\"'9am' is not a time of day as HH:mm\","
                + "\"[3].closes\":\"must be after opens (18:00), not 08:00\","
                + "\"[5].opens\":\"is required, e.g. \\\"09:00\\\"\","
                + "\"[5].closes\":\"is required, e.g. \\\"09:00\\\"\","
                + "\"[1].opens\":\"overlaps [0] (09:00–13:00 on weekday 1)\"}");
    var midnight =
        owner()
            .put("/api/hours", "[{\"weekday\": 1, \"opens\": \"09:00\", \"closes\": \"24:00\"}]");
    assertThat(midnight.json().get("fields").get("[0].closes").asText())
        .isEqualTo("'24:00' is the next day's midnight: a day's hours end at 23:59 at the latest");
    assertThat(owner().put("/api/hours", "{}").status()).isEqualTo(400);
    assertThat(owner().put("/api/staff/1/hours", "[{\"weekday\": 1}]").status()).isEqualTo(400);
    assertThat(owner().put("/api/staff/999/hours", "[]").status()).isEqualTo(404);
  }

  @Test
  void a_staff_name_that_differs_from_another_only_in_case_is_refused() {
    var twin = owner().post("/api/staff", "{\"name\": \" anna \"}");
    assertThat(twin.status()).as(twin.body()).isEqualTo(400);
    assertThat(twin.json().get("fields").get("name").asText())
        .isEqualTo("a staff member named 'Anna' already exists");
    long marta = owner().get("/api/staff").json().get("staff").get(1).get("id").asLong();
    var renamed = owner().patch("/api/staff/" + marta, "{\"name\": \"ANNA\"}");
    assertThat(renamed.json().get("fields").get("name").asText())
        .isEqualTo("a staff member named 'Anna' already exists");
    assertThat(owner().patch("/api/staff/" + marta, "{\"name\": \"MARTA\"}").status())
        .isEqualTo(200);
  }

  @Test
  void opening_hours_are_replaced_as_a_whole_week() {
    var before = owner().get("/api/hours");
    assertThat(before.json()).hasSize(6);
    assertThat(before.json().get(0).toString())
        .isEqualTo("{\"weekday\":1,\"opens\":\"09:00\",\"closes\":\"18:00\"}");
    var put =
        owner()
            .put(
                "/api/hours",
                """
                [{"weekday": 6, "opens": "10:00", "closes": "14:00"},
                 {"weekday": 1, "opens": "14:00", "closes": "19:00"},
                 {"weekday": 1, "opens": "08:00", "closes": "12:00"}]""");
    assertThat(put.status()).as(put.body()).isEqualTo(200);
    assertThat(put.json().get("hours")).hasSize(3);
    assertThat(put.json().get("hours").get(0).get("opens").asText()).isEqualTo("08:00");
    assertThat(owner().get("/api/hours").json()).isEqualTo(put.json().get("hours"));
  }

  @Test
  void a_staff_member_with_future_bookings_is_not_deleted() {
    app.say("maria", "I'd like a basic manicure tomorrow at 10");
    app.say("maria", "Maria");
    assertThat(app.say("maria", "yes")).startsWith("Booked!");
    long booked =
        app.app()
            .database()
            .dsl()
            .fetchSingle("select resource_id from bookings")
            .get(0, Long.class);
    var refused = owner().delete("/api/staff/" + booked);
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().get("futureBookings").asInt()).isEqualTo(1);
    var stopped = owner().patch("/api/staff/" + booked, "{\"active\": false}");
    assertThat(stopped.status()).isEqualTo(200);
    // Stopping new bookings leaves the ones to come with them, and says how many there are.
    assertThat(stopped.json().get("active").asBoolean()).isFalse();
    assertThat(stopped.json().get("futureBookings").asInt()).isEqualTo(1);
  }
}
