package io.bookline.channel;

import static io.bookline.db.Schema.Bookings;
import static io.bookline.db.Schema.Inbox;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bookline.support.FakePlatform;
import io.bookline.support.Messenger;
import io.bookline.support.MutableClock;
import io.bookline.support.Telegram;
import io.bookline.support.TestApp;
import io.bookline.support.TestPostgres;
import io.bookline.support.WhatsApp;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a customer hears back when they send something other than plain text, through the real
 * webhook routes, a fake platform API and real Postgres: a caption is read as the message, a
 * command or "Get Started" is a greeting, a thumbs-up sticker is a 👍, what we cannot read gets "I
 * can only read text" once, and what says nothing new (reactions, a live location moving) is
 * acknowledged and not answered.
 */
class BesidesTextTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final Duration WAIT = Duration.ofSeconds(15);
  static final String MEDIA_ONLY = "Sorry, I can only read text messages.";
  static final String GREETING = "Hi! This is Demo Nail Studio.";
  static final String THUMBS_UP = new String(Character.toChars(0x1F44D));

  final MutableClock clock = TestApp.mondayMorning();
  final FakePlatform platform = new FakePlatform();
  TestApp app;
  long at = TestApp.MONDAY_8AM_BERLIN.getEpochSecond();

  @BeforeEach
  void start() {
    Map<String, String> env = new HashMap<>(WhatsApp.env(platform));
    env.putAll(Telegram.env(platform));
    env.putAll(Messenger.env(platform));
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

  /** A new platform time for each message, never before the app's clock. */
  long next() {
    at = Math.max(at + 1, clock.instant().getEpochSecond());
    return at;
  }

  // ------------------------------------------------------------------ posting and reading replies

  /** Posts one WhatsApp message (JSON without from, id, timestamp) and returns its id. */
  String whatsapp(String messageJson) {
    long t = next();
    String id = "wamid.t" + t;
    postWhatsApp(id, t, messageJson);
    return id;
  }

  void postWhatsApp(String id, long t, String messageJson) {
    String m =
        "{\"from\":\"4917000000001\",\"id\":\"%s\",\"timestamp\":\"%d\",%s}"
            .formatted(id, t, messageJson.substring(1, messageJson.length() - 1));
    assertThat(WhatsApp.post(app, WhatsApp.message(m)).status()).isEqualTo(200);
  }

  /** Posts one Telegram update's message part (JSON without ids, chat and date) and its id. */
  String telegram(String field, String messageJson) {
    long t = next();
    telegramUpdate(Telegram.message(field, t, messageJson));
    return "demo:" + t;
  }

  void telegramUpdate(String update) {
    assertThat(Telegram.post(app, update).status()).isEqualTo(200);
  }

  /** Posts one Telegram text message and returns its {@code message_id} (also its date). */
  long telegramText(String text) {
    String id = telegram("message", "{\"text\":\"" + text + "\"}");
    return Long.parseLong(id.substring("demo:".length()));
  }

  /**
   * Posts the customer's edit of their message {@code messageId}: Telegram keeps the message's id
   * and date and adds when it was edited.
   */
  void telegramEdit(long messageId, String text) {
    telegramUpdate(Telegram.edit(next(), messageId, text));
  }

  /** Presses the button {@code data} on the bot's last message. */
  void telegramPress(String data) {
    telegramUpdate(Telegram.press(next(), data));
  }

  /** Posts one Messenger messaging event (JSON without sender, recipient and timestamp). */
  void messenger(String eventJson) {
    byte[] body = Messenger.event("6000001", next(), eventJson);
    assertThat(Messenger.post(app, body).status()).isEqualTo(200);
  }

  /** The text of the {@code n}th (from 1) message sent on a platform, waiting for it. */
  String reply(String platformName, int n) {
    await().atMost(WAIT).until(() -> texts(platformName).size() >= n);
    return texts(platformName).get(n - 1);
  }

  List<String> texts(String platformName) {
    return platform.calls(platformName).stream()
        .filter(c -> !c.path().endsWith("/answerCallbackQuery"))
        .filter(c -> !c.path().endsWith("/sendChatAction"))
        .map(FakePlatform.Call::body)
        .filter(b -> !b.has("status") && !b.has("sender_action"))
        .map(BesidesTextTest::text)
        .toList();
  }

  static String text(JsonNode b) {
    if (b.has("interactive")) {
      return b.path("interactive").path("body").path("text").asText();
    }
    if (b.has("message")) {
      return b.path("message").path("text").asText();
    }
    if (b.path("text").isObject()) {
      return b.path("text").path("body").asText();
    }
    return b.path("text").asText();
  }

  /** Waits until every recorded message is done, then a little longer for any stray reply. */
  void settled(int inboxRows) {
    await()
        .atMost(WAIT)
        .until(() -> db().fetchCount(Inbox.T, Inbox.STATUS.eq("done")) == inboxRows);
    await().pollDelay(Duration.ofMillis(600)).atMost(WAIT).until(() -> true);
    assertThat(db().fetchCount(Inbox.T)).isEqualTo(inboxRows);
  }

  // ------------------------------------------------------------------ 1. captions

  @Test
  void a_whatsapp_image_with_a_caption_is_answered_as_its_caption() {
    whatsapp(
        "{\"type\":\"image\",\"image\":{\"id\":\"img1\",\"mime_type\":\"image/jpeg\","
            + "\"caption\":\"gel manicure tomorrow at 11\"}}");
    assertThat(reply("whatsapp", 1)).startsWith("Gel Manicure on Tue 24 Nov at 11:00 is free.");
    whatsapp("{\"type\":\"image\",\"image\":{\"id\":\"img2\",\"mime_type\":\"image/jpeg\"}}");
    assertThat(reply("whatsapp", 2)).startsWith(MEDIA_ONLY);
  }

  @Test
  void a_telegram_photo_with_a_caption_is_answered_as_its_caption() {
    telegram(
        "message",
        "{\"photo\":[{\"file_id\":\"p\",\"file_unique_id\":\"u\",\"width\":90,\"height\":90}],"
            + "\"caption\":\"gel manicure tomorrow at 11\"}");
    assertThat(reply("telegram", 1)).startsWith("Gel Manicure on Tue 24 Nov at 11:00 is free.");
    telegram(
        "message",
        "{\"photo\":[{\"file_id\":\"p\",\"file_unique_id\":\"u\",\"width\":90,\"height\":90}]}");
    assertThat(reply("telegram", 2)).startsWith(MEDIA_ONLY);
  }

  @Test
  void a_messenger_attachment_with_text_is_answered_as_its_text() {
    messenger(
        "{\"message\":{\"mid\":\"m.cap1\",\"text\":\"gel manicure tomorrow at 11\","
            + "\"attachments\":[{\"type\":\"image\",\"payload\":{\"url\":\"https://x/i.jpg\"}}]}}");
    assertThat(reply("messenger", 1)).startsWith("Gel Manicure on Tue 24 Nov at 11:00 is free.");
    messenger(
        "{\"message\":{\"mid\":\"m.cap2\","
            + "\"attachments\":[{\"type\":\"image\",\"payload\":{\"url\":\"https://x/i.jpg\"}}]}}");
    assertThat(reply("messenger", 2)).startsWith(MEDIA_ONLY);
  }

  // ------------------------------------------------------------------ 2. unsupported

  @Test
  void an_unsupported_whatsapp_message_gets_the_text_only_note_once() {
    long t = next();
    String unsupported =
        "{\"type\":\"unsupported\",\"errors\":[{\"code\":131051,\"title\":\"Message type unknown\","
            + "\"message\":\"Message type unknown\",\"error_data\":{\"details\":"
            + "\"Message type is currently not supported.\"}}]}";
    postWhatsApp("wamid.poll", t, unsupported);
    postWhatsApp("wamid.poll", t, unsupported);
    assertThat(reply("whatsapp", 1)).startsWith(MEDIA_ONLY);
    settled(1);
    assertThat(texts("whatsapp")).hasSize(1);
  }

  // ------------------------------------------------------------------ 3. get started, commands

  @Test
  void a_messenger_get_started_postback_gets_the_greeting() {
    messenger(
        "{\"postback\":{\"mid\":\"m.gs\",\"title\":\"Get Started\",\"payload\":\"GET_STARTED\"}}");
    assertThat(reply("messenger", 1)).startsWith(GREETING);
  }

  @Test
  void a_get_started_postback_with_the_pages_own_payload_gets_the_greeting() {
    messenger(
        "{\"postback\":{\"mid\":\"m.gs2\",\"title\":\"Get"
            + " Started\",\"payload\":\"{\\\"a\\\":1}\"}}");
    assertThat(reply("messenger", 1)).startsWith(GREETING);
  }

  @Test
  void telegram_help_gets_the_greeting_with_what_the_bot_can_do() {
    telegram("message", "{\"text\":\"/help\"}");
    assertThat(reply("telegram", 1)).startsWith(GREETING).contains("I can book an appointment");
    telegram("message", "{\"text\":\"/help@DemoNailBot\"}");
    assertThat(reply("telegram", 2)).startsWith(GREETING);
  }

  // ------------------------------------------------------------------ 4. likes and reactions

  @Test
  void a_messenger_like_sticker_answers_yes_to_the_booking_question() {
    messenger("{\"message\":{\"mid\":\"m.b1\",\"text\":\"basic manicure tomorrow at 10\"}}");
    assertThat(reply("messenger", 1)).endsWith("What name should I put the booking under?");
    messenger("{\"message\":{\"mid\":\"m.b2\",\"text\":\"Ana\"}}");
    assertThat(reply("messenger", 2)).contains("Shall I book it?");
    messenger(
        "{\"message\":{\"mid\":\"m.b3\",\"sticker_id\":369239263222822,\"attachments\":[{"
            + "\"type\":\"image\",\"payload\":{\"url\":\"https://x/like.png\","
            + "\"sticker_id\":369239263222822}}]}}");
    assertThat(reply("messenger", 3)).startsWith("Booked! Basic Manicure on Tue 24 Nov at 10:00");
    assertThat(db().fetchCount(Bookings.T)).isEqualTo(1);
    // A like after the booking answers nothing: it gets what a typed 👍 or "ok" gets there
    // ("Anything
    // else I can help with?"), never "I can only read text", and books nothing more.
    messenger(
        "{\"message\":{\"mid\":\"m.b4\",\"sticker_id\":369239383222810,\"attachments\":[{"
            + "\"type\":\"image\",\"payload\":{\"url\":\"https://x/like.png\","
            + "\"sticker_id\":369239383222810}}]}}");
    assertThat(reply("messenger", 4)).startsWith("👍 Anything else I can help with?");
    assertThat(db().fetchCount(Bookings.T)).isEqualTo(1);
  }

  @Test
  void another_messenger_sticker_still_gets_the_text_only_note() {
    messenger(
        "{\"message\":{\"mid\":\"m.st\",\"sticker_id\":1234,\"attachments\":[{"
            + "\"type\":\"image\",\"payload\":{\"url\":\"https://x/cat.png\",\"sticker_id\":1234}}]}}");
    assertThat(reply("messenger", 1)).startsWith(MEDIA_ONLY);
  }

  @Test
  void a_telegram_thumbs_up_sticker_answers_yes_to_the_booking_question() {
    telegram("message", "{\"text\":\"basic manicure tomorrow at 10\"}");
    assertThat(reply("telegram", 1)).endsWith("What name should I put the booking under?");
    telegram("message", "{\"text\":\"Ana\"}");
    assertThat(reply("telegram", 2)).contains("Shall I book it?");
    String sticker =
        "{\"sticker\":{\"file_id\":\"CAACAgIAAxkBAAE\",\"file_unique_id\":\"AgAD\","
            + "\"type\":\"regular\",\"width\":512,\"height\":512,\"is_animated\":false,"
            + "\"is_video\":false,\"emoji\":\"%s\",\"set_name\":\"HotCherry\"}}";
    telegram("message", sticker.formatted(THUMBS_UP + new String(Character.toChars(0x1F3FD))));
    assertThat(reply("telegram", 3)).startsWith("Booked! Basic Manicure on Tue 24 Nov at 10:00");
    assertThat(db().fetchCount(Bookings.T)).isEqualTo(1);
    // Any other sticker is still something we cannot read.
    telegram("message", sticker.formatted(new String(Character.toChars(0x1F602))));
    assertThat(reply("telegram", 4)).startsWith(MEDIA_ONLY);
    assertThat(db().fetchCount(Bookings.T)).isEqualTo(1);
  }

  @Test
  void a_whatsapp_reaction_is_acknowledged_and_not_answered() {
    whatsapp("{\"type\":\"text\",\"text\":{\"body\":\"hi\"}}");
    assertThat(reply("whatsapp", 1)).startsWith(GREETING);
    whatsapp(
        "{\"type\":\"reaction\",\"reaction\":{\"message_id\":\"wamid.sent\",\"emoji\":\""
            + THUMBS_UP
            + "\"}}");
    // Acknowledged and counted, not recorded: a reaction points at an earlier message, not at the
    // question open now, so reading it as a yes could confirm what the customer did not mean.
    settled(1);
    assertThat(texts("whatsapp")).hasSize(1);
    assertThat(
            app.app()
                .metrics()
                .counter("bookline.webhook.events", "platform", "whatsapp", "kind", "reaction")
                .count())
        .isEqualTo(1.0);
  }

  // ------------------------------------------------------------------ 5. edits and locations

  @Test
  void an_edited_telegram_message_is_answered_as_the_customers_correction() {
    long first = telegramText("basic manicure tomorrow at 10");
    assertThat(reply("telegram", 1)).startsWith("Basic Manicure on Tue 24 Nov at 10:00 is free.");
    telegramEdit(first, "basic manicure tomorrow at 11");
    assertThat(reply("telegram", 2)).contains("11:00");
    // Edited again: still the latest message, still a correction.
    telegramEdit(first, "basic manicure tomorrow at 12");
    assertThat(reply("telegram", 3)).contains("12:00");
    settled(3);
  }

  static final String EDITED_EARLIER = "I saw you edited an earlier message.";

  @Test
  void an_edit_of_the_message_that_booked_does_not_book_again() {
    // QA: edited after the booking, the first message was replayed and a "yes" booked twice.
    long first = telegramText("pedicure wednesday at 11, my name is Ed");
    assertThat(reply("telegram", 1)).contains("Shall I book it?");
    telegramText("yes");
    assertThat(reply("telegram", 2)).startsWith("Booked! Pedicure on Wed 25 Nov at 11:00");
    telegramEdit(first, "pedicure wednesday at 12, my name is Ed");
    assertThat(reply("telegram", 3)).startsWith(EDITED_EARLIER).contains("move my appointment");
    telegramText("yes");
    reply("telegram", 4);
    settled(4);
    assertThat(db().fetchCount(Bookings.T)).isEqualTo(1);
    assertThat(texts("telegram")).noneMatch(t -> t.contains("12:00"));
  }

  @Test
  void an_edit_of_an_earlier_message_leaves_the_open_question_open() {
    long first = telegramText("basic manicure tomorrow at 10");
    assertThat(reply("telegram", 1)).endsWith("What name should I put the booking under?");
    telegramText("Ana");
    assertThat(reply("telegram", 2)).contains("Shall I book it?");
    telegramEdit(first, "basic manicure tomorrow at 11");
    assertThat(reply("telegram", 3)).startsWith(EDITED_EARLIER);
    telegramPress("Yes");
    assertThat(reply("telegram", 4)).startsWith("Booked! Basic Manicure on Tue 24 Nov at 10:00");
    settled(4);
  }

  @Test
  void a_button_press_after_a_message_makes_an_edit_of_it_an_earlier_one() {
    long first = telegramText("pedicure wednesday at 11, my name is Ed");
    assertThat(reply("telegram", 1)).contains("Shall I book it?");
    telegramPress("Yes");
    assertThat(reply("telegram", 2)).startsWith("Booked! Pedicure on Wed 25 Nov at 11:00");
    telegramEdit(first, "pedicure wednesday at 12, my name is Ed");
    assertThat(reply("telegram", 3)).startsWith(EDITED_EARLIER);
    settled(3);
    assertThat(db().fetchCount(Bookings.T)).isEqualTo(1);
  }

  @Test
  void a_live_location_moving_on_telegram_is_not_answered_again() {
    String location = "{\"location\":{\"latitude\":52.52,\"longitude\":13.40,\"live_period\":900}}";
    telegram("message", location);
    assertThat(reply("telegram", 1)).startsWith(MEDIA_ONLY);
    // Telegram sends every move of a live location as an edit: nothing new to answer.
    for (int i = 0; i < 3; i++) {
      telegram(
          "edited_message",
          "{\"edit_date\":"
              + next()
              + ",\"location\":{\"latitude\":52.5"
              + i
              + ",\"longitude\":13.40,\"live_period\":900}}");
    }
    settled(1);
    assertThat(texts("telegram")).hasSize(1);
  }

  @Test
  void a_whatsapp_location_gets_the_text_only_note_and_its_row_is_done() {
    whatsapp(
        "{\"type\":\"location\",\"location\":{\"latitude\":52.52,\"longitude\":13.40,"
            + "\"name\":\"Home\",\"address\":\"Somewhere 1\"}}");
    assertThat(reply("whatsapp", 1)).startsWith(MEDIA_ONLY);
    settled(1);
  }
}
