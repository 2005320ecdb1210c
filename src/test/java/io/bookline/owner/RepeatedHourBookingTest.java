package io.bookline.owner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.bookline.support.TestApp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Owner tester, HIGH: on Sunday 31 Oct 2027 Berlin's clocks go back from 03:00 (+02:00) to 02:00
 * (+01:00), so 02:00–02:59 happens twice. The owner API read every time through the business's
 * local clock and back, which always meant the first 02:xx: the second could never be booked, a
 * time sent with an offset was judged an hour off, and free times jumped from 01:45+02:00 to
 * 03:00+01:00. The instant sent is now what is booked, and the second 02:xx is offered with its
 * offset (ADR 0114). The chat still offers and books 02:15 as the first one, in every language. The
 * business opens that Sunday 00:00–23:59; the clock stands at Monday 25 Oct 2027.
 */
class RepeatedHourBookingTest {
  @RegisterExtension
  final TestApp app = TestApp.onFreshDatabaseAt(Instant.parse("2027-10-25T08:00:00Z"));

  long gel;
  long anna;

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
                .formatted(gel, anna, start));
  }

  JsonNode booked(String start) {
    var made = book(start);
    assertThat(made.status()).as(made.body()).isEqualTo(201);
    return made.json();
  }

  @BeforeEach
  void openAllSundayWithTwoBookings() {
    gel = id("services", "Gel Manicure");
    anna = id("resources", "Anna");
    var hours =
        owner().put("/api/hours", "[{\"weekday\":7,\"opens\":\"00:00\",\"closes\":\"23:59\"}]");
    assertThat(hours.status()).as(hours.body()).isEqualTo(200);
  }

  @Test
  void the_second_two_o_clock_is_booked_at_the_instant_sent_and_offered_with_its_offset() {
    // 23:45Z–00:30Z and 00:30Z–01:15Z: the first 02:xx is taken from 02:30, the second is free.
    JsonNode first = booked("2027-10-31T01:45+02:00");
    assertThat(first.get("end").asText()).isEqualTo("2027-10-31T02:30:00+02:00");
    JsonNode second = booked("2027-10-31T02:30+02:00");
    assertThat(second.get("end").asText()).isEqualTo("2027-10-31T02:15:00+01:00");

    // Each free instant of the second hour, as an offset or in UTC, is booked as sent.
    String[][] cases = {
      {"2027-10-31T02:15+01:00", "2027-10-31T02:15:00+01:00", "2027-10-31T03:00:00+01:00"},
      {"2027-10-31T01:30Z", "2027-10-31T02:30:00+01:00", "2027-10-31T03:15:00+01:00"},
      {"2027-10-31T02:45+01:00", "2027-10-31T02:45:00+01:00", "2027-10-31T03:30:00+01:00"},
    };
    for (String[] c : cases) {
      JsonNode made = booked(c[0]);
      assertThat(made.get("start").asText()).as(c[0]).isEqualTo(c[1]);
      assertThat(made.get("end").asText()).as(c[0]).isEqualTo(c[2]);
      var cancelled = owner().post("/api/bookings/" + made.get("id").asLong() + "/cancel", "{}");
      assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
    }

    // Where the first booking could move: both 02:xx hours, each with its own offset.
    var free =
        owner()
            .get(
                "/api/bookings/"
                    + first.get("id").asLong()
                    + "/free-times?day=2027-10-31&staffId="
                    + anna);
    assertThat(free.status()).as(free.body()).isEqualTo(200);
    List<String> starts = new ArrayList<>(free.json().get("freeTimes").findValuesAsText("start"));
    assertThat(starts)
        .containsSubsequence(
            "2027-10-31T01:45:00+02:00",
            "2027-10-31T02:15:00+01:00",
            "2027-10-31T02:30:00+01:00",
            "2027-10-31T02:45:00+01:00",
            "2027-10-31T03:00:00+01:00")
        .doesNotHaveDuplicates();

    // A move to the second 02:45 keeps that instant.
    var moved =
        owner()
            .patch(
                "/api/bookings/" + first.get("id").asLong(),
                "{\"start\":\"2027-10-31T02:45+01:00\"}");
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    assertThat(moved.json().get("booking").get("start").asText())
        .isEqualTo("2027-10-31T02:45:00+01:00");

    // Now taken: the refusal names which 02:45 it means, and offers times around it.
    var taken = book("2027-10-31T02:45+01:00");
    assertThat(taken.status()).as(taken.body()).isEqualTo(409);
    assertThat(taken.json().get("message").asText())
        .isEqualTo(
            "Gel Manicure with Anna is not free at 2027-10-31 02:45 (+01:00): another booking is"
                + " at that time");
    assertThat(taken.json().get("nearestFreeTimes").findValuesAsText("start"))
        .contains("2027-10-31T03:30:00+01:00");
  }

  @Test
  void the_chat_still_offers_and_books_the_first_two_o_clock_in_english_german_and_spanish() {
    String[][] chats = {
      {"en-visitor", "Gel manicure on 31 October at 2:00am please", "02:00", "yes"},
      {"de-visitor", "Gel-Maniküre am 31. Oktober um 02:15 Uhr bitte", "02:15", "ja"},
      {
        "es-visitor",
        "Manicura de gel el 31 de octubre a las 2:45 de la madrugada por favor",
        "02:45",
        "sí"
      },
    };
    for (String[] c : chats) {
      String offer = app.say(c[0], c[1]);
      assertThat(offer).as(c[1]).contains(c[2]);
      app.say(c[0], "Eva");
      app.say(c[0], c[3]);
    }
    var list = owner().get("/api/bookings?from=2027-10-31&to=2027-10-31");
    assertThat(list.json().get("bookings").findValuesAsText("start"))
        .as(list.body())
        .containsExactly(
            "2027-10-31T02:00:00+02:00", "2027-10-31T02:15:00+02:00", "2027-10-31T02:45:00+02:00");
  }
}
