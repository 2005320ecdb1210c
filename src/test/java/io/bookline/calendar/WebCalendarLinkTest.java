package io.bookline.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.bookline.support.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The web chat's calendar file (issue 16 item 8): the reply that confirms a booking, or its move,
 * carries the link to the booking's .ics, which downloads as a calendar with the same UID both
 * times; other replies carry none. Real HTTP, real Postgres, the clock on Monday 23 Nov 2026.
 */
class WebCalendarLinkTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  JsonNode last(String text) {
    TestApp.Response r = app.chat("demo", "ana", text);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode replies = r.json().get("replies");
    return replies.get(replies.size() - 1);
  }

  String uid(String url) {
    TestApp.Response file = app.get(url);
    assertThat(file.status()).isEqualTo(200);
    assertThat(file.body()).startsWith("BEGIN:VCALENDAR");
    return file.body().lines().filter(l -> l.startsWith("UID:")).findFirst().orElseThrow();
  }

  @Test
  void the_confirmation_of_a_booking_and_of_its_move_links_the_calendar_file() {
    assertThat(last("basic manicure tomorrow at 10").has("calendar")).isFalse();
    assertThat(last("Ana").has("calendar")).isFalse();
    JsonNode booked = last("yes");
    assertThat(booked.get("text").asText()).startsWith("Booked!");
    String url = booked.get("calendar").asText();
    assertThat(url).startsWith("/calendar/booking/");
    String uid = uid(url);

    assertThat(last("my appointments").has("calendar")).isFalse();
    last("move my appointment to wednesday at 11");
    JsonNode moved = last("yes");
    assertThat(moved.toString()).contains("calendar");
    assertThat(uid(moved.get("calendar").asText())).isEqualTo(uid);
  }
}
