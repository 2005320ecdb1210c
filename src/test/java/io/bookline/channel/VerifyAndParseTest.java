package io.bookline.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bookline.channel.messenger.MessengerChannel;
import io.bookline.channel.telegram.TelegramChannel;
import io.bookline.channel.web.WebChannel;
import io.bookline.channel.whatsapp.WhatsAppChannel;
import io.bookline.support.TestApp;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each channel's inbound half without HTTP or a database: what its check refuses (and with which
 * status), what it reads, and that a tapped option reads back as the option's own text.
 */
class VerifyAndParseTest {
  static final Clock CLOCK = Clock.fixed(TestApp.MONDAY_8AM_BERLIN, ZoneOffset.UTC);
  static final String PHONE = "10634295353625";
  static final String PAGE = "12345654332";

  final WhatsAppChannel whatsapp = new WhatsAppChannel(Requests.NO_API);
  final MessengerChannel messenger = new MessengerChannel(Requests.NO_API);
  final TelegramChannel telegram = new TelegramChannel(Requests.NO_API, CLOCK);
  final WebChannel web = new WebChannel(CLOCK);
  final MemoryDirectory directory =
      MemoryDirectory.empty()
          .business("demo", 7)
          .business("quiet", 8)
          .account(
              Platform.WHATSAPP,
              PHONE,
              Map.of(ChannelAccount.APP_SECRET, "wa-secret", ChannelAccount.VERIFY_TOKEN, "hush"))
          .account(Platform.MESSENGER, PAGE, Map.of(ChannelAccount.APP_SECRET, "fb-secret"))
          .account(Platform.TELEGRAM, "demo", Map.of(ChannelAccount.SECRET_TOKEN, "tg-secret"));

  static byte[] bytes(JsonNode json) {
    return json.toString().getBytes(StandardCharsets.UTF_8);
  }

  static byte[] waMessage(String phone, ObjectNode message) {
    ObjectNode root = Requests.JSON.createObjectNode().put("object", "whatsapp_business_account");
    ObjectNode value =
        root.putArray("entry").addObject().putArray("changes").addObject().putObject("value");
    value.putObject("metadata").put("phone_number_id", phone);
    message.put("from", "4917").put("id", "wamid.1").put("timestamp", "1795417200");
    value.putArray("messages").add(message);
    return bytes(root);
  }

  static Rejected.Reason refusal(Runnable check) {
    return assertThrows(Rejected.class, check::run).reason();
  }

  static InboundMessage only(List<WebhookEvent> events) {
    assertEquals(1, events.size(), events.toString());
    return assertInstanceOf(WebhookEvent.Message.class, events.get(0)).message();
  }

  // ------------------------------------------------------------------ checks

  @Test
  void a_meta_signature_that_does_not_match_the_raw_bytes_is_a_401() {
    byte[] body = waMessage(PHONE, Requests.JSON.createObjectNode().put("type", "text"));
    assertEquals(
        Rejected.Reason.UNAUTHORIZED,
        refusal(() -> whatsapp.verify(Requests.meta(body, "wrong"), directory)));
    assertEquals(
        Rejected.Reason.UNAUTHORIZED,
        refusal(() -> whatsapp.verify(Requests.request(body, Map.of(), Map.of()), directory)));
    // The same JSON, re-serialised with a space: a different body, so a different signature.
    byte[] reformatted =
        new String(body, StandardCharsets.UTF_8)
            .replace("\"type\":", "\"type\": ")
            .getBytes(StandardCharsets.UTF_8);
    WebhookRequest resent =
        Requests.request(
            reformatted,
            Map.of("X-Hub-Signature-256", Signatures.hubSignature(body, "wa-secret")),
            Map.of());
    assertEquals(Rejected.Reason.UNAUTHORIZED, refusal(() -> whatsapp.verify(resent, directory)));
    assertEquals(1, whatsapp.verify(Requests.meta(body, "wa-secret"), directory).accounts().size());
  }

