package io.bookline.channel;

import static io.bookline.db.Schema.Bookings;
import static io.bookline.db.Schema.Inbox;
import static io.bookline.db.Schema.Messages;
import static io.bookline.db.Schema.Outbox;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bookline.support.FakePlatform;
import io.bookline.support.Fixtures;
import io.bookline.support.MutableClock;
import io.bookline.support.TestApp;
import io.bookline.support.TestPostgres;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * WhatsApp, Telegram and Messenger through the real routes, a fake platform API and real Postgres.
 */
class ChannelsTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String WA_PHONE = "10634295353625";
  static final String WA_SECRET = "wa-app-secret";
  static final String FB_PAGE = "12345654332";
  static final String FB_SECRET = "fb-app-secret";
  static final String TG_SECRET = "tg-secret-token";
  static final Duration WAIT = Duration.ofSeconds(15);

  MutableClock clock = TestApp.mondayMorning();
  FakePlatform platform;
  TestApp app;
  String database;

  @BeforeEach
  void start() {
    platform = new FakePlatform();
    database = TestPostgres.freshDatabase();
    app = TestApp.start(clock, env(Map.of()));
  }

  Map<String, String> env(Map<String, String> extra) {
    Map<String, String> env = new HashMap<>();
    env.put("DATABASE_URL", database);
    env.put("WHATSAPP_PHONE_NUMBER_ID", WA_PHONE);
    env.put("WHATSAPP_ACCESS_TOKEN", "wa-token");
    env.put("WHATSAPP_APP_SECRET", WA_SECRET);
    env.put("WHATSAPP_VERIFY_TOKEN", "meatyhamhock");
    env.put("WHATSAPP_API_BASE_URL", platform.base("wa"));
    env.put("TELEGRAM_BOT_TOKEN", "123:abc");
    env.put("TELEGRAM_SECRET_TOKEN", TG_SECRET);
    env.put("TELEGRAM_API_BASE_URL", platform.base("tg"));
    env.put("MESSENGER_PAGE_ID", FB_PAGE);
    env.put("MESSENGER_PAGE_ACCESS_TOKEN", "fb-token");
    env.put("MESSENGER_APP_SECRET", FB_SECRET);
    env.put("MESSENGER_VERIFY_TOKEN", "fb-verify");
    env.put("MESSENGER_API_BASE_URL", platform.base("fb"));
    env.put("OUTBOX_MAX_ATTEMPTS", "3");
    env.putAll(extra);
    return env;
  }

  @AfterEach
  void stop() {
    app.close();
    platform.close();
  }

  DSLContext db() {
    return app.app().database().dsl();
  }

  // ----------------------------------------------------------------- helpers

  TestApp.Response whatsapp(byte[] body) {
    return app.postRaw(
        "/webhooks/whatsapp",
        body,
        Map.of("X-Hub-Signature-256", Signatures.hubSignature(body, WA_SECRET)));
  }

  /** A WhatsApp text message from {@code from}, sent now. */
  byte[] waText(String id, String from, String text) {
    return waMessage(
        id,
        from,
        JSON.createObjectNode()
            .put("type", "text")
            .set("text", JSON.createObjectNode().put("body", text)));
  }

  byte[] waButton(String id, String from, String buttonId, String title) {
    ObjectNode m = JSON.createObjectNode().put("type", "interactive");
    m.putObject("interactive")
        .put("type", "button_reply")
        .putObject("button_reply")
        .put("id", buttonId)
        .put("title", title);
    return waMessage(id, from, m);
  }

  byte[] waMessage(String id, String from, ObjectNode message) {
    message
        .put("from", from)
        .put("id", id)
        .put("timestamp", String.valueOf(clock.instant().getEpochSecond()));
    ObjectNode root = JSON.createObjectNode().put("object", "whatsapp_business_account");
    ObjectNode value =
        root.putArray("entry")
            .addObject()
            .put("id", "1")
            .putArray("changes")
            .addObject()
            .put("field", "messages")
            .putObject("value");
    value.put("messaging_product", "whatsapp");
    value
        .putObject("metadata")
        .put("display_phone_number", "15550000000")
        .put("phone_number_id", WA_PHONE);
    value.putArray("messages").add(message);
    return root.toString().getBytes(StandardCharsets.UTF_8);
  }

  TestApp.Response telegram(String update) {
    return app.postRaw(
        "/webhooks/telegram/demo",
        update.getBytes(StandardCharsets.UTF_8),
        Map.of("X-Telegram-Bot-Api-Secret-Token", TG_SECRET));
  }

  int updates = 1000;

  String tgText(long chat, String text) {
    return "{\"update_id\":"
        + (++updates)
        + ",\"message\":{\"message_id\":"
        + updates
        + ",\"from\":{\"id\":"
        + chat
        + "},\"chat\":{\"id\":"
        + chat
        + ",\"type\":\"private\"},\"date\":"
        + clock.instant().getEpochSecond()
        + ",\"text\":"
        + JSON.valueToTree(text)
        + "}}";
  }

  String tgPress(long chat, String data) {
    return "{\"update_id\":"
        + (++updates)
        + ",\"callback_query\":{\"id\":\"cb"
        + updates
        + "\",\"from\":{\"id\":"
        + chat
        + "},\"message\":{\"message_id\":1,\"chat\":{\"id\":"
        + chat
        + ",\"type\":\"private\"},\"date\":"
        + clock.instant().getEpochSecond()
        + ",\"text\":\"x\"},\"chat_instance\":\"1\",\"data\":"
        + JSON.valueToTree(data)
        + "}}";
  }

  List<FakePlatform.Call> sends(String kind, int atLeast) {
    await().atMost(WAIT).until(() -> platform.calls(kind).size() >= atLeast);
    return platform.calls(kind);
  }

  static String waText(FakePlatform.Call c) {
    JsonNode b = c.body();
    return b.has("interactive")
        ? b.get("interactive").get("body").get("text").asText()
        : b.get("text").get("body").asText();
  }

  // ----------------------------------------------------------------- tests

  @Test
  void every_fixture_through_the_real_routes_is_acknowledged_and_handled_as_meant() {
    for (String id : List.of("409552778964973", "106540352242922", "1122334455667", "REDACTED")) {
      assertEquals(
          200,
          app.putAdmin(
                  "/api/channels/whatsapp/" + id,
                  "{\"business\":\"demo\",\"accessToken\":\"t\",\"appSecret\":\""
                      + WA_SECRET
                      + "\"}")
              .status());
    }
    assertEquals(
        200,
        app.putAdmin(
                "/api/channels/messenger/1234567890321",
                "{\"business\":\"demo\",\"accessToken\":\"t\",\"appSecret\":\"" + FB_SECRET + "\"}")
            .status());
    app.close();
    app = TestApp.start(clock, env(Map.of("MESSAGE_MAX_AGE", "7000d")));
    for (String f :
        List.of(
            "text-message",
            "image-message",
            "interactive-button-reply",
            "interactive-list-reply",
            "template-quick-reply-button",
            "text-message-bsuid-group",
            "reaction-emoji-escaped",
            "status-sent",
            "status-delivered",
            "status-read",
            "status-failed",
            "status-delivered-bsuid")) {
      var r = whatsapp(Fixtures.bytes("whatsapp/" + f + ".json"));
      assertEquals(200, r.status(), f + ": " + r.body());
    }
    for (String f :
        List.of(
            "text-message",
            "command-start",
            "edited-message",
            "callback-query",
            "callback-query-inaccessible-message")) {
      var r =
          app.postRaw(
              "/webhooks/telegram/demo",
              Fixtures.bytes("telegram/" + f + ".json"),
              Map.of("X-Telegram-Bot-Api-Secret-Token", TG_SECRET));
      assertEquals(200, r.status(), f + ": " + r.body());
    }
    for (String f : List.of("message-text", "postback", "quick-reply")) {
      byte[] body = Fixtures.bytes("messenger/" + f + ".json");
      var r =
          app.postRaw(
              "/webhooks/messenger",
              body,
              Map.of("X-Hub-Signature-256", Signatures.hubSignature(body, FB_SECRET)));
      assertEquals(200, r.status(), f + ": " + r.body());
    }
    // The fixtures reuse ids: WhatsApp's template reply has the text message's id and the list
    // reply
    // and reaction the button reply's; both Telegram callbacks are update 2. Each id is handled
    // once.
    await()
        .atMost(WAIT)
        .until(() -> db().fetchCount(Inbox.T, Inbox.STATUS.eq("done")) == 4 + 4 + 3);
    List<String> texts =
        db().select(Messages.CONTENT_TEXT)
            .from(Messages.T)
            .where(Messages.DIRECTION.eq("in"))
            .fetch(Messages.CONTENT_TEXT);
    assertTrue(
        texts.containsAll(
            List.of(
                "hi everyone!",
                "button-text",
                "aaaaaaaaaa",
                "/start",
                "thedata",
                "hello, world!",
                "USER_DEFINED_PAYLOAD",
                "quick reply text")),
        texts.toString());
    var wa = sends("whatsapp", 4);
    assertTrue(
        wa.stream().anyMatch(c -> waText(c).startsWith("Sorry, I can only read text")),
        "the image got the text-only note");
    assertTrue(
        wa.stream().anyMatch(c -> c.body().path("to").asText().equals("US.13491208655302741918")));
    var tg = sends("telegram", 4);
    assertTrue(
        tg.stream().anyMatch(c -> c.path().endsWith("/answerCallbackQuery")),
        "button presses are acknowledged");
    assertTrue(
        tg.stream()
            .anyMatch(
                c ->
                    c.path().endsWith("/sendMessage")
                        && c.body().get("chat_id").asText().equals("456")));
    var fb = sends("messenger", 3);
    assertTrue(
        fb.stream()
            .anyMatch(c -> c.body().get("recipient").get("id").asText().equals("987654321432")));
  }

  @Test
  void the_verify_handshake_echoes_the_challenge_only_for_our_token() {
    var ok =
        app.get(
            "/webhooks/whatsapp?hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=meatyhamhock");
    assertEquals(200, ok.status());
    assertEquals("1158201444", ok.body());
    var wrong =
        app.get(
            "/webhooks/whatsapp?hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=nope");
    assertEquals(403, wrong.status());
    assertEquals("forbidden", wrong.json().get("error").asText());
    assertEquals(
        200,
        app.get(
                "/webhooks/messenger?hub.mode=subscribe&hub.challenge=42&hub.verify_token=fb-verify")
            .status());
  }

  @Test
  void bad_signatures_unknown_accounts_and_garbage_are_refused_and_nothing_is_stored() {
    byte[] body = waText("wamid.a", "4911", "hi");
    assertEquals(
        401,
        app.postRaw(
                "/webhooks/whatsapp",
                body,
                Map.of("X-Hub-Signature-256", Signatures.hubSignature(body, "wrong")))
            .status());
    assertEquals(401, app.postRaw("/webhooks/whatsapp", body, Map.of()).status());
    byte[] unknown =
        new String(body, StandardCharsets.UTF_8)
            .replace(WA_PHONE, "999")
            .getBytes(StandardCharsets.UTF_8);
    var r =
        app.postRaw(
            "/webhooks/whatsapp",
            unknown,
            Map.of("X-Hub-Signature-256", Signatures.hubSignature(unknown, WA_SECRET)));
    // Even signed with a real secret, an unknown account is refused as a bad signature is.
    assertEquals(401, r.status());
    assertEquals(
        "X-Hub-Signature-256 is missing or does not match the body",
        r.json().get("message").asText());
    assertEquals(
        401,
        app.postRaw(
                "/webhooks/telegram/demo",
                tgText(1, "hi").getBytes(StandardCharsets.UTF_8),
                Map.of("X-Telegram-Bot-Api-Secret-Token", "nope"))
            .status());
    assertEquals(
        404,
        app.postRaw(
                "/webhooks/telegram/nobody",
                tgText(1, "hi").getBytes(StandardCharsets.UTF_8),
                Map.of())
            .status());
    byte[] garbage = "{not json".getBytes(StandardCharsets.UTF_8);
    assertEquals(
        400,
        app.postRaw(
                "/webhooks/whatsapp",
                garbage,
                Map.of("X-Hub-Signature-256", Signatures.hubSignature(garbage, WA_SECRET)))
            .status());
    assertEquals(0, db().fetchCount(Inbox.T));
    assertEquals(0, db().fetchCount(Messages.T));
  }

  @Test
  void the_same_message_delivered_three_times_also_concurrently_is_one_turn_and_one_reply()
      throws Exception {
    byte[] body = waText("wamid.same", "4912", "what are your opening hours?");
    assertEquals(200, whatsapp(body).status());
    CountDownLatch go = new CountDownLatch(1);
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<Integer>> twins = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        twins.add(
            pool.submit(
                () -> {
                  go.await();
                  return whatsapp(body).status();
                }));
      }
      go.countDown();
      for (Future<Integer> f : twins) {
        assertEquals(200, f.get());
      }
    }
    var sent = sends("whatsapp", 1);
    await().pollDelay(Duration.ofMillis(500)).atMost(WAIT).until(() -> true);
    assertEquals(1, platform.calls("whatsapp").size(), "one reply: " + sent);
    assertEquals(1, db().fetchCount(Messages.T, Messages.DIRECTION.eq("in")));
    assertTrue(waText(sent.get(0)).startsWith("We're open"));
  }

  @Test
  void a_message_acknowledged_before_a_crash_is_answered_once_after_restart() {
    app.close();
    // The crash: the inbox row was committed and acknowledged, then the instance died.
    var inboxDb =
        io.bookline.db.Database.start(
            io.bookline.config.ConfigLoader.load(Map.of("DATABASE_URL", database)));
    long business =
        inboxDb
            .dsl()
            .select(io.bookline.db.Schema.Businesses.ID)
            .from(io.bookline.db.Schema.Businesses.T)
            .fetchSingle(io.bookline.db.Schema.Businesses.ID);
    new io.bookline.ingress.Inbox(inboxDb.dsl(), JSON, clock)
        .record(
            new InboundMessage(
                Platform.WHATSAPP,
                business,
                "4913",
                "wamid.crash",
                "what are your prices?",
                clock.instant(),
                "{}",
                InboundMessage.Kind.TEXT,
                Map.of("account", WA_PHONE, "to", "4913"),
                Delivery.OUTBOX));
    inboxDb.close();
    app = TestApp.start(clock, env(Map.of()));
    var sent = sends("whatsapp", 1);
    assertTrue(waText(sent.get(0)).startsWith("Our services:"));
    app.close();
    app = TestApp.start(clock, env(Map.of()));
    await().pollDelay(Duration.ofMillis(800)).atMost(WAIT).until(() -> true);
    assertEquals(1, platform.calls("whatsapp").size(), "not sent again after a second restart");
  }

  @Test
  void two_500s_then_200_deliver_one_reply() {
    platform.then(
        new FakePlatform.Answer(500, "{}", null), new FakePlatform.Answer(500, "{}", null));
    assertEquals(200, whatsapp(waText("wamid.retry", "4914", "hi")).status());
    await()
        .atMost(WAIT)
        .until(
            () -> "sent".equals(db().select(Outbox.STATUS).from(Outbox.T).fetchOne(Outbox.STATUS)));
    assertEquals(3, platform.calls("whatsapp").size());
    assertEquals(3, db().select(Outbox.ATTEMPTS).from(Outbox.T).fetchSingle(Outbox.ATTEMPTS));
  }

  @Test
  void a_131047_is_dead_lettered_without_retries_and_can_be_retried_by_an_admin() {
    platform.then(
        new FakePlatform.Answer(
            400, "{\"error\":{\"message\":\"Re-engagement message\",\"code\":131047}}", null));
    assertEquals(200, whatsapp(waText("wamid.dead", "4915", "hi")).status());
    await()
        .atMost(WAIT)
        .until(
            () -> "dead".equals(db().select(Outbox.STATUS).from(Outbox.T).fetchOne(Outbox.STATUS)));
    assertEquals(1, platform.calls("whatsapp").size(), "a permanent error is not retried");
    var dead = app.getAdmin("/api/outbox/dead");
    assertEquals(200, dead.status());
    JsonNode row = dead.json().get("dead").get(0);
    assertTrue(row.get("lastError").asText().contains("131047"), row.toString());
    var retried = app.postAdmin("/api/outbox/" + row.get("id").asLong() + "/retry", "");
    assertEquals(200, retried.status());
    await()
        .atMost(WAIT)
        .until(
            () -> "sent".equals(db().select(Outbox.STATUS).from(Outbox.T).fetchOne(Outbox.STATUS)));
    assertEquals(2, platform.calls("whatsapp").size());
  }

  @Test
  void a_429_with_retry_after_is_honoured() {
    platform.then(
        new FakePlatform.Answer(
            429, "{\"error\":{\"message\":\"slow down\",\"code\":130429}}", "1"));
    Instant before = clock.instant();
    assertEquals(200, whatsapp(waText("wamid.429", "4916", "hi")).status());
    sends("whatsapp", 2);
    assertEquals(
        Duration.ofSeconds(1),
        Duration.between(before, clock.instant()),
        "Retry-After: 1 honoured: the sender paused one second of the app's clock");
  }

  @Test
  void a_full_booking_over_whatsapp_with_reply_buttons() {
    whatsapp(waText("wamid.b1", "4917", "basic manicure tomorrow at 10"));
    var first = sends("whatsapp", 1);
    assertEquals(
        "Basic Manicure on Tue 24 Nov at 10:00 is free. What name should I put the booking under?",
        waText(first.get(0)));
    whatsapp(waText("wamid.b2", "4917", "Ana"));
    var confirm = sends("whatsapp", 2).get(1).body();
    assertEquals("button", confirm.get("interactive").get("type").asText());
    JsonNode yes = confirm.get("interactive").get("action").get("buttons").get(0).get("reply");
    assertEquals("Yes", yes.get("title").asText());
    whatsapp(waButton("wamid.b3", "4917", yes.get("id").asText(), yes.get("title").asText()));
    var done = sends("whatsapp", 3).get(2);
    assertTrue(
        waText(done).startsWith("Booked! Basic Manicure on Tue 24 Nov at 10:00"), waText(done));
    assertEquals(1, db().fetchCount(Bookings.T));
  }

  @Test
  void a_full_booking_over_telegram_with_an_inline_keyboard() {
    telegram(tgText(777, "gel manicure on friday"));
    JsonNode times = sends("telegram", 1).get(0).body();
    JsonNode keyboard = times.get("reply_markup").get("inline_keyboard");
    String first = keyboard.get(0).get(0).get("callback_data").asText();
    assertEquals("09:00", first);
    telegram(tgPress(777, first));
    await()
        .atMost(WAIT)
        .until(
            () ->
                platform.calls("telegram").stream()
                    .anyMatch(
                        c ->
                            c.body()
                                .path("text")
                                .asText()
                                .endsWith("What name should I put the booking under?")));
    telegram(tgText(777, "Tom"));
    await()
        .atMost(WAIT)
        .until(
            () ->
                platform.calls("telegram").stream()
                    .anyMatch(c -> c.body().path("text").asText().contains("Shall I book it?")));
    telegram(tgPress(777, "Yes"));
    await()
        .atMost(WAIT)
        .until(
            () ->
                platform.calls("telegram").stream()
                    .anyMatch(
                        c ->
                            c.body()
                                .path("text")
                                .asText()
                                .startsWith("Booked! Gel Manicure on Fri 27 Nov at 09:00")));
    assertEquals(
        2,
        platform.calls("telegram").stream()
            .filter(c -> c.path().endsWith("/answerCallbackQuery"))
            .count());
    assertEquals(1, db().fetchCount(Bookings.T));
  }

  @Test
  void a_flood_gets_one_polite_note_instead_of_one_answer_per_message() {
    for (int i = 0; i < 25; i++) {
      assertEquals(200, whatsapp(waText("wamid.flood" + i, "4918", "hello " + i)).status());
    }
    await().atMost(WAIT).until(() -> db().fetchCount(Inbox.T, Inbox.STATUS.eq("done")) == 25);
    await().atMost(WAIT).until(() -> platform.calls("whatsapp").size() >= 21);
    await().pollDelay(Duration.ofMillis(500)).atMost(WAIT).until(() -> true);
    var calls = platform.calls("whatsapp");
    assertEquals(21, calls.size(), "20 answers and one note");
    assertEquals(
        1,
        calls.stream().filter(c -> waText(c).startsWith("You're sending messages faster")).count());
    assertEquals(
        25,
        db().fetchCount(Messages.T, Messages.DIRECTION.eq("in")),
        "every message is still recorded");
  }

  @Test
  void a_message_older_than_the_cut_off_is_recorded_but_not_answered() {
    byte[] old =
        new String(waText("wamid.old", "4919", "tomorrow at 10"), StandardCharsets.UTF_8)
            .replace(
                "\"timestamp\":\"" + clock.instant().getEpochSecond() + "\"",
                "\"timestamp\":\""
                    + clock.instant().minus(Duration.ofHours(3)).getEpochSecond()
                    + "\"")
            .getBytes(StandardCharsets.UTF_8);
    assertEquals(200, whatsapp(old).status());
    await().atMost(WAIT).until(() -> db().fetchCount(Inbox.T, Inbox.STATUS.eq("done")) == 1);
    assertEquals(0, platform.calls("whatsapp").size());
    assertEquals(1, db().fetchCount(Messages.T, Messages.DIRECTION.eq("in")));
  }

  @Test
  void the_channels_list_says_when_each_platform_last_got_a_verified_message() {
    JsonNode before = app.getAdmin("/api/channels").json().get("channels");
    before.forEach(c -> assertTrue(c.get("lastVerifiedInboundAt").isNull(), c.toString()));
    assertEquals(200, whatsapp(waText("wamid.V1", "4917", "hi")).status());
    // A wrong signature is refused and recorded nowhere.
    byte[] forged = waText("wamid.V2", "4917", "hi");
    assertEquals(
        401,
        app.postRaw("/webhooks/whatsapp", forged, Map.of("X-Hub-Signature-256", "sha256=00"))
            .status());
    JsonNode after = app.getAdmin("/api/channels").json().get("channels");
    for (JsonNode c : after) {
      boolean wa = c.get("platform").asText().equals("whatsapp");
      assertEquals(wa, !c.get("lastVerifiedInboundAt").isNull(), c.toString());
    }
  }

  @Test
  void secrets_are_never_returned_by_the_api() {
    var list = app.getAdmin("/api/channels");
    assertEquals(200, list.status());
    assertTrue(
        !list.body().contains("wa-token")
            && !list.body().contains(WA_SECRET)
            && !list.body().contains("123:abc"),
        list.body());
    assertTrue(list.body().contains("\"secretsSet\""), list.body());
  }
}
