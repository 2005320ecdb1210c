package io.bookline.owner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.bookline.support.TestApp;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The owner's bookings over HTTP on Postgres (issue 11): booking at the desk by the chat's rules
 * but not its notice period, 409 with the nearest free times, the list and its filters, moving,
 * cancelling and no-shows. The clock stands at Monday 23 Nov 2026, 08:00 in Berlin; the demo
 * business opens 09:00–18:00 on weekdays with Anna and Marta.
 */
class OwnerBookingsTest {
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

  static TestApp.Response book(String service, String staff, String start, String name) {
    return book(service, staff, start, name, null);
  }

  /** A desk booking; the same phone number is the same customer. */
  static TestApp.Response book(
      String service, String staff, String start, String name, String phone) {
    String phonePart = phone == null ? "" : ",\"customerPhone\":\"" + phone + "\"";
    String staffPart = staff == null ? "" : ",\"staffId\":" + id("resources", staff);
    return owner()
        .post(
            "/api/bookings",
            "{\"serviceId\":"
                + id("services", service)
                + staffPart
                + ",\"start\":\""
                + start
                + "\",\"customerName\":\""
                + name
                + "\""
                + phonePart
                + "}");
  }

  static List<String> starts(JsonNode list) {
    List<String> out = new ArrayList<>();
    list.forEach(b -> out.add(b.get("start").asText()));
    return out;
  }

  @Test
  void the_owner_books_inside_the_notice_period_and_the_list_shows_it() {
    // 09:00 is an hour away: the chat's two hours' notice would refuse it.
    var booked = book("Basic Manicure", "Anna", "2026-11-23T09:00", "Walk-in Wendy");
    assertThat(booked.status()).as(booked.body()).isEqualTo(201);
    assertThat(booked.json().get("start").asText()).isEqualTo("2026-11-23T09:00:00+01:00");
    assertThat(booked.json().get("staff").asText()).isEqualTo("Anna");
    assertThat(booked.json().get("platform").asText()).isEqualTo("desk");
    assertThat(booked.json().get("conversationId").isNull()).isTrue();
    var day = owner().get("/api/bookings?from=2026-11-23&to=2026-11-23");
    assertThat(day.status()).as(day.body()).isEqualTo(200);
    assertThat(day.json().get("bookings").findValuesAsText("customerName"))
        .contains("Walk-in Wendy");
  }

  @Test
  void the_owner_may_book_in_the_past() {
    var booked = book("Pedicure", "Marta", "2026-11-20T11:00:00+01:00", "Last Friday");
    assertThat(booked.status()).as(booked.body()).isEqualTo(201);
    assertThat(booked.json().get("status").asText()).isEqualTo("confirmed");
  }

  @Test
  void a_taken_time_answers_409_with_the_nearest_free_times_of_that_staff_member() {
    assertThat(book("Basic Manicure", "Anna", "2026-11-25T10:00", "First").status()).isEqualTo(201);
    var again = book("Basic Manicure", "Anna", "2026-11-25T10:00", "Second");
    assertThat(again.status()).as(again.body()).isEqualTo(409);
    assertThat(again.json().get("error").asText()).isEqualTo("conflict");
    assertThat(again.json().get("message").asText()).contains("Basic Manicure with Anna");
    assertThat(starts(again.json().get("nearestFreeTimes")))
        .containsExactly(
            "2026-11-25T09:15:00+01:00", "2026-11-25T09:30:00+01:00", "2026-11-25T10:30:00+01:00");
    // Without a staff member named, whoever is free takes it.
    var anyone = owner().post("/api/bookings", anyoneAt("2026-11-25T10:00"));
    assertThat(anyone.status()).as(anyone.body()).isEqualTo(201);
    assertThat(anyone.json().get("staff").asText()).isEqualTo("Marta");
  }

  static String anyoneAt(String start) {
    return "{\"serviceId\":"
        + id("services", "Basic Manicure")
        + ",\"start\":\""
        + start
        + "\",\"customerName\":\"Anyone\"}";
  }