  @Test
  void an_unknown_account_is_refused_as_a_wrong_signature_is_and_garbage_is_a_400() {
    byte[] body = waMessage("999", Requests.JSON.createObjectNode().put("type", "text"));
    Rejected unknown =
        assertThrows(
            Rejected.class, () -> whatsapp.verify(Requests.meta(body, "wa-secret"), directory));
    Rejected wrong =
        assertThrows(
            Rejected.class,
            () ->
                whatsapp.verify(
                    Requests.meta(waMessage(PHONE, Requests.JSON.createObjectNode()), "x"),
                    directory));
    assertEquals(Rejected.Reason.UNAUTHORIZED, unknown.reason());
    assertEquals(wrong.reason(), unknown.reason());
    assertEquals(wrong.getMessage(), unknown.getMessage());
    byte[] garbage = "{not json".getBytes(StandardCharsets.UTF_8);
    assertEquals(
        Rejected.Reason.BAD_REQUEST,
        refusal(() -> messenger.verify(Requests.meta(garbage, "fb-secret"), directory)));
  }

  @Test
  void a_meta_payload_that_names_no_account_is_acknowledged_and_skipped() {
    WebhookRequest request =
        Requests.meta(
            "{\"object\":\"page\",\"entry\":[]}".getBytes(StandardCharsets.UTF_8), "anything");
    Verified verified = messenger.verify(request, directory);
    assertTrue(verified.accounts().isEmpty());
    assertEquals(
        List.of(new WebhookEvent.Ignored("no-account-field")), messenger.parse(request, verified));
  }

  @Test
  void telegram_checks_business_then_bot_and_secret_token_before_reading_the_body() {
    byte[] garbage = "{not json".getBytes(StandardCharsets.UTF_8);
    Rejected noBusiness =
        assertThrows(
            Rejected.class,
            () -> telegram.verify(Requests.telegram(garbage, "nobody", "tg-secret"), directory));
    assertEquals("no business with slug 'nobody'", noBusiness.getMessage());
    Rejected noBot =
        assertThrows(
            Rejected.class,
            () -> telegram.verify(Requests.telegram(garbage, "quiet", "tg-secret"), directory));
    Rejected wrongToken =
        assertThrows(
            Rejected.class,
            () -> telegram.verify(Requests.telegram(garbage, "demo", "nope"), directory));
    // A business without a bot is refused as a wrong token is: which ones use Telegram is private.
    assertEquals(Rejected.Reason.UNAUTHORIZED, wrongToken.reason());
    assertEquals(wrongToken.reason(), noBot.reason());
    assertEquals(wrongToken.getMessage(), noBot.getMessage());
    WebhookRequest good = Requests.telegram(garbage, "demo", "tg-secret");
    assertEquals(
        Rejected.Reason.BAD_REQUEST,
        refusal(() -> telegram.parse(good, telegram.verify(good, directory))));
  }

  @Test
  void the_meta_handshake_echoes_the_challenge_only_for_a_token_of_ours() {
    Channel.Handshake handshake = whatsapp.handshake().orElseThrow();
    WebhookRequest ours =
        new WebhookRequest(
            Requests.JSON,
            new byte[0],
            Map.of(),
            Map.of(),
            Map.of("hub.mode", "subscribe", "hub.verify_token", "hush", "hub.challenge", "42"));
    assertEquals("42", handshake.answer(ours, directory));
    WebhookRequest theirs =
        new WebhookRequest(
            Requests.JSON,
            new byte[0],
            Map.of(),
            Map.of(),
            Map.of("hub.mode", "subscribe", "hub.verify_token", "nope", "hub.challenge", "42"));
    assertEquals(Rejected.Reason.FORBIDDEN, refusal(() -> handshake.answer(theirs, directory)));
    assertTrue(telegram.handshake().isEmpty() && web.handshake().isEmpty());
  }

  // ------------------------------------------------------------------ the web chat

