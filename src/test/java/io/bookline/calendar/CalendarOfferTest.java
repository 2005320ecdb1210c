package io.bookline.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.bookline.support.FakePlatform;
import io.bookline.support.TestApp;
import io.bookline.support.TestPostgres;
import io.bookline.support.WhatsApp;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * After a chat booking the customer gets its calendar file on their platform (issue 16): a WhatsApp
 * document and a Telegram document whose link, fetched from this server, is the booking's .ics; a
 * move sends the same UID with a higher SEQUENCE.
 */
class CalendarOfferTest {
  static final Duration WAIT = Duration.ofSeconds(30);
  static final String PUBLIC = "https://book.example.test";
  static final String TG_SECRET = "tg-secret";

  final FakePlatform platform = new FakePlatform();
  TestApp app;
  long sent = TestApp.MONDAY_8AM_BERLIN.getEpochSecond();

  @BeforeEach
  void start() {
    Map<String, String> env = new HashMap<>(WhatsApp.env(platform));
    env.put("TELEGRAM_BOT_TOKEN", "123:abc");
    env.put("TELEGRAM_SECRET_TOKEN", TG_SECRET);
    env.put("TELEGRAM_API_BASE_URL", platform.base("tg"));
    env.put("PUBLIC_BASE_URL", PUBLIC + "/");
    env.put("DATABASE_URL", TestPostgres.freshDatabase());
    app = TestApp.start(TestApp.mondayMorning(), env);
  }

  @AfterEach
  void stop() {
    app.close();
    platform.close();
  }

  void whatsapp(String text) {
    int before = platform.calls("whatsapp").size();
    assertThat(
            WhatsApp.post(app, WhatsApp.text("wamid." + sent, "4917012345678", text, sent++))
                .status())
        .isEqualTo(200);
    await().atMost(WAIT).until(() -> platform.calls("whatsapp").size() > before);
  }

  void telegram(String text) {
    int before = platform.calls("telegram").size();
    long at = sent++;
    String update =
        ("{\"update_id\":%d,\"message\":{\"message_id\":%d,\"date\":%d,\"chat\":{\"id\":777,"
                + "\"type\":\"private\"},\"from\":{\"id\":777,\"is_bot\":false,\"first_name\":\"T\"},"
                + "\"text\":\"%s\"}}")
            .formatted(at, at, at, text);
    assertThat(
            app.postRaw(
                    "/webhooks/telegram/demo",
                    update.getBytes(StandardCharsets.UTF_8),
                    Map.of("X-Telegram-Bot-Api-Secret-Token", TG_SECRET))
                .status())
        .isEqualTo(200);
    await().atMost(WAIT).until(() -> platform.calls("telegram").size() > before);
  }

  VEvent fetched(String link) throws Exception {
    assertThat(link).startsWith(PUBLIC + "/calendar/booking/");
    var file = app.get(link.substring(PUBLIC.length()));
    assertThat(file.status()).isEqualTo(200);
    Calendar c = new CalendarBuilder().build(new StringReader(file.body()));
    List<VEvent> events = c.getComponents(Component.VEVENT);
    assertThat(events).hasSize(1);
    return events.get(0);
  }

  static String prop(VEvent e, String name) {
    return e.getProperty(name).map(Property::getValue).orElseThrow();
  }

  List<JsonNode> documents(String platformId) {
    return platform.calls(platformId).stream()
        .map(FakePlatform.Call::body)
        .filter(b -> b.has("document"))
        .toList();
  }

  @Test
  void a_whatsapp_booking_gets_its_ics_as_a_document_and_a_move_sends_a_higher_sequence()
      throws Exception {
    whatsapp("I'd like a basic manicure tomorrow at 10");
    whatsapp("Sam");
    whatsapp("yes");
    await().atMost(WAIT).until(() -> documents("whatsapp").size() == 1);
    JsonNode doc = documents("whatsapp").get(0);
    assertThat(doc.path("type").asText()).isEqualTo("document");
    assertThat(doc.path("document").path("filename").asText()).isEqualTo("booking.ics");
    assertThat(doc.path("document").path("caption").asText())
        .isEqualTo("Add your Basic Manicure on Tue 24 Nov at 10:00 to your calendar.");
    VEvent first = fetched(doc.path("document").path("link").asText());
    long booking =
        ((Number) app.app().database().dsl().fetchValue("select id from bookings")).longValue();
    assertThat(prop(first, Property.UID)).isEqualTo("booking-" + booking + "@demo.bookline");

    var moved =
        app.as(TestApp.ADMIN_KEY, "demo")
            .patch("/api/bookings/" + booking, "{\"start\":\"2026-11-24T15:00\"}");
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    await().atMost(WAIT).until(() -> documents("whatsapp").size() == 2);
    VEvent second = fetched(documents("whatsapp").get(1).path("document").path("link").asText());
    assertThat(prop(second, Property.UID)).isEqualTo(prop(first, Property.UID));
    assertThat(Integer.parseInt(prop(second, Property.SEQUENCE)))
        .isGreaterThan(Integer.parseInt(prop(first, Property.SEQUENCE)));
  }

  @Test
  void a_telegram_booking_gets_its_ics_with_send_document() throws Exception {
    telegram("I'd like a basic manicure tomorrow at 10");
    telegram("Sam");
    telegram("yes");
    await()
        .atMost(WAIT)
        .until(
            () ->
                platform.calls("telegram").stream()
                    .anyMatch(c -> c.path().endsWith("/sendDocument")));
    var call =
        platform.calls("telegram").stream()
            .filter(c -> c.path().endsWith("/sendDocument"))
            .findFirst()
            .orElseThrow();
    assertThat(call.body().path("chat_id").asText()).isEqualTo("777");
    fetched(call.body().path("document").asText());
  }

  @Test
  void the_web_chat_gets_no_document() {
    app.say("webby", "I'd like a pedicure tomorrow at 10");
    app.say("webby", "Wendy");
    assertThat(app.say("webby", "yes")).startsWith("Booked!");
    var db = app.app().database().dsl();
    assertThat(db.fetchCount(db.selectFrom("outbox"))).isZero();
  }
}