  @Test
  void a_closed_day_offers_the_first_times_of_the_next_open_day() {
    var sunday = owner().post("/api/bookings", anyoneAt("2026-11-29T10:00"));
    assertThat(sunday.status()).as(sunday.body()).isEqualTo(409);
    assertThat(starts(sunday.json().get("nearestFreeTimes")))
        .containsExactly(
            "2026-11-30T09:00:00+01:00", "2026-11-30T09:15:00+01:00", "2026-11-30T09:30:00+01:00");
  }

  @Test
  void the_list_is_sorted_and_filters_by_staff_and_status() {
    book("Gel Manicure", "Marta", "2026-11-26T15:00", "Late");
    book("Gel Manicure", "Anna", "2026-11-26T09:00", "Early");
    var all = owner().get("/api/bookings?from=2026-11-26&to=2026-11-26");
    assertThat(all.json().get("bookings").findValuesAsText("customerName"))
        .containsExactly("Early", "Late");
    var marta =
        owner()
            .get("/api/bookings?from=2026-11-26&to=2026-11-26&staffId=" + id("resources", "Marta"));
    assertThat(marta.json().get("bookings").findValuesAsText("customerName"))
        .containsExactly("Late");
    var cancelled = owner().get("/api/bookings?from=2026-11-26&to=2026-11-26&status=cancelled");
    assertThat(cancelled.json().get("bookings")).isEmpty();
  }

  @Test
  void a_move_keeps_the_booking_and_refuses_a_taken_time() {
    long blocker =
        book("Basic Manicure", "Anna", "2026-11-27T11:00", "Blocker").json().get("id").asLong();
    long id = book("Basic Manicure", "Anna", "2026-11-27T09:00", "Mover").json().get("id").asLong();
    var moved = owner().patch("/api/bookings/" + id, "{\"start\":\"2026-11-27T09:30\"}");
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    assertThat(moved.json().get("booking").get("id").asLong()).isEqualTo(id);
    assertThat(moved.json().get("booking").get("start").asText())
        .isEqualTo("2026-11-27T09:30:00+01:00");
    // The desk customer has no chat to tell.
    assertThat(moved.json().get("customerTold").asText()).isEqualTo("none");
    // Moving by a quarter hour overlaps only the booking itself: allowed.
    var nudged = owner().patch("/api/bookings/" + id, "{\"start\":\"2026-11-27T09:45\"}");
    assertThat(nudged.status()).as(nudged.body()).isEqualTo(200);
    var taken = owner().patch("/api/bookings/" + id, "{\"start\":\"2026-11-27T11:00\"}");
    assertThat(taken.status()).as(taken.body()).isEqualTo(409);
    assertThat(taken.json().get("nearestFreeTimes")).isNotEmpty();
    var toMarta =
        owner().patch("/api/bookings/" + id, "{\"staffId\":" + id("resources", "Marta") + "}");
    assertThat(toMarta.json().get("booking").get("staff").asText()).isEqualTo("Marta");
    assertThat(owner().get("/api/bookings/" + blocker).json().get("staff").asText())
        .isEqualTo("Anna");
  }