  @Test
  void a_web_message_is_answered_inline_from_a_visitor_the_server_names() {
    InboundMessage m =
        only(
            Requests.receive(
                web, Requests.web("demo", "{\"text\":\"hi\",\"messageId\":\"m-1\"}"), directory));
    assertEquals(Platform.WEB, m.platform());
    assertEquals(7, m.businessId());
    assertTrue(m.senderId().startsWith("v_"), m.senderId());
    assertEquals("7/" + m.senderId() + "/m-1", m.platformMessageId());
    assertEquals(CLOCK.instant(), m.sentAt());
    assertEquals(Delivery.INLINE, m.delivery());
    assertTrue(m.address().isEmpty());
  }

  @Test
  void a_user_id_chosen_by_the_client_is_refused_without_the_business_key() {
    Rejected chosen =
        assertThrows(
            Rejected.class,
            () ->
                Requests.receive(
                    web, Requests.web("demo", "{\"userId\":\"u1\",\"text\":\"hi\"}"), directory));
    assertEquals(Rejected.Reason.UNAUTHORIZED, chosen.reason());
  }

  @Test
  void a_web_message_for_an_unknown_business_is_a_404_and_a_bad_one_a_400_naming_the_field() {
    assertEquals(
        Rejected.Reason.NOT_FOUND,
        refusal(() -> web.verify(Requests.web("nobody", "{}"), directory)));
    Rejected noText =
        assertThrows(
            Rejected.class,
            () -> Requests.receive(web, Requests.web("demo", "{\"messageId\":\"m\"}"), directory));
    assertEquals("text is missing; expected a string", noText.getMessage());
    assertEquals(Rejected.Reason.BAD_REQUEST, noText.reason());
  }

  // ------------------------------------------------------------------ a tap reads as its option

  @Test
  void a_tapped_whatsapp_button_or_list_row_reads_back_as_the_option() {
    for (List<String> options : List.of(List.of("Yes", "No"), RenderTest.options(5))) {
      JsonNode interactive =
          whatsapp
              .renderer()
              .render(RenderTest.WA, new OutboundMessage("Pick", options))
              .get("interactive");
      boolean buttons = interactive.get("type").asText().equals("button");
      JsonNode choice =
          buttons
              ? interactive.get("action").get("buttons").get(1).get("reply")
              : interactive.get("action").get("sections").get(0).get("rows").get(1);
      // What the customer saw may be shortened (issue 16): the id alone must carry the option.
      ObjectNode tapped = choice.deepCopy();
      tapped.put("title", "shown title");
      ObjectNode tap = Requests.JSON.createObjectNode().put("type", "interactive");
      tap.putObject("interactive")
          .put("type", buttons ? "button_reply" : "list_reply")
          .set(buttons ? "button_reply" : "list_reply", tapped);
      byte[] body = waMessage(PHONE, tap);
      InboundMessage m =
          only(Requests.receive(whatsapp, Requests.meta(body, "wa-secret"), directory));
      assertEquals(options.get(1), m.text());
    }
  }

  @Test
  void a_tapped_messenger_quick_reply_reads_back_as_the_option() {
    JsonNode quick =
        messenger
            .renderer()
            .render(RenderTest.FB, new OutboundMessage("Shall I?", List.of("Yes", "No")))
            .get("message")
            .get("quick_replies")
            .get(1);
    ObjectNode root = Requests.JSON.createObjectNode().put("object", "page");
    ObjectNode event =
        root.putArray("entry").addObject().put("id", PAGE).putArray("messaging").addObject();
    event.putObject("sender").put("id", "9876");
    event.put("timestamp", 1795417200000L);
    event
        .putObject("message")
        .put("mid", "m.1")
        .put("text", "shown title")
        .putObject("quick_reply")
        .put("payload", quick.get("payload").asText());
    InboundMessage m =
        only(Requests.receive(messenger, Requests.meta(bytes(root), "fb-secret"), directory));
    assertEquals("No", m.text());
    assertEquals(Map.of("account", PAGE, "to", "9876"), m.address());
  }

