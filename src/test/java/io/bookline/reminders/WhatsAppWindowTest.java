package io.bookline.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bookline.support.FakePlatform;
import io.bookline.support.MutableClock;
import io.bookline.support.TestApp;
import io.bookline.support.TestPostgres;
import io.bookline.support.WhatsApp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * WhatsApp's 24-hour customer-service window for a reminder (issue 16): outside it only the
 * approved template configured on the number goes, with its body parameters in the configured order
 * and quick-reply buttons; with no template the reminder is skipped, said in the transcript and
 * counted, and nothing is sent.
 */
class WhatsAppWindowTest {
  static final Duration WAIT = Duration.ofSeconds(30);
  static final String CUSTOMER = "4917012345678";

  /**
   * Fri 27 Nov 2026, 10:00 in Berlin; its reminder is due on Thursday, days after Monday's chat.
   */
  static final Instant FRIDAY_10 = Instant.parse("2026-11-27T09:00:00Z");

  final FakePlatform platform = new FakePlatform();
  final MutableClock clock = TestApp.mondayMorning();
  TestApp app;
  long sent = TestApp.MONDAY_8AM_BERLIN.getEpochSecond();

  @BeforeEach
  void start() {
    Map<String, String> env = new HashMap<>(WhatsApp.env(platform));
    env.put("DATABASE_URL", TestPostgres.freshDatabase());
    app = TestApp.start(clock, env);
  }

  @AfterEach
  void stop() {
    app.close();
    platform.close();
  }

  DSLContext db() {
    return app.app().database().dsl();
  }

  void whatsapp(String text) {
    int before = platform.calls("whatsapp").size();
    byte[] body = WhatsApp.text("wamid." + sent, CUSTOMER, text, sent++);
    assertThat(WhatsApp.post(app, body).status()).isEqualTo(200);
    await().atMost(WAIT).until(() -> platform.calls("whatsapp").size() > before);
  }

  long bookFriday() {
    whatsapp("I'd like a basic manicure on Friday at 10");
    whatsapp("Sam");
    whatsapp("yes");
    return ((Number) db().fetchValue("select id from bookings")).longValue();
  }

  @Test
  void outside_the_window_the_configured_template_is_sent_with_its_parameters_in_order()
      throws Exception {
    long booking = bookFriday();
    db().execute(
            "update channel_accounts set reminder_template = ?::jsonb where platform = 'whatsapp'",
            "{\"name\":\"appointment_reminder\",\"language\":\"en_US\","
                + "\"parameters\":[\"customer\",\"service\",\"date\",\"time\",\"business\"]}");
    int before = platform.calls("whatsapp").size();
    clock.set(FRIDAY_10.minus(Duration.ofDays(1)).plusSeconds(10));
    app.app().reminders().runOnce();
    await().atMost(WAIT).until(() -> platform.calls("whatsapp").size() == before + 1);
    long reminder =
        ((Number) db().fetchValue("select id from reminders where booking_id = ?", booking))
            .longValue();
    JsonNode expected =
        new ObjectMapper()
            .readTree(
                """
                {"messaging_product":"whatsapp","recipient_type":"individual","to":"%s",
                 "type":"template",
                 "template":{"name":"appointment_reminder","language":{"code":"en_US"},
                  "components":[
                   {"type":"body","parameters":[
                     {"type":"text","text":"Sam"},
                     {"type":"text","text":"Basic Manicure"},
                     {"type":"text","text":"Fri 27 Nov"},
                     {"type":"text","text":"10:00"},
                     {"type":"text","text":"Demo Nail Studio"}]},
                   {"type":"button","sub_type":"quick_reply","index":"0",
                    "parameters":[{"type":"payload","payload":"bk:keep:%d"}]},
                   {"type":"button","sub_type":"quick_reply","index":"1",
                    "parameters":[{"type":"payload","payload":"bk:cancel:%d"}]},
                   {"type":"button","sub_type":"quick_reply","index":"2",
                    "parameters":[{"type":"payload","payload":"bk:move:%d"}]}]}}
                """
                    .formatted(CUSTOMER, reminder, reminder, reminder));
    var call = platform.calls("whatsapp").getLast();
    assertThat(call.path()).isEqualTo("/wa/" + WhatsApp.PHONE + "/messages");
    assertThat(call.body()).isEqualTo(expected);
    assertThat(db().fetchValue("select status from reminders where id = ?", reminder))
        .isEqualTo("sent");
  }

  @Test
  void a_wrong_template_is_named_field_by_field_and_another_number_is_404() {
    var owner = app.as(TestApp.ADMIN_KEY, "demo");
    String path = "/api/channels/whatsapp/" + WhatsApp.PHONE + "/reminder-template";
    var bad =
        owner.put(path, "{\"name\":\"Bad Name\",\"language\":\"english\",\"parameters\":[\"x\"]}");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body()).contains("name").contains("language").contains("parameters");
    assertThat(owner.put(path, "{\"name\":\"a\",\"language\":\"en\",\"parameters\":3}").status())
        .isEqualTo(400);
    assertThat(owner.get("/api/channels/whatsapp/999/reminder-template").status()).isEqualTo(404);
    assertThat(owner.delete(path).status()).isEqualTo(200);
  }

  @Test
  void outside_the_window_without_a_template_the_reminder_is_skipped_and_said_why() {
    long booking = bookFriday();
    int before = platform.calls("whatsapp").size();
    clock.set(FRIDAY_10.minus(Duration.ofDays(1)).plusSeconds(10));
    app.app().reminders().runOnce();
    app.app().reminders().runOnce();
    assertThat(
            db().fetchValue(
                    "select status || ':' || reason from reminders where booking_id = ?", booking))
        .isEqualTo("skipped:no_template");
    assertThat(db().fetchCount(db().selectFrom("outbox").where("status = 'pending'"))).isZero();
    await()
        .during(Duration.ofSeconds(1))
        .atMost(WAIT)
        .until(() -> platform.calls("whatsapp").size() == before);
    long conversation = ((Number) db().fetchValue("select id from conversations")).longValue();
    var lines =
        app.as(TestApp.ADMIN_KEY, "demo")
            .get("/api/conversations/" + conversation + "/messages")
            .json()
            .get("messages");
    JsonNode last = lines.get(lines.size() - 1);
    assertThat(last.get("text").asText())
        .isEqualTo(
            "Reminder for booking "
                + booking
                + " not sent: the customer last wrote more than 24 hours ago, and no approved"
                + " WhatsApp template is configured for this number");
    assertThat(
            app.app()
                .metrics()
                .counter("bookline.reminders.skipped", "reason", "no_template")
                .count())
        .isEqualTo(1.0);
    assertThat(List.of(last.get("author").asText())).containsExactly("system");
  }
}
