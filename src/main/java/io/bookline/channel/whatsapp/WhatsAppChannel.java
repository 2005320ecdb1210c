package io.bookline.channel.whatsapp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bookline.channel.Arrival;
import io.bookline.channel.ChannelAccount;
import io.bookline.channel.Delivery;
import io.bookline.channel.Platform;
import io.bookline.channel.PlatformApi;
import io.bookline.channel.Verified;
import io.bookline.channel.WebhookEvent;
import io.bookline.channel.meta.MetaChannel;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * WhatsApp Cloud API: webhooks at {@code /webhooks/whatsapp} ({@code entry[].changes[].value},
 * accounts by {@code phone_number_id}) and {@code POST /{phone-number-id}/messages}.
 */
public final class WhatsAppChannel extends MetaChannel {
  /** Retry: Meta's throttling codes. Everything else in 4xx is permanent (e.g. 131047). */
  static final Set<Integer> THROTTLED = Set.of(130429, 131056, 4, 80007);

  private static final Set<String> MEDIA =
      Set.of("image", "audio", "video", "document", "sticker", "location", "contacts", "voice");

  public WhatsAppChannel(PlatformApi api) {
    super(Platform.WHATSAPP, "/webhooks/whatsapp", api, new WhatsAppRenderer());
  }

  /** Every phone number id a payload is addressed to. */
  @Override
  protected Set<String> accountIds(JsonNode root) {
    Set<String> ids = new LinkedHashSet<>();
    for (JsonNode entry : root.path("entry")) {
      for (JsonNode change : entry.path("changes")) {
        String id = change.path("value").path("metadata").path("phone_number_id").asText("");
        if (!id.isEmpty()) {
          ids.add(id);
        }
      }
    }
    return ids;
  }

  @Override
  protected List<WebhookEvent> events(JsonNode root, Verified verified, String raw) {
    List<WebhookEvent> events = new ArrayList<>();
    for (JsonNode entry : root.path("entry")) {
      for (JsonNode change : entry.path("changes")) {
        JsonNode value = change.path("value");
        for (JsonNode status : value.path("statuses")) {
          events.add(new WebhookEvent.Ignored("status:" + status.path("status").asText("unknown")));
        }
        ChannelAccount account =
            verified.accounts().get(value.path("metadata").path("phone_number_id").asText(""));
        if (account == null) {
          continue;
        }
        Arrival arrival = new Arrival(account, Delivery.OUTBOX, raw);
        for (JsonNode m : value.path("messages")) {
          events.add(message(m, arrival));
        }
      }
    }
    return events;
  }

  private static WebhookEvent message(JsonNode m, Arrival arrival) {
    String type = m.path("type").asText("");
    // Business-scoped user ids may come without "from" (usernames, groups).
    String sender =
        m.hasNonNull("from") ? m.get("from").asText() : m.path("from_user_id").asText("");
    String id = m.path("id").asText("");
    if (sender.isEmpty() || id.isEmpty()) {
      return new WebhookEvent.Ignored("message without sender or id");
    }
    var sent = Arrival.epochSeconds(m.path("timestamp").asLong(0));
    Map<String, String> address = Map.of("account", arrival.account().externalId(), "to", sender);
    return switch (type) {
      case "text" ->
          arrival.text(sender, id, m.path("text").path("body").asText(""), sent, address);
      case "interactive" -> arrival.text(sender, id, interactiveText(m), sent, address);
      case "button" ->
          arrival.text(
              sender,
              id,
              m.path("button").path("text").asText(m.path("button").path("payload").asText("")),
              sent,
              address);
      case "reaction" -> new WebhookEvent.Ignored("reaction");
      default ->
          MEDIA.contains(type)
              ? arrival.media(sender, id, sent, address)
              : new WebhookEvent.Ignored("message:" + type);
    };
  }

  private static String interactiveText(JsonNode m) {
    JsonNode interactive = m.path("interactive");
    JsonNode reply =
        interactive.has("button_reply")
            ? interactive.path("button_reply")
            : interactive.path("list_reply");
    String id = reply.path("id").asText("");
    return id.startsWith(WhatsAppRenderer.OPTION_ID)
        ? id.substring(WhatsAppRenderer.OPTION_ID.length())
        : reply.path("title").asText("");
  }

  /**
   * Marks the customer's message read and shows the typing indicator, which WhatsApp hides on the
   * reply or after 25 seconds.
   */
  @Override
  public void typing(ChannelAccount account, Map<String, String> address, String messageId) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("messaging_product", "whatsapp");
    body.put("status", "read");
    body.put("message_id", messageId);
    body.putObject("typing_indicator").put("type", "text");
    post(account, body);
  }

  @Override
  protected void post(ChannelAccount account, ObjectNode payload) {
    check(
        api.post(
            "/" + account.externalId() + "/messages",
            Map.of(
                "Authorization",
                "Bearer " + account.secret(ChannelAccount.ACCESS_TOKEN).orElse("")),
            payload),
        THROTTLED);
  }
}