  @Test
  void a_pressed_telegram_button_reads_back_as_the_option_and_keeps_its_query_id() {
    String data =
        telegram
            .renderer()
            .render(RenderTest.TG, new OutboundMessage("When?", List.of("09:00", "09:30")))
            .get("reply_markup")
            .get("inline_keyboard")
            .get(0)
            .get(1)
            .get("callback_data")
            .asText();
    ObjectNode update = Requests.JSON.createObjectNode().put("update_id", 5);
    ObjectNode press = update.putObject("callback_query").put("id", "cb5").put("data", data);
    press.putObject("from").put("id", 777);
    press.putObject("message").putObject("chat").put("id", 777);
    InboundMessage m =
        only(
            Requests.receive(
                telegram, Requests.telegram(bytes(update), "demo", "tg-secret"), directory));
    assertEquals("09:30", m.text());
    assertEquals("cb5", m.address().get("callbackQueryId"));
    assertEquals("press:cb5", m.address().get(InboundMessage.MESSAGE), "a press names itself");
    assertEquals(CLOCK.instant(), m.sentAt(), "a press is timed when it arrives");
    assertEquals(Delivery.OUTBOX, m.delivery());
  }

  // ------------------------------------------------------------------ besides plain text

  static final String CAPTION = "gel manicure tomorrow at 11";

  @ParameterizedTest(name = "WhatsApp {0}")
  @ValueSource(strings = {"image", "video", "document"})
  void a_whatsapp_caption_is_read_as_the_message_and_no_caption_is_media(String type) {
    ObjectNode captioned = Requests.JSON.createObjectNode().put("type", type);
    captioned.putObject(type).put("id", "media1").put("caption", CAPTION);
    InboundMessage m =
        only(
            Requests.receive(
                whatsapp, Requests.meta(waMessage(PHONE, captioned), "wa-secret"), directory));
    assertEquals(InboundMessage.Kind.TEXT, m.kind());
    assertEquals(CAPTION, m.text());
    ObjectNode bare = Requests.JSON.createObjectNode().put("type", type);
    bare.putObject(type).put("id", "media1").put("caption", " ");
    InboundMessage n =
        only(
            Requests.receive(
                whatsapp, Requests.meta(waMessage(PHONE, bare), "wa-secret"), directory));
    assertEquals(InboundMessage.Kind.MEDIA, n.kind());
    assertEquals("", n.text());
  }

  InboundMessage telegramMessage(String field, ObjectNode message) {
    return telegramUpdate(field, message).orElseThrow();
  }

  /** One Telegram update carrying {@code message} as {@code field}: its message, or ignored. */
  Optional<InboundMessage> telegramUpdate(String field, ObjectNode message) {
    ObjectNode update = Requests.JSON.createObjectNode().put("update_id", 9);
    message.put("message_id", 9).put("date", 1795417200L);
    message.putObject("chat").put("id", 777).put("type", "private");
    update.set(field, message);
    List<WebhookEvent> events =
        Requests.receive(
            telegram, Requests.telegram(bytes(update), "demo", "tg-secret"), directory);
    assertEquals(1, events.size(), events.toString());
    return events.get(0) instanceof WebhookEvent.Message m
        ? Optional.of(m.message())
        : Optional.empty();
  }

  @ParameterizedTest(name = "Telegram {0}")
  @ValueSource(strings = {"photo", "video", "document", "voice", "animation", "audio"})
  void a_telegram_caption_is_read_as_the_message_and_no_caption_is_media(String field) {
    ObjectNode captioned = Requests.JSON.createObjectNode().put("caption", CAPTION);
    captioned.putObject(field).put("file_id", "f1");
    InboundMessage m = telegramMessage("message", captioned);
    assertEquals(InboundMessage.Kind.TEXT, m.kind());
    assertEquals(CAPTION, m.text());
    ObjectNode bare = Requests.JSON.createObjectNode();
    bare.putObject(field).put("file_id", "f1");
    assertEquals(InboundMessage.Kind.MEDIA, telegramMessage("message", bare).kind());
  }

