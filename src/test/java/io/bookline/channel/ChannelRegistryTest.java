package io.bookline.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bookline.channel.messenger.MessengerChannel;
import io.bookline.channel.telegram.TelegramChannel;
import io.bookline.channel.web.WebChannel;
import io.bookline.channel.whatsapp.WhatsAppChannel;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The registry the routes, the outbox sender, the flood guard and the admin API ask. */
class ChannelRegistryTest {
  static final Clock CLOCK = Clock.systemUTC();

  static Channels builtIn(Channel... more) {
    List<Channel> all =
        new ArrayList<>(
            List.of(
                new WebChannel(CLOCK),
                new WhatsAppChannel(Requests.NO_API),
                new TelegramChannel(Requests.NO_API, CLOCK),
                new MessengerChannel(Requests.NO_API)));
    all.addAll(List.of(more));
    return new Channels(all);
  }

  @Test
  void the_web_chat_answers_inline_and_skips_the_flood_guard_while_platforms_use_the_outbox() {
    Channels channels = builtIn();
    Channel web = channels.find(Platform.WEB).orElseThrow();
    assertEquals(Delivery.INLINE, web.delivery());
    assertFalse(web.floodGuarded());
    assertTrue(web.sender().isEmpty() && web.secretNames().isEmpty());
    for (Platform p : List.of(Platform.WHATSAPP, Platform.TELEGRAM, Platform.MESSENGER)) {
      Channel c = channels.find(p).orElseThrow();
      assertEquals(Delivery.OUTBOX, c.delivery(), p.id());
      assertTrue(c.floodGuarded(), p.id());
      assertFalse(c.secretNames().isEmpty(), p.id());
    }
    assertEquals(
        List.of(Platform.WHATSAPP, Platform.TELEGRAM, Platform.MESSENGER),
        channels.senders().stream().map(Sender::platform).toList());
    assertEquals(channels.find(Platform.TELEGRAM), channels.find("Telegram"));
    assertTrue(channels.find("fax").isEmpty() && channels.find("no such!").isEmpty());
  }

  @Test
  void a_second_channel_for_a_platform_or_a_path_fails_the_start() {
    assertThrows(IllegalArgumentException.class, () -> builtIn(new WebChannel(CLOCK)));
    assertThrows(
        IllegalArgumentException.class,
        () -> builtIn(new Viber(Requests.NO_API, "/webhooks/whatsapp")));
  }

  @Test
  void a_fourth_platform_is_one_class_and_one_registration_line() {
    Channels channels = builtIn(new Viber(Requests.NO_API, Viber.PATH));
    Channel viber = channels.find("viber").orElseThrow();
    assertTrue(channels.senders().contains(viber.sender().orElseThrow()));
    assertTrue(viber.floodGuarded());

    byte[] body =
        "{\"event\":\"message\",\"message_token\":4912661846655238145,\"timestamp\":1795417200000,\"sender\":{\"id\":\"01234567890A=\"},\"message\":{\"type\":\"text\",\"text\":\"a gel manicure friday\"}}"
            .getBytes(StandardCharsets.UTF_8);
    MemoryDirectory directory =
        MemoryDirectory.empty()
            .business("demo", 7)
            .account(Viber.VIBER, "demo", Map.of(Viber.AUTH_TOKEN, "viber-token"));
    WebhookRequest signed =
        Requests.request(
            body,
            Map.of(Viber.SIGNATURE, Viber.hmac("viber-token", body)),
            Map.of("businessSlug", "demo"));
    InboundMessage m =
        assertInstanceOf(
                WebhookEvent.Message.class, Requests.receive(viber, signed, directory).get(0))
            .message();
    assertEquals(Viber.VIBER, m.platform());
    assertEquals("a gel manicure friday", m.text());
    assertEquals(Delivery.OUTBOX, m.delivery());
    WebhookRequest forged =
        Requests.request(
            body,
            Map.of(Viber.SIGNATURE, Viber.hmac("guess", body)),
            Map.of("businessSlug", "demo"));
    assertThrows(Rejected.class, () -> viber.verify(forged, directory));

    JsonNode keyboard =
        viber
            .renderer()
            .render(m.address(), new OutboundMessage("Shall I?", List.of("Yes", "No")))
            .get("keyboard");
    assertEquals("Yes", keyboard.get("Buttons").get(0).get("ActionBody").asText());
  }

  /**
   * What ADR 0010 shows: Viber as one class. The webhook is signed with the bot's auth token
   * ({@code X-Viber-Content-Signature}, hex HMAC-SHA256 of the raw body), one bot per business.
   */
  static final class Viber extends PlatformChannel {
    static final Platform VIBER = Platform.of("viber");
    static final String PATH = "/webhooks/viber/{businessSlug}";
    static final String SIGNATURE = "X-Viber-Content-Signature";
    static final String AUTH_TOKEN = "authToken";

    Viber(PlatformApi api, String path) {
      super(VIBER, path, api, Viber::render);
    }

    @Override
    public List<String> secretNames() {
      return List.of(AUTH_TOKEN);
    }

    @Override
    public Verified verify(WebhookRequest request, Directory directory) {
      String slug = request.pathParam("businessSlug");
      directory.requireBusiness(slug);
      ChannelAccount bot =
          directory.account(VIBER, slug).orElseThrow(() -> Rejected.notFound("no Viber bot"));
      String expected = hmac(bot.secret(AUTH_TOKEN).orElse(""), request.body());
      if (!Signatures.sameSecret(request.header(SIGNATURE), expected)) {
        throw Rejected.unauthorized(SIGNATURE + " does not match the body");
      }
      return Verified.of(bot);
    }

    @Override
    public List<WebhookEvent> parse(WebhookRequest request, Verified verified) {
      JsonNode root = request.jsonObject("expected a JSON object");
      if (!"message".equals(root.path("event").asText())) {
        return List.of(new WebhookEvent.Ignored(root.path("event").asText("event")));
      }
      Arrival arrival = new Arrival(verified.only(), Delivery.OUTBOX, request.text());
      String sender = root.path("sender").path("id").asText();
      return List.of(
          arrival.text(
              sender,
              root.path("message_token").asText(),
              root.path("message").path("text").asText(""),
              Arrival.epochMillis(root.path("timestamp").asLong()),
              Map.of("account", verified.only().externalId(), "to", sender)));
    }

    static ObjectNode render(Map<String, String> address, OutboundMessage message) {
      ObjectNode body = JsonNodeFactory.instance.objectNode();
      body.put("receiver", address.get("to")).put("type", "text").put("text", message.text());
      if (!message.options().isEmpty()) {
        var buttons = body.putObject("keyboard").put("Type", "keyboard").putArray("Buttons");
        message
            .options()
            .forEach(
                o ->
                    buttons
                        .addObject()
                        .put("ActionType", "reply")
                        .put("ActionBody", o)
                        .put("Text", o));
      }
      return body;
    }

    @Override
    protected void post(ChannelAccount account, ObjectNode payload) {
      var answer =
          api.post(
              "/pa/send_message",
              Map.of("X-Viber-Auth-Token", account.secret(AUTH_TOKEN).orElse("")),
              payload);
      if (answer.body().path("status").asInt(-1) != 0) {
        throw new SendFailure("Viber status " + answer.body().path("status"), false, null);
      }
    }

    static String hmac(String key, byte[] body) {
      return Signatures.hmacSha256Hex(key, body);
    }
  }
}
