package io.bookline.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bookline.channel.messenger.MessengerChannel;
import io.bookline.channel.telegram.TelegramChannel;
import io.bookline.channel.whatsapp.WhatsAppChannel;
import io.bookline.support.Fixtures;
import io.bookline.support.TestApp;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every published payload in the fixtures passes its channel's check and parses as the platform
 * meant it.
 */
class FixturesParseTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final Clock CLOCK = Clock.fixed(TestApp.MONDAY_8AM_BERLIN, ZoneOffset.UTC);

  static final Directory DIRECTORY = MemoryDirectory.everyAccount(Requests.SECRETS);

  static List<WebhookEvent> whatsapp(String file) throws Exception {
    return Requests.receive(
        new WhatsAppChannel(Requests.NO_API),
        Requests.meta(Fixtures.bytes("whatsapp/" + file), Requests.SECRET),
        DIRECTORY);
  }

  static InboundMessage only(List<WebhookEvent> events) {
    assertEquals(1, events.size(), events.toString());
    return assertInstanceOf(WebhookEvent.Message.class, events.get(0)).message();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "text-message.json | 1111111111111 | hi everyone! | TEXT | 1672947578",
        "interactive-button-reply.json | 491234567890 | button-text | TEXT | 1653253313",
        "interactive-list-reply.json | 491234567890 | list_reply_title | TEXT | 1653253313",
        "template-quick-reply-button.json | 1111111111111 | SIM | TEXT | 1673023653",
        "image-message.json | 1111111111111 | '' | MEDIA | 1673032525",
        "text-message-bsuid-group.json | US.13491208655302741918 | - | TEXT | -",
      })
  void whatsapp_messages(
      String file, String sender, String text, InboundMessage.Kind kind, String timestamp)
      throws Exception {
    InboundMessage m = only(whatsapp(file));
    assertEquals(sender, m.senderId());
    if (!text.equals("-")) {
      assertEquals(text, m.text());
    } else {
      assertFalse(m.text().isBlank());
    }
    assertEquals(kind, m.kind());
    if (!timestamp.equals("-")) {
      assertEquals(Instant.ofEpochSecond(Long.parseLong(timestamp)), m.sentAt());
    }
    assertTrue(m.platformMessageId().startsWith("wamid."));
    assertEquals(sender, m.address().get("to"));
    assertEquals(Delivery.OUTBOX, m.delivery());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "status-sent.json",
    "status-delivered.json",
    "status-read.json",
    "status-failed.json",
    "status-delivered-bsuid.json",
    "reaction-emoji-escaped.json"
  })
  void whatsapp_statuses_and_reactions_are_ignored(String file) throws Exception {
    List<WebhookEvent> events = whatsapp(file);
    assertFalse(events.isEmpty());
    assertTrue(events.stream().allMatch(e -> e instanceof WebhookEvent.Ignored), events.toString());
  }

  @Test
  void signature_vectors_match_over_the_exact_raw_bytes() throws Exception {
    JsonNode vectors =
        JSON.readTree(Fixtures.bytes("whatsapp/signature-vectors.json")).get("vectors");
    assertTrue(vectors.size() >= 2);
    for (JsonNode v : vectors) {
      // The bytes Meta signs and sends: non-ASCII written as JSON escapes where the vector says so.
      String sent =
          v.has("body_as_signed") ? v.get("body_as_signed").asText() : v.get("body").asText();
      byte[] body = sent.getBytes(StandardCharsets.UTF_8);
      String header = v.get("x_hub_signature_256").asText();
      String secret = v.get("app_secret").asText();
      assertTrue(Signatures.validHubSignature(body, header, secret), v.get("name").asText());
      if (v.has("body_as_signed")) {
        // A decoded, re-encoded body must not pass: verify the raw bytes only.
        assertFalse(
            Signatures.validHubSignature(
                v.get("body").asText().getBytes(StandardCharsets.UTF_8), header, secret));
      }
      assertFalse(Signatures.validHubSignature(body, header, secret + "x"));
      assertFalse(Signatures.validHubSignature(body, header.replace('0', '1'), secret));
    }
    assertFalse(Signatures.validHubSignature("test".getBytes(StandardCharsets.UTF_8), null, "s"));
    assertFalse(
        Signatures.validHubSignature("test".getBytes(StandardCharsets.UTF_8), "sha256=zz", "s"));
  }

  static WebhookEvent telegram(String file) throws Exception {
    List<WebhookEvent> events =
        Requests.receive(
            new TelegramChannel(Requests.NO_API, CLOCK),
            Requests.telegram(Fixtures.bytes("telegram/" + file), "demo", Requests.SECRET),
            DIRECTORY);
    assertEquals(1, events.size(), events.toString());
    return events.get(0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "text-message.json | 12345678 | aaaaaaaaaa | demo:123456789 | -",
        "command-start.json | 456 | /start | demo:3 | -",
        "edited-message.json | 999999999 | - | demo:62257549 | -",
        "callback-query.json | 222222222 | - | demo:2 | 666728699048485871",
        "callback-query-inaccessible-message.json | 222222222 | thedata | demo:2 | 666728699048485871",
      })
  void telegram_updates(String file, String chat, String text, String id, String callback)
      throws Exception {
    InboundMessage m = assertInstanceOf(WebhookEvent.Message.class, telegram(file)).message();
    assertEquals(chat, m.senderId());
    assertEquals(chat, m.address().get("chatId"));
    if (!text.equals("-")) {
      assertEquals(text, m.text());
    } else {
      assertFalse(m.text().isBlank());
    }
    assertEquals(id, m.platformMessageId());
    assertEquals(callback.equals("-") ? null : callback, m.address().get("callbackQueryId"));
  }

  static List<WebhookEvent> messenger(String file) throws Exception {
    return Requests.receive(
        new MessengerChannel(Requests.NO_API),
        Requests.meta(Fixtures.bytes("messenger/" + file), Requests.SECRET),
        DIRECTORY);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "message-text.json | 987654321432 | hello, world! | mid.1457764197618:41d102a3e1ae206a38 | 12345654332",
        "postback.json | 987654321432 | USER_DEFINED_PAYLOAD | postback:987654321432:1458692752478 | 12345654332",
        "quick-reply.json | 987654321432 | quick reply text | mid.1458696618141:b4ef9d19ec21086067 | 1234567890321",
      })
  void messenger_events_with_numeric_or_string_ids(
      String file, String sender, String text, String mid, String page) throws Exception {
    InboundMessage m = only(messenger(file));
    assertEquals(sender, m.senderId());
    assertEquals(text, m.text());
    assertEquals(mid, m.platformMessageId());
    assertEquals(page, m.address().get("account"));
  }
}