  @ParameterizedTest(name = "WhatsApp {0}")
  @ValueSource(strings = {"unsupported", "unknown"})
  void a_whatsapp_message_the_cloud_api_cannot_deliver_is_media(String type) {
    ObjectNode poll = Requests.JSON.createObjectNode().put("type", type);
    poll.putArray("errors").addObject().put("code", 131051).put("title", "Message type unknown");
    InboundMessage m =
        only(
            Requests.receive(
                whatsapp, Requests.meta(waMessage(PHONE, poll), "wa-secret"), directory));
    assertEquals(InboundMessage.Kind.MEDIA, m.kind());
  }

  @ParameterizedTest(name = "Telegram {0}")
  @ValueSource(strings = {"poll", "dice", "story"})
  void a_telegram_poll_dice_or_story_is_media(String field) {
    ObjectNode message = Requests.JSON.createObjectNode();
    message.putObject(field).put("id", "x");
    assertEquals(InboundMessage.Kind.MEDIA, telegramMessage("message", message).kind());
  }

  InboundMessage messengerPostback(String payload, String title) {
    ObjectNode root = Requests.JSON.createObjectNode().put("object", "page");
    ObjectNode event =
        root.putArray("entry").addObject().put("id", PAGE).putArray("messaging").addObject();
    event.putObject("sender").put("id", "9876");
    event.put("timestamp", 1795417200000L);
    event.putObject("postback").put("mid", "m.pb").put("payload", payload).put("title", title);
    return only(Requests.receive(messenger, Requests.meta(bytes(root), "fb-secret"), directory));
  }

