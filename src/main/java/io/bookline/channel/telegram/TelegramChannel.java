package io.bookline.channel.telegram;

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
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Telegram Bot API: {@code Update} objects and {@code sendMessage} / {@code answerCallbackQuery}.
 * Options become an inline keyboard (callback data ≤ 64 bytes), or numbered text beyond that.
 */
public final class TelegramChannel implements Sender {
  static final int MAX_CALLBACK_BYTES = 64;
  static final int BUTTONS_PER_ROW = 3;
  private static final Set<String> MEDIA =
      Set.of(
          "photo",
          "voice",
          "audio",
          "video",
          "document",
          "sticker",
          "location",
          "contact",
          "video_note",
          "animation");

  private final PlatformHttp http;
  private final String apiBase;

  public TelegramChannel(PlatformHttp http, String apiBase) {
    this.http = http;
    this.apiBase = apiBase.replaceAll("/+$", "");
  }

  @Override
  public Platform platform() {
    return Platform.TELEGRAM;
  }

  /** One update; update ids are unique per bot, so the business slug makes them unique here. */
  public static WebhookEvent parse(JsonNode u, ChannelAccount account, String raw, Clock clock) {
    String updateId = u.path("update_id").asText("");
    if (updateId.isEmpty()) {
      return new WebhookEvent.Ignored("update without id");
    }
    String id = account.externalId() + ":" + updateId;
    if (u.has("callback_query")) {
      JsonNode q = u.get("callback_query");
      String from = q.path("from").path("id").asText("");
      // The pressed message may be inaccessible (Bot API 7.0: date 0), but its chat is there.
      String chat = q.path("message").path("chat").path("id").asText(from);
      // A press carries no time of its own (the message date is when the bot wrote it): now.
      Instant sent = clock.instant();
      Map<String, String> address = new HashMap<>();
      address.put("account", account.externalId());
      address.put("chatId", chat);
      address.put("callbackQueryId", q.path("id").asText(""));
      return received(
          account,
          chat,
          id,
          q.path("data").asText(""),
          sent,
          raw,
          InboundMessage.Kind.TEXT,
          address);
    }
    JsonNode m = u.has("message") ? u.get("message") : u.get("edited_message");
    if (m == null) {
      return new WebhookEvent.Ignored(
          "update:" + (u.fieldNames().hasNext() ? firstOtherField(u) : "empty"));
    }
    String chat = m.path("chat").path("id").asText("");
    if (chat.isEmpty()) {
      return new WebhookEvent.Ignored("message without chat");
    }
    // An edit is the customer's correction: handled as a new message with the edited text.
    long when =
        u.has("edited_message")
            ? m.path("edit_date").asLong(m.path("date").asLong(0))
            : m.path("date").asLong(0);
    Map<String, String> address = Map.of("account", account.externalId(), "chatId", chat);
    if (m.has("text")) {
      return received(
          account,
          chat,
          id,
          m.get("text").asText(),
          Instant.ofEpochSecond(when),
          raw,
          InboundMessage.Kind.TEXT,
          address);
    }
    for (String media : MEDIA) {
      if (m.has(media)) {
        return received(
            account,
            chat,
            id,
            "",
            Instant.ofEpochSecond(when),
            raw,
            InboundMessage.Kind.MEDIA,
            address);
      }
    }
    return new WebhookEvent.Ignored("message without text");
  }

  private static WebhookEvent received(
      ChannelAccount account,
      String chat,
      String id,
      String text,
      Instant sent,
      String raw,
      InboundMessage.Kind kind,
      Map<String, String> address) {
    return new WebhookEvent.Message(
        new InboundMessage(
            Platform.TELEGRAM, account.businessId(), chat, id, text, sent, raw, kind, address));
  }

  private static String firstOtherField(JsonNode u) {
    var it = u.fieldNames();
    while (it.hasNext()) {
      String f = it.next();
      if (!f.equals("update_id")) {
        return f;
      }
    }
    return "empty";
  }

  @Override
  public void send(ChannelAccount account, Map<String, String> address, OutboundMessage message) {
    ObjectNode body = PlatformHttp.json().createObjectNode();
    body.put("chat_id", address.get("chatId"));
    boolean fits =
        !message.options().isEmpty()
            && message.options().stream()
                .allMatch(o -> o.getBytes(StandardCharsets.UTF_8).length <= MAX_CALLBACK_BYTES);
    if (fits) {
      body.put("text", message.text());
      ArrayNode rows = body.putObject("reply_markup").putArray("inline_keyboard");
      ArrayNode row = null;
      for (int i = 0; i < message.options().size(); i++) {
        if (i % BUTTONS_PER_ROW == 0) {
          row = rows.addArray();
        }
        String o = message.options().get(i);
        row.addObject().put("text", o).put("callback_data", o);
      }
    } else {
      body.put("text", message.textWithNumberedOptions());
    }
    call(account, "sendMessage", body);
  }

  @Override
  public void acknowledge(ChannelAccount account, Map<String, String> address) {
    String query = address.get("callbackQueryId");
    if (query == null || query.isEmpty()) {
      return;
    }
    call(
        account,
        "answerCallbackQuery",
        PlatformHttp.json().createObjectNode().put("callback_query_id", query));
  }

  private void call(ChannelAccount account, String method, JsonNode body) {
    String token = account.secret(ChannelAccount.BOT_TOKEN).orElse("");
    PlatformHttp.Answer answer =
        http.postJson(apiBase + "/bot" + token + "/" + method, Map.of(), body);
    if (answer.status() >= 200
        && answer.status() < 300
        && answer.body().path("ok").asBoolean(true)) {
      return;
    }
    int code = answer.body().path("error_code").asInt(answer.status());
    Duration retryAfter =
        answer.body().path("parameters").has("retry_after")
            ? Duration.ofSeconds(answer.body().path("parameters").path("retry_after").asLong())
            : answer.retryAfter();
    boolean retryable = code == 429 || code >= 500;
    throw new SendFailure(
        "Telegram "
            + method
            + " failed: "
            + code
            + " "
            + answer.body().path("description").asText(""),
        retryable,
        retryAfter);
  }
}
