package io.bookline.channel.messenger;

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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Messenger Platform: page webhooks ({@code object: "page"}) and the Send API. Ids may arrive as
 * JSON numbers or strings; both are read as text. Options become quick replies (≤ 13).
 */
public final class MessengerChannel implements Sender {
  public static final String OPTION_PAYLOAD = "opt:";
  static final int MAX_QUICK_REPLIES = 13;
  static final int MAX_QUICK_REPLY_TITLE = 20;

  private final PlatformHttp http;
  private final String apiBase;

  public MessengerChannel(PlatformHttp http, String apiBase) {
    this.http = http;
    this.apiBase = apiBase.replaceAll("/+$", "");
  }

  @Override
  public Platform platform() {
    return Platform.MESSENGER;
  }

  public static Set<String> pageIds(JsonNode root) {
    Set<String> ids = new LinkedHashSet<>();
    for (JsonNode entry : root.path("entry")) {
      String id = entry.path("id").asText("");
      if (!id.isEmpty()) {
        ids.add(id);
      }
    }
    return ids;
  }

  public static List<WebhookEvent> parse(
      JsonNode root, Map<String, ChannelAccount> accounts, String raw) {
    List<WebhookEvent> events = new ArrayList<>();
    for (JsonNode entry : root.path("entry")) {
      ChannelAccount account = accounts.get(entry.path("id").asText(""));
      for (JsonNode e : entry.path("messaging")) {
        if (account == null) {
          continue;
        }
        events.add(event(e, account, raw));
      }
    }
    return events;
  }

  private static WebhookEvent event(JsonNode e, ChannelAccount account, String raw) {
    String sender = e.path("sender").path("id").asText("");
    long millis = e.path("timestamp").asLong(0);
    Instant sent = Instant.ofEpochMilli(millis);
    Map<String, String> address = Map.of("account", account.externalId(), "to", sender);
    if (e.has("message")) {
      JsonNode m = e.get("message");
      if (m.path("is_echo").asBoolean(false)) {
        return new WebhookEvent.Ignored("echo");
      }
      String mid = m.path("mid").asText("");
      if (m.has("attachments") && !m.has("text")) {
        return received(account, sender, mid, "", sent, raw, InboundMessage.Kind.MEDIA, address);
      }
      String payload = m.path("quick_reply").path("payload").asText("");
      String text =
          payload.startsWith(OPTION_PAYLOAD)
              ? payload.substring(OPTION_PAYLOAD.length())
              : m.path("text").asText("");
      return received(account, sender, mid, text, sent, raw, InboundMessage.Kind.TEXT, address);
    }
    if (e.has("postback")) {
      JsonNode p = e.get("postback");
      String payload = p.path("payload").asText("");
      String text =
          payload.startsWith(OPTION_PAYLOAD)
              ? payload.substring(OPTION_PAYLOAD.length())
              : p.path("title").asText(payload);
      // Older postbacks carry no mid: sender and time identify them.
      String mid =
          p.hasNonNull("mid") ? p.get("mid").asText() : "postback:" + sender + ":" + millis;
      return received(account, sender, mid, text, sent, raw, InboundMessage.Kind.TEXT, address);
    }
    if (e.has("read") || e.has("delivery")) {
      return new WebhookEvent.Ignored(e.has("read") ? "read" : "delivery");
    }
    return new WebhookEvent.Ignored("messaging event");
  }

  private static WebhookEvent received(
      ChannelAccount account,
      String sender,
      String mid,
      String text,
      Instant sent,
      String raw,
      InboundMessage.Kind kind,
      Map<String, String> address) {
    return new WebhookEvent.Message(
        new InboundMessage(
            Platform.MESSENGER, account.businessId(), sender, mid, text, sent, raw, kind, address));
  }

  @Override
  public void send(ChannelAccount account, Map<String, String> address, OutboundMessage message) {
    ObjectNode body = PlatformHttp.json().createObjectNode();
    body.putObject("recipient").put("id", address.get("to"));
    body.put("messaging_type", "RESPONSE");
    ObjectNode msg = body.putObject("message");
    List<String> options = message.options();
    boolean fits =
        !options.isEmpty()
            && options.size() <= MAX_QUICK_REPLIES
            && options.stream().allMatch(o -> o.length() <= MAX_QUICK_REPLY_TITLE);
    if (fits) {
      msg.put("text", message.text());
      ArrayNode replies = msg.putArray("quick_replies");
      for (String o : options) {
        replies
            .addObject()
            .put("content_type", "text")
            .put("title", o)
            .put("payload", OPTION_PAYLOAD + o);
      }
    } else {
      msg.put("text", message.textWithNumberedOptions());
    }
    String token =
        URLEncoder.encode(
            account.secret(ChannelAccount.ACCESS_TOKEN).orElse(""), StandardCharsets.UTF_8);
    PlatformHttp.Answer answer =
        http.postJson(apiBase + "/me/messages?access_token=" + token, Map.of(), body);
    if (answer.status() >= 200 && answer.status() < 300) {
      return;
    }
    int code = answer.body().path("error").path("code").asInt(0);
    boolean retryable =
        answer.status() == 429 || answer.status() >= 500 || code == 4 || code == 613;
    throw new SendFailure(
        "HTTP "
            + answer.status()
            + " code "
            + code
            + ": "
            + answer.body().path("error").path("message").asText(""),
        retryable,
        answer.retryAfter());
  }
}
