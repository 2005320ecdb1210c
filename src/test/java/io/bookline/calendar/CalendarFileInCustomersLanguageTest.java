package io.bookline.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The calendar file a customer downloads from the chat names the service as the chat did, in the
 * customer's language ("Pediküre", "Pedicura"), not as the owner stored it ("Pedicure"); the staff
 * member's feed keeps the owner's name ("Pedicure – Jonas"), whoever booked. Booked over the web
 * chat, the file fetched over real HTTP; Postgres; Monday 23 Nov 2026, 08:00; the demo studio.
 */
class CalendarFileInCustomersLanguageTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  JsonNode last(String user, String text) {
    TestApp.Response r = app.chat("demo", user, text);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode replies = r.json().get("replies");
    return replies.get(replies.size() - 1);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN | pedicure tomorrow at 10 | Lena | yes | Pedicure",
        "DE | Ich möchte eine Pediküre morgen um 10 | Jonas | ja | Pediküre",
        "ES | Quiero una pedicura mañana a las 10 | Lucía | sí | Pedicura",
      })
  void the_booking_s_file_names_the_service_in_the_customer_s_language(
      String language, String ask, String name, String yes, String service) {
    String user = "c" + language;
    last(user, ask);
    last(user, name);
    JsonNode booked = last(user, yes);
    assertThat(booked.get("text").asText()).contains(service);
    TestApp.Response file = app.get(booked.get("calendar").asText());
    assertThat(file.status()).as(file.body()).isEqualTo(200);
    assertThat(file.body().lines().filter(l -> l.startsWith("SUMMARY:")))
        .containsExactly("SUMMARY:" + service + " – Demo Nail Studio");

    var owner = app.as(TestApp.ADMIN_KEY, "demo");
    long staff =
        ((Number) app.app().database().dsl().fetchValue("select resource_id from bookings"))
            .longValue();
    TestApp.Response issued = owner.post("/api/staff/" + staff + "/calendar-feed", "");
    assertThat(issued.status()).as(issued.body()).isEqualTo(201);
    TestApp.Response feed = app.get(issued.json().get("url").asText());
    assertThat(feed.status()).as(feed.body()).isEqualTo(200);
    assertThat(feed.body().lines().filter(l -> l.startsWith("SUMMARY:")))
        .containsExactly("SUMMARY:Pedicure – " + name);
  }
}