  @ParameterizedTest(name = "payload {0}, title {1} reads as {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "GET_STARTED | Get Started | hi",
        "GET_STARTED_PAYLOAD | Los geht's | hi",
        "{\"action\":\"get-started\"} | Empezar | hi",
        "WELCOME | Get Started | hi",
        "BOOK_NOW | Book an appointment | Book an appointment",
        "opt:Prices | Prices | Prices",
      })
  void a_messenger_get_started_postback_reads_as_hi(String payload, String title, String text) {
    assertEquals(text, messengerPostback(payload, title).text());
  }

  @ParameterizedTest(name = "''{0}'' reads as ''{1}''")
  @CsvSource(
      delimiter = '|',
      value = {
        "/help | hi",
        "/HELP | hi",
        "/help@DemoNailBot | hi",
        "/help me please | hi",
        "/start | /start",
        "/stop | /stop",
        "/helpful | /helpful",
        "help | help",
      })
  void telegram_help_reads_as_hi_and_other_commands_as_written(String text, String read) {
    ObjectNode message = Requests.JSON.createObjectNode().put("text", text);
    assertEquals(read, telegramMessage("message", message).text());
  }

  InboundMessage messengerMessage(ObjectNode message) {
    ObjectNode root = Requests.JSON.createObjectNode().put("object", "page");
    ObjectNode event =
        root.putArray("entry").addObject().put("id", PAGE).putArray("messaging").addObject();
    event.putObject("sender").put("id", "9876");
    event.put("timestamp", 1795417200000L);
    event.set("message", message.put("mid", "m.st"));
    return only(Requests.receive(messenger, Requests.meta(bytes(root), "fb-secret"), directory));
  }

  @ParameterizedTest(name = "sticker {0} reads as text: {1}")
  @CsvSource({
    "369239263222822, true",
    "369239343222814, true",
    "369239383222810, true",
    "1234567890, false"
  })
  void a_messenger_like_sticker_reads_as_a_thumbs_up_and_another_sticker_is_media(
      long sticker, boolean like) {
    ObjectNode message = Requests.JSON.createObjectNode().put("sticker_id", sticker);
    message
        .putArray("attachments")
        .addObject()
        .put("type", "image")
        .putObject("payload")
        .put("url", "https://x/s.png")
        .put("sticker_id", sticker);
    InboundMessage m = messengerMessage(message);
    assertEquals(like ? InboundMessage.Kind.TEXT : InboundMessage.Kind.MEDIA, m.kind());
    assertEquals(like ? new String(Character.toChars(0x1F44D)) : "", m.text());
    // Only the attachment names it (older payloads): still a like.
    message.remove("sticker_id");
    assertEquals(like, messengerMessage(message).kind() == InboundMessage.Kind.TEXT);
  }

  @ParameterizedTest(name = "sticker with emoji ''{0}'' reads as a thumbs-up: {1}")
  @CsvSource({
    "\uD83D\uDC4D, true",
    "\uD83D\uDC4D\uD83C\uDFFD, true",
    "\uD83D\uDC4D\uFE0F, true",
    "\uD83D\uDC4E, false",
    "\uD83D\uDE02, false",
    "\uD83D\uDC4D\uD83D\uDE02, false",
    "'', false"
  })
  void a_telegram_thumbs_up_sticker_reads_as_a_thumbs_up_and_another_sticker_is_media(
      String emoji, boolean thumbsUp) {
    ObjectNode message = Requests.JSON.createObjectNode();
    ObjectNode sticker =
        message
            .putObject("sticker")
            .put("file_id", "CAACAgIAAxkBAAE")
            .put("file_unique_id", "AgAD")
            .put("type", "regular")
            .put("width", 512)
            .put("height", 512)
            .put("is_animated", false)
            .put("is_video", false);
    if (!emoji.isEmpty()) {
      sticker.put("emoji", emoji);
    }
    InboundMessage m = telegramMessage("message", message);
    assertEquals(thumbsUp ? InboundMessage.Kind.TEXT : InboundMessage.Kind.MEDIA, m.kind());
    assertEquals(thumbsUp ? Arrival.THUMBS_UP : "", m.text());
  }

  @Test
  void a_telegram_edit_reads_as_its_new_text_or_caption_and_an_edit_without_either_is_ignored() {
    ObjectNode text =
        Requests.JSON
            .createObjectNode()
            .put("text", "tomorrow at 11")
            .put("edit_date", 1795417260L);
    InboundMessage corrected = telegramMessage("edited_message", text);
    assertEquals("tomorrow at 11", corrected.text());
    assertEquals(Instant.ofEpochSecond(1795417260L), corrected.sentAt());
    // It names the message it changes, and none of its own.
    assertTrue(corrected.isEdit());
    assertEquals("9", corrected.address().get(InboundMessage.EDITS));
    assertFalse(corrected.address().containsKey(InboundMessage.MESSAGE));
    InboundMessage sent =
        telegramMessage("message", Requests.JSON.createObjectNode().put("text", "hi"));
    assertFalse(sent.isEdit());
    assertEquals("9", sent.address().get(InboundMessage.MESSAGE));
    ObjectNode caption = Requests.JSON.createObjectNode().put("caption", "gel manicure at 11");
    caption.putArray("photo").addObject().put("file_id", "p");
    assertEquals("gel manicure at 11", telegramMessage("edited_message", caption).text());
    ObjectNode moved = Requests.JSON.createObjectNode().put("edit_date", 1795417260L);
    moved
        .putObject("location")
        .put("latitude", 52.5)
        .put("longitude", 13.4)
        .put("live_period", 900);
    assertEquals(Optional.empty(), telegramUpdate("edited_message", moved));
    ObjectNode uncaptioned = Requests.JSON.createObjectNode();
    uncaptioned.putArray("photo").addObject().put("file_id", "p");
    assertEquals(Optional.empty(), telegramUpdate("edited_message", uncaptioned));
  }
}
