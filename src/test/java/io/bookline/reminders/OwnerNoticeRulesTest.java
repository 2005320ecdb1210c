package io.bookline.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.bookline.channel.Signatures;
import io.bookline.support.FakePlatform;
import io.bookline.support.MutableClock;
import io.bookline.support.TestApp;
import io.bookline.support.TestPostgres;
import io.bookline.support.WhatsApp;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A change the owner makes reaches the customer by the same path and under the same rules as a
 * reminder (issue 16): never WhatsApp free text outside the 24-hour window, Messenger's
 * CONFIRMED_EVENT_UPDATE tag outside it, nothing to a customer who opted out; the transcript always
 * has it.
 */
class OwnerNoticeRulesTest {
  static final Duration WAIT = Duration.ofSeconds(30);
  static final String CUSTOMER = "4917012345678";
  static final String FB_PAGE = "1234567890321";
  static final String FB_SECRET = "fb-secret";

  final FakePlatform platform = new FakePlatform();
  final MutableClock clock = TestApp.mondayMorning();
  TestApp app;
  long sent = TestApp.MONDAY_8AM_BERLIN.getEpochSecond();

  @BeforeEach
  void start() {
    Map<String, String> env = new HashMap<>(WhatsApp.env(platform));
    env.put("MESSENGER_PAGE_ID", FB_PAGE);
    env.put("MESSENGER_PAGE_ACCESS_TOKEN", "fb-token");
    env.put("MESSENGER_APP_SECRET", FB_SECRET);
    env.put("MESSENGER_VERIFY_TOKEN", "fb-verify");
    env.put("MESSENGER_API_BASE_URL", platform.base("fb"));
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

  long next() {
    sent = Math.max(sent + 1, clock.instant().getEpochSecond());
    return sent;
  }

  void whatsapp(String text) {
    int before = platform.calls("whatsapp").size();
    long at = next();
    assertThat(WhatsApp.post(app, WhatsApp.text("wamid." + at, CUSTOMER, text, at)).status())
        .isEqualTo(200);
    await().atMost(WAIT).until(() -> platform.calls("whatsapp").size() > before);
  }

  void messenger(String text) {
    int before = platform.calls("messenger").size();
    long at = next();
    byte[] body =
        ("{\"object\":\"page\",\"entry\":[{\"id\":\"%s\",\"time\":%d,\"messaging\":[{\"sender\":{\"id\":\"fbuser\"},\"recipient\":{\"id\":\"%s\"},\"timestamp\":%d,\"message\":{\"mid\":\"m.%d\",\"text\":\"%s\"}}]}]}"
                .formatted(FB_PAGE, at * 1000, FB_PAGE, at * 1000, at, text))
            .getBytes(StandardCharsets.UTF_8);
    var r =
        app.postRaw(
            "/webhooks/messenger",
            body,
            Map.of("X-Hub-Signature-256", Signatures.hubSignature(body, FB_SECRET)));
    assertThat(r.status()).isEqualTo(200);
    await().atMost(WAIT).until(() -> platform.calls("messenger").size() > before);
  }

  long booking(String platformId) {
    return ((Number)
            db().fetchValue(
                    "select b.id from bookings b join customers c on c.id = b.customer_id"
                        + " where c.platform = ?",
                    platformId))
        .longValue();
  }

  int pending() {
    return db().fetchCount(db().selectFrom("outbox").where("status = 'pending'"));
  }

  @Test
  void outside_whatsapps_window_an_owner_cancel_is_in_the_transcript_and_never_sent() {
    whatsapp("I'd like a basic manicure on Friday at 10");
    whatsapp("Sam");
    whatsapp("yes");
    await().atMost(WAIT).until(() -> pending() == 0);
    int calls = platform.calls("whatsapp").size();
    clock.advance(Duration.ofHours(30));
    var cancelled =
        app.as(TestApp.ADMIN_KEY, "demo")
            .post("/api/bookings/" + booking("whatsapp") + "/cancel", "{}");
    assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
    assertThat(cancelled.json().get("customerTold").asText()).isEqualTo("transcript");
    assertThat(pending()).isZero();
    assertThat(
            db().fetchValue("select metadata ->> 'skipped' from messages where provider = 'staff'"))
        .isEqualTo("no_template");
    await()
        .during(Duration.ofSeconds(1))
        .atMost(WAIT)
        .until(() -> platform.calls("whatsapp").size() == calls);
  }

  @Test
  void outside_messengers_window_an_owner_move_goes_with_the_confirmed_event_update_tag() {
    messenger("I'd like a basic manicure on Friday at 10");
    messenger("Sam");
    messenger("yes");
    await().atMost(WAIT).until(() -> pending() == 0);
    int calls = platform.calls("messenger").size();
    clock.advance(Duration.ofHours(30));
    var moved =
        app.as(TestApp.ADMIN_KEY, "demo")
            .patch("/api/bookings/" + booking("messenger"), "{\"start\":\"2026-11-27T14:00\"}");
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    assertThat(moved.json().get("customerTold").asText()).isEqualTo("outbox");
    await().atMost(WAIT).until(() -> platform.calls("messenger").size() == calls + 1);
    var body = platform.calls("messenger").getLast().body();
    assertThat(body.path("messaging_type").asText()).isEqualTo("MESSAGE_TAG");
    assertThat(body.path("tag").asText()).isEqualTo("CONFIRMED_EVENT_UPDATE");
    assertThat(body.path("message").path("text").asText()).contains("moved your Basic Manicure");
  }

  @Test
  void a_customer_who_opted_out_hears_of_an_owner_change_only_in_the_transcript() {
    whatsapp("I'd like a basic manicure on Friday at 10");
    whatsapp("Sam");
    whatsapp("yes");
    whatsapp("STOP");
    await().atMost(WAIT).until(() -> pending() == 0);
    var cancelled =
        app.as(TestApp.ADMIN_KEY, "demo")
            .post("/api/bookings/" + booking("whatsapp") + "/cancel", "{}");
    assertThat(cancelled.json().get("customerTold").asText()).isEqualTo("transcript");
    assertThat(pending()).isZero();
  }
}
