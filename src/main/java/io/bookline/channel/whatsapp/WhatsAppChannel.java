package io.bookline.channel.whatsapp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bookline.channel.Arrival;
import io.bookline.channel.ChannelAccount;
import io.bookline.channel.Delivery;
import io.bookline.channel.Initiated;
import io.bookline.channel.Initiative;
import io.bookline.channel.OutboundMessage;
import io.bookline.channel.Platform;
import io.bookline.channel.PlatformApi;
import io.bookline.channel.Verified;
import io.bookline.channel.WebhookEvent;
import io.bookline.channel.meta.MetaChannel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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

  /**
   * The customer cannot be written to: 131050, they stopped the business's marketing messages;
   * 131026, undeliverable (blocked the business, or no longer on WhatsApp).
   */
  static final Set<Integer> GONE = Set.of(131050, 131026);

  /**
   * What we cannot read, answered with "I can only read text". {@code unsupported} (formerly {@code
   * unknown}, error 131051) is a message the Cloud API cannot deliver to us (a poll, a view-once
   * photo, …): the customer sent something and waits for an answer, so it must not go unanswered.
   */
  private static final Set<String> MEDIA =
      Set.of(
          "image",
          "audio",
          "video",
          "document",
          "sticker",
          "location",
          "contacts",
          "voice",
          "unsupported",
          "unknown");

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
      case "button" -> {
        // A template's quick-reply button: its payload is what we gave it.
        JsonNode button = m.path("button");
        String title = button.path("text").asText(button.path("payload").asText(""));
        yield arrival.text(
            sender,
            id,
            OutboundMessage.tapped(button.path("payload").asText(null), title),
            sent,
            address);
      }
      // An emoji on an earlier message (or its removal): acknowledged and counted, not answered.
      // It points at that message, not at the question open now, so a 👍 on "Booked!" must not
      // confirm the next offer; nor does it deserve "I can only read text".
      case "reaction" -> new WebhookEvent.Ignored("reaction");
      default ->
          MEDIA.contains(type)
              // An image, video or document may carry a caption: {"image": {"caption": "…"}}.
              ? arrival.captioned(
                  sender, id, m.path(type).path("caption").asText(""), sent, address)
              : new WebhookEvent.Ignored("message:" + type);
    };
  }

  private static String interactiveText(JsonNode m) {
    JsonNode interactive = m.path("interactive");
    JsonNode reply =
        interactive.has("button_reply")
            ? interactive.path("button_reply")
            : interactive.path("list_reply");
    return OutboundMessage.tapped(reply.path("id").asText(null), reply.path("title").asText(""));
  }

  /**
   * Inside the 24-hour customer-service window: an interactive message. Outside it only the
   * approved template configured on the account may go, never free text; without one the message is
   * skipped, and the reason recorded.
   */
  @Override
  public Initiated initiate(Initiative initiative) {
    if (initiative.insideWindow()) {
      return new Initiated.Send(initiative.address());
    }
    if (initiative.template().isEmpty()) {
      return new Initiated.Skip("no_template");
    }
    Initiative.Template t = initiative.template().get();
    Map<String, String> address = new LinkedHashMap<>(initiative.address());
    address.put(Initiative.TEMPLATE, t.name());
    address.put(Initiative.TEMPLATE_LANGUAGE, t.language());
    for (int i = 0; i < t.parameters().size(); i++) {
      address.put(
          Initiative.TEMPLATE_PARAMETER + i,
          initiative.values().getOrDefault(t.parameters().get(i), ""));
    }
    return new Initiated.Send(address);
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
        THROTTLED,
        GONE);
  }
}
