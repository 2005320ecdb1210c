package io.bookline.owner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.bookline.support.ChatSteps;
import io.bookline.support.TestApp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every time the owner API shows for a conversation is the app's clock (ADR 0117): the list's
 * {@code lastMessageAt} and its last message's {@code at}, which the console compares, the
 * transcript's lines, the customer's and the booking's {@code createdAt}. New rows took Postgres
 * {@code now()}, so an app on another clock (a test's, or a host whose database clock differs)
 * showed a brand-new conversation at the database's time. The clock here stands years from the real
 * one: Monday 2 June 2031, 10:15 in Berlin. Web chat and owner API over HTTP on Postgres.
 */
class ConversationTimesOnTheAppClockTest {
  private static final Instant FAR = Instant.parse("2031-06-02T08:15:00Z");

  @RegisterExtension final TestApp app = TestApp.onFreshDatabaseAt(FAR);
  final ChatSteps chat = new ChatSteps(app);

  TestApp.Caller owner() {
    return app.as(TestApp.ADMIN_KEY, "demo");
  }

  private JsonNode listed(String user) {
    TestApp.Response res = owner().get("/api/conversations");
    assertThat(res.status()).as(res.body()).isEqualTo(200);
    for (JsonNode c : res.json().get("conversations")) {
      if (c.get("customer").asText().equals(user)) {
        return c;
      }
    }
    throw new AssertionError("no conversation of " + user + " in " + res.body());
  }

  private static Instant at(JsonNode time) {
    return OffsetDateTime.parse(time.asText()).toInstant();
  }

  private JsonNode export(String user) {
    TestApp.Response res =
        owner().get("/api/customers/" + listed(user).get("customerId").asLong() + "/export");
    assertThat(res.status()).as(res.body()).isEqualTo(200);
    return res.json();
  }

  private List<Instant> lineTimes(String user) {
    TestApp.Response res =
        owner().get("/api/conversations/" + listed(user).get("id").asLong() + "/messages");
    assertThat(res.status()).as(res.body()).isEqualTo(200);
    List<Instant> times = new ArrayList<>();
    res.json().get("messages").forEach(m -> times.add(at(m.get("at"))));
    return times;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN | pedicure on wednesday at 10 | Lena Park | yes | thanks",
        "DE | Pediküre am Mittwoch um 10 | Jonas Weber | ja | danke",
        "ES | una pedicura el miércoles a las 10 | Lucía García | sí | gracias",
      })
  void a_chat_and_its_booking_are_shown_at_the_app_clocks_times(
      String language, String request, String name, String yes, String thanks) {
    chat.book("c", request, name, yes);

    JsonNode c = listed("c");
    assertThat(at(c.get("lastMessageAt"))).isEqualTo(FAR);
    assertThat(at(c.get("lastMessage").get("at"))).isEqualTo(FAR);
    assertThat(lineTimes("c")).hasSizeGreaterThanOrEqualTo(6).containsOnly(FAR);
    JsonNode export = export("c");
    assertThat(at(export.get("customer").get("createdAt"))).isEqualTo(FAR);
    assertThat(at(export.get("bookings").get(0).get("createdAt"))).isEqualTo(FAR);

    app.clock().advance(Duration.ofMinutes(7));
    app.say("c", thanks);

    Instant later = FAR.plus(Duration.ofMinutes(7));
    c = listed("c");
    assertThat(at(c.get("lastMessageAt"))).isEqualTo(later);
    assertThat(at(c.get("lastMessage").get("at"))).isEqualTo(later);
    assertThat(lineTimes("c")).last().isEqualTo(later);
  }

  @Test
  void an_owners_reply_and_desk_booking_are_shown_at_the_app_clocks_time() {
    app.say("d", "hallo");
    app.clock().advance(Duration.ofMinutes(3));
    Instant later = FAR.plus(Duration.ofMinutes(3));

    TestApp.Response replied =
        owner()
            .post(
                "/api/conversations/" + listed("d").get("id").asLong() + "/reply",
                "{\"text\":\"Hallo, hier ist Anna\"}");
    assertThat(replied.status()).as(replied.body()).isEqualTo(201);
    JsonNode c = listed("d");
    assertThat(at(c.get("lastMessageAt"))).isEqualTo(later);
    assertThat(at(c.get("lastMessage").get("at"))).isEqualTo(later);
    assertThat(lineTimes("d")).last().isEqualTo(later);

    long desk =
        OwnerApiSteps.book(
            owner(), OwnerApiSteps.serviceId(app, "Pedicure"), "2031-06-04T11:00", "Ida Desk");
    JsonNode booking = owner().get("/api/bookings/" + desk).json();
    assertThat(at(booking.get("createdAt"))).isEqualTo(later);
    JsonNode customer =
        owner().get("/api/customers/" + booking.get("customerId").asLong() + "/export").json();
    assertThat(at(customer.get("customer").get("createdAt"))).isEqualTo(later);
  }
}