  @Test
  void free_times_for_a_move_count_the_booking_s_own_time_and_skip_what_is_taken() {
    long moving =
        book("Basic Manicure", "Anna", "2026-12-01T10:00", "Mover").json().get("id").asLong();
    book("Basic Manicure", "Anna", "2026-12-01T11:00", "Blocker");
    long anna = id("resources", "Anna");
    var times = owner().get("/api/bookings/" + moving + "/free-times?staffId=" + anna);
    assertThat(times.status()).as(times.body()).isEqualTo(200);
    List<String> starts = times.json().get("freeTimes").findValuesAsText("start");
    assertThat(starts)
        .contains(
            "2026-12-01T09:00:00+01:00", "2026-12-01T10:00:00+01:00", "2026-12-01T17:00:00+01:00")
        .doesNotContain("2026-12-01T11:00:00+01:00")
        .allMatch(t -> t.startsWith("2026-12-01T"));
    assertThat(times.json().get("freeTimes").findValuesAsText("staff")).containsOnly("Anna");

    var tuesday = owner().get("/api/bookings/" + moving + "/free-times?day=2026-12-02");
    assertThat(tuesday.json().get("freeTimes").findValuesAsText("start"))
        .isNotEmpty()
        .allMatch(t -> t.startsWith("2026-12-02T"));
    assertThat(tuesday.json().get("freeTimes").findValuesAsText("staff")).contains("Anna");
    var sunday = owner().get("/api/bookings/" + moving + "/free-times?day=2026-11-29");
    assertThat(sunday.json().get("freeTimes")).isEmpty();

    var badDay = owner().get("/api/bookings/" + moving + "/free-times?day=tuesday");
    assertThat(badDay.status()).isEqualTo(400);
    assertThat(badDay.json().get("fields").has("day")).isTrue();
    var badStaff = owner().get("/api/bookings/" + moving + "/free-times?staffId=anna");
    assertThat(badStaff.status()).isEqualTo(400);
    assertThat(badStaff.json().get("fields").has("staffId")).isTrue();
    assertThat(owner().get("/api/bookings/999999/free-times").status()).isEqualTo(404);
  }

  @Test
  void a_cancel_frees_the_time_once() {
    long id = book("Pedicure", "Anna", "2026-11-24T14:00", "Canceller").json().get("id").asLong();
    var cancelled = owner().post("/api/bookings/" + id + "/cancel", "{\"reason\":\"Anna is ill\"}");
    assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
    assertThat(cancelled.json().get("booking").get("status").asText()).isEqualTo("cancelled");
    assertThat(cancelled.json().get("booking").get("cancelledBy").asText()).isEqualTo("owner");
    assertThat(cancelled.json().get("booking").get("cancelReason").asText())
        .isEqualTo("Anna is ill");
    var twice = owner().post("/api/bookings/" + id + "/cancel", "{}");
    assertThat(twice.status()).as(twice.body()).isEqualTo(409);
    assertThat(book("Pedicure", "Anna", "2026-11-24T14:00", "Next").status()).isEqualTo(201);
  }

  @Test
  void a_no_show_is_marked_only_after_the_start_and_counts_for_the_customer() {
    var future = book("Basic Manicure", "Marta", "2026-11-24T16:00", "Nora", "+49 170 555 0101");
    var early = owner().post("/api/bookings/" + future.json().get("id").asLong() + "/no-show", "");
    assertThat(early.status()).as(early.body()).isEqualTo(409);
    // On the business's clock, as the owner booked it: 16:00 in Berlin, not 15:00Z.
    assertThat(early.json().get("message").asText())
        .endsWith(
            "starts at 2026-11-24 16:00 (Europe/Berlin); a no-show is marked only after that");
    long past =
        book("Basic Manicure", "Marta", "2026-11-20T16:00", "Nora", "+49 170 555 0101")
            .json()
            .get("id")
            .asLong();
    var marked = owner().post("/api/bookings/" + past + "/no-show", "");
    assertThat(marked.status()).as(marked.body()).isEqualTo(200);
    assertThat(marked.json().get("noShow").asBoolean()).isTrue();
    // The same phone number is the same desk customer: the upcoming booking shows the total too.
    var upcoming = owner().get("/api/bookings/" + future.json().get("id").asLong());
    assertThat(upcoming.json().get("customerNoShows").asInt()).isEqualTo(1);
    var noShows = owner().get("/api/bookings?from=2026-11-20&status=no-show");
    assertThat(noShows.json().get("bookings").findValuesAsText("id"))
        .containsExactly(Long.toString(past));
    var undone = owner().delete("/api/bookings/" + past + "/no-show");
    assertThat(undone.json().get("noShow").asBoolean()).isFalse();
    assertThat(undone.json().get("customerNoShows").asInt()).isZero();
  }

