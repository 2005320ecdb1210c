package io.bookline.channel.whatsapp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bookline.channel.ChannelAccount;
import io.bookline.channel.InboundMessage;
import io.bookline.channel.OutboundMessage;
import io.bookline.channel.Platform;
import io.bookline.channel.PlatformHttp;
import io.bookline.channel.SendFailure;
import io.bookline.channel.Sender;
import io.bookline.channel.WebhookEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * WhatsApp Cloud API: webhook parsing ({@code entry[].changes[].value}) and {@code POST
 * /{phone-number-id}/messages}. Options become reply buttons (≤ 3), a list (≤ 10), or numbered text
 * beyond the platform's limits.
 */
public final class WhatsAppChannel implements Sender {
  /** Option ids we send start with this, so a tapped button maps back to the full option text. */
  public static final String OPTION_ID = "opt:";

  static final int MAX_BUTTONS = 3;
  static final int MAX_BUTTON_TITLE = 20;
  static final int MAX_ROWS = 10;
  static final int MAX_ROW_TITLE = 24;
  static final int MAX_INTERACTIVE_BODY = 1024;

  /** Retry: Meta's throttling codes. Everything else in 4xx is permanent (e.g. 131047). */
  static final Set<Integer> THROTTLED = Set.of(130429, 131056, 4, 80007);

  private static final Set<String> MEDIA =
      Set.of("image", "audio", "video", "document", "sticker", "location", "contacts", "voice");

  private final PlatformHttp http;
  private final String apiBase;

  public WhatsAppChannel(PlatformHttp http, String apiBase) {
    this.http = http;
    this.apiBase = apiBase.replaceAll("/+$", "");
  }

  @Override
  public Platform platform() {
    return Platform.WHATSAPP;
  }

  /** Every phone number id a payload is addressed to. */
  public static Set<String> phoneNumberIds(JsonNode root) {
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

  /** The events of a verified payload; {@code accounts} has one account per phone number id. */
  public static List<WebhookEvent> parse(
      JsonNode root, Map<String, ChannelAccount> accounts, String raw) {
    List<WebhookEvent> events = new ArrayList<>();
    for (JsonNode entry : root.path("entry")) {
      for (JsonNode change : entry.path("changes")) {
        JsonNode value = change.path("value");
        ChannelAccount account =
            accounts.get(value.path("metadata").path("phone_number_id").asText(""));
        for (JsonNode status : value.path("statuses")) {
          events.add(new WebhookEvent.Ignored("status:" + status.path("status").asText("unknown")));
        }
        if (account == null) {
          continue;
        }
        for (JsonNode m : value.path("messages")) {
          events.add(message(m, account, raw));
        }
      }
    }
    return events;
  }

  private static WebhookEvent message(JsonNode m, ChannelAccount account, String raw) {
    String type = m.path("type").asText("");
    // Business-scoped user ids may come without "from" (usernames, groups).
    String sender =
        m.hasNonNull("from") ? m.get("from").asText() : m.path("from_user_id").asText("");
    String id = m.path("id").asText("");
    if (sender.isEmpty() || id.isEmpty()) {
      return new WebhookEvent.Ignored("message without sender or id");
    }
    Instant sent = Instant.ofEpochSecond(m.path("timestamp").asLong(0));
    String text;
    InboundMessage.Kind kind = InboundMessage.Kind.TEXT;
    switch (type) {
      case "text" -> text = m.path("text").path("body").asText("");
      case "interactive" -> {
        JsonNode reply =
            m.path("interactive").has("button_reply")
                ? m.path("interactive").path("button_reply")
                : m.path("interactive").path("list_reply");
        text = optionText(reply.path("id").asText(""), reply.path("title").asText(""));
      }
      case "button" ->
          text = m.path("button").path("text").asText(m.path("button").path("payload").asText(""));
      case "reaction" -> {
        return new WebhookEvent.Ignored("reaction");
      }
      default -> {
        if (!MEDIA.contains(type)) {
          return new WebhookEvent.Ignored("message:" + type);
        }
        text = "";
        kind = InboundMessage.Kind.MEDIA;
      }
    }
    return new WebhookEvent.Message(
        new InboundMessage(
            Platform.WHATSAPP,
            account.businessId(),
            sender,
            id,
            text,
            sent,
            raw,
            kind,
            Map.of("account", account.externalId(), "to", sender)));
  }

  static String optionText(String id, String title) {
    return id.startsWith(OPTION_ID) ? id.substring(OPTION_ID.length()) : title;
  }

  @Override
  public void send(ChannelAccount account, Map<String, String> address, OutboundMessage message) {
    ObjectNode body = PlatformHttp.json().createObjectNode();
    body.put("messaging_product", "whatsapp");
    body.put("recipient_type", "individual");
    body.put("to", address.get("to"));
    List<String> options = message.options();
    boolean fitsButtons =
        !options.isEmpty()
            && options.size() <= MAX_BUTTONS
            && options.stream().allMatch(o -> o.length() <= MAX_BUTTON_TITLE);
    boolean fitsList =
        !options.isEmpty()
            && options.size() <= MAX_ROWS
            && options.stream().allMatch(o -> o.length() <= MAX_ROW_TITLE);
    if ((fitsButtons || fitsList) && message.text().length() <= MAX_INTERACTIVE_BODY) {
      body.put("type", "interactive");
      ObjectNode interactive = body.putObject("interactive");
      interactive.putObject("body").put("text", message.text());
      if (fitsButtons) {
        interactive.put("type", "button");
        ArrayNode buttons = interactive.putObject("action").putArray("buttons");
        for (String o : options) {
          buttons
              .addObject()
              .put("type", "reply")
              .putObject("reply")
              .put("id", OPTION_ID + o)
              .put("title", o);
        }
      } else {
        interactive.put("type", "list");
        ObjectNode action = interactive.putObject("action");
        action.put("button", "Choose");
        ArrayNode rows =
            action.putArray("sections").addObject().put("title", "Options").putArray("rows");
        for (String o : options) {
          rows.addObject().put("id", OPTION_ID + o).put("title", o);
        }
      }
    } else {
      // Beyond the platform's limits the options are written out instead.
      body.put("type", "text");
      body.putObject("text").put("body", message.textWithNumberedOptions());
    }
    PlatformHttp.Answer answer =
        http.postJson(
            apiBase + "/" + account.externalId() + "/messages",
            Map.of(
                "Authorization",
                "Bearer " + account.secret(ChannelAccount.ACCESS_TOKEN).orElse("")),
            body);
    check(answer);
  }

  /** Maps a Graph API answer to success or a retryable/permanent failure. */
  static void check(PlatformHttp.Answer answer) {
    if (answer.status() >= 200 && answer.status() < 300) {
      return;
    }
    int code = answer.body().path("error").path("code").asInt(0);
    String message =
        "HTTP "
            + answer.status()
            + (code == 0 ? "" : " code " + code)
            + ": "
            + answer.body().path("error").path("message").asText("");
    boolean retryable =
        answer.status() == 429 || answer.status() >= 500 || THROTTLED.contains(code);
    throw new SendFailure(message, retryable, answer.retryAfter());
  }
}
