package io.bookline.ingress;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bookline.support.TestApp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The calendar file offered under a web booking's confirmation is offered there again when the chat
 * is reopened, as long as the booking stands; the link still fetches the file.
 */
class WebChatCalendarHistoryTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void a_reopened_chat_still_offers_the_confirmed_bookings_calendar_file() {
    String visitor = history(null).path("visitor").asText();
    send(visitor, "I'd like a pedicure tomorrow at 10");
    send(visitor, "Wendy");
    JsonNode booked = send(visitor, "yes").path("replies").get(0);
    assertThat(booked.path("text").asText()).startsWith("Booked!");
    String link = booked.path("calendar").asText();
    assertThat(link).startsWith("/calendar/booking/");

    JsonNode line = lineSaying(history(visitor), booked.path("text").asText());
    assertThat(line.path("calendar").asText()).isEqualTo(link);
    assertThat(app.get(link).body()).contains("BEGIN:VCALENDAR").contains("Pedicure");
    assertThat(history(visitor).path("messages"))
        .filteredOn(m -> m.hasNonNull("calendar"))
        .as("only the confirmation offers it")
        .hasSize(1);
  }

  @Test
  void a_cancelled_bookings_confirmation_no_longer_offers_its_calendar_file() {
    String visitor = history(null).path("visitor").asText();
    send(visitor, "I'd like a pedicure tomorrow at 10");
    send(visitor, "Wendy");
    String confirmation = send(visitor, "yes").path("replies").get(0).path("text").asText();
    send(visitor, "I want to cancel my appointment");
    assertThat(send(visitor, "yes").path("replies").get(0).path("text").asText())
        .startsWith("Cancelled your Pedicure");
    assertThat(lineSaying(history(visitor), confirmation).path("calendar").isNull()).isTrue();
  }

  JsonNode lineSaying(JsonNode history, String text) {
    for (JsonNode m : history.path("messages")) {
      if (m.path("text").asText().equals(text)) {
        return m;
      }
    }
    throw new AssertionError("no line '" + text + "' in " + history);
  }

  JsonNode send(String visitor, String text) {
    try {
      String body = JSON.writeValueAsString(Map.of("visitor", visitor, "text", text));
      TestApp.Response r =
          app.request(
              "POST",
              "/webhooks/web/demo",
              body.getBytes(StandardCharsets.UTF_8),
              Map.of("Content-Type", "application/json"));
      assertThat(r.status()).as(r.body()).isEqualTo(200);
      return r.json();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  JsonNode history(String visitor) {
    TestApp.Response r =
        app.request(
            "GET",
            "/webhooks/web/demo/history",
            new byte[0],
            visitor == null ? Map.of() : Map.of(WebChatRoutes.VISITOR_HEADER, visitor));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }
}