  @Test
  void bad_input_on_every_write_route_names_the_field() {
    var create =
        owner()
            .post(
                "/api/bookings",
                "{\"serviceId\":\"gel\",\"start\":\"tomorrow\",\"customerName\":5,\"colour\":1}");
    assertThat(create.status()).as(create.body()).isEqualTo(400);
    assertThat(fieldNames(create.json()))
        .containsExactlyInAnyOrder("serviceId", "start", "customerName", "colour");
    var missing = owner().post("/api/bookings", "{}");
    assertThat(fieldNames(missing.json()))
        .containsExactlyInAnyOrder("serviceId", "start", "customerName");
    var unknown =
        owner()
            .post(
                "/api/bookings",
                "{\"serviceId\":999,\"staffId\":998,\"start\":\"2026-11-24T10:00\",\"customerName\":\"X\",\"customerPhone\":\"call me\"}");
    assertThat(fieldNames(unknown.json()))
        .containsExactlyInAnyOrder("serviceId", "staffId", "customerPhone");
    var nobody =
        owner()
            .post("/api/services", "{\"name\":\"Lash lift\",\"durationMinutes\":30,\"price\":20}");
    assertThat(nobody.status()).as(nobody.body()).isEqualTo(201);
    var unperformed =
        owner()
            .post(
                "/api/bookings",
                "{\"serviceId\":"
                    + nobody.json().get("id").asLong()
                    + ",\"start\":\"2026-11-24T10:00\",\"customerName\":\"X\"}");
    assertThat(unperformed.status()).isEqualTo(400);
    assertThat(unperformed.json().get("fields").get("serviceId").asText())
        .isEqualTo("no active staff member does Lash lift: add it to someone's services first");
    var longPhone =
        owner()
            .post(
                "/api/bookings",
                "{\"serviceId\":999,\"start\":\"2026-11-24T10:00\",\"customerName\":\"X\","
                    + "\"customerPhone\":\""
                    + "9".repeat(5000)
                    + "\"}");
    assertThat(longPhone.json().get("fields").get("customerPhone").asText())
        .hasSizeLessThan(100)
        .endsWith("…' is not a phone number");
    long id = book("Basic Manicure", "Anna", "2026-11-30T12:00", "Bad").json().get("id").asLong();
    var move = owner().patch("/api/bookings/" + id, "{\"start\":\"25:00\",\"staffId\":\"x\"}");
    assertThat(fieldNames(move.json())).containsExactlyInAnyOrder("start", "staffId");
    var nothing = owner().patch("/api/bookings/" + id, "{}");
    assertThat(fieldNames(nothing.json())).containsExactly("start");
    var cancel = owner().post("/api/bookings/" + id + "/cancel", "{\"reason\":7}");
    assertThat(fieldNames(cancel.json())).containsExactly("reason");
    var list = owner().get("/api/bookings?from=soon&to=2026-13-01&staffId=x&status=lost");
    assertThat(list.status()).isEqualTo(400);
    assertThat(fieldNames(list.json()))
        .containsExactlyInAnyOrder("from", "to", "staffId", "status");
    assertThat(list.json().get("fields").get("from").asText())
        .isEqualTo(
            "'soon' is not a day such as 2026-11-24 nor a date and time such as 2026-11-24T10:00");
    assertThat(owner().post("/api/bookings/abc/cancel", "{}").status()).isEqualTo(400);
    assertThat(owner().post("/api/bookings/424242/cancel", "{}").status()).isEqualTo(404);
  }

  static List<String> fieldNames(JsonNode error) {
    assertThat(error.get("error").asText()).isEqualTo("validation");
    List<String> names = new ArrayList<>();
    error.get("fields").fieldNames().forEachRemaining(names::add);
    return names;
  }
}
