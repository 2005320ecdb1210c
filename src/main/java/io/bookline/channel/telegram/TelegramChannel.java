package io.bookline.channel.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bookline.channel.Arrival;
import io.bookline.channel.ChannelAccount;
import io.bookline.channel.Delivery;
import io.bookline.channel.Directory;
import io.bookline.channel.InboundMessage;
import io.bookline.channel.Platform;
import io.bookline.channel.PlatformApi;
import io.bookline.channel.PlatformChannel;
import io.bookline.channel.PlatformHttp;
import io.bookline.channel.Rejected;
import io.bookline.channel.SendFailure;
import io.bookline.channel.Signatures;
import io.bookline.channel.Verified;
import io.bookline.channel.WebhookEvent;
import io.bookline.channel.WebhookRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Telegram Bot API: one bot per business, its webhook at {@code /webhooks/telegram/{businessSlug}}
 * checked by the {@code secret_token} given to {@code setWebhook}; {@code Update} objects in,
 * {@code sendMessage} and {@code answerCallbackQuery} out.
 */
public final class TelegramChannel extends PlatformChannel {
  static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
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
          "animation",
          // Sent by the customer, with nothing for us to read: answered, never silence.
          "poll",
          "dice",
          "story",
          "paid_media");

  /**
   * The command every bot is expected to answer ({@code /help}, {@code /help@SomeBot}, with or
   * without words after it): the greeting says what the bot can do. {@code /start} and {@code
   * /stop} stay as written: they are the opt-in and opt-out words (reminders.OptOut), and /start
   * from someone who never stopped gets the greeting there.
   */
  private static final Pattern HELP =
      Pattern.compile("\\s*/help(?:@\\w+)?(?:\\s.*)?", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  private final Clock clock;

  public TelegramChannel(PlatformApi api, Clock clock) {
    super(Platform.TELEGRAM, "/webhooks/telegram/{businessSlug}", api, new TelegramRenderer());
    this.clock = clock;
  }

  /** A bot is found by the slug in its webhook path, so its account's id is that slug. */
  @Override
  public Optional<String> accountIdOf(String businessSlug) {
    return Optional.of(businessSlug);
  }

  @Override
  public List<String> secretNames() {
    return List.of(ChannelAccount.BOT_TOKEN, ChannelAccount.SECRET_TOKEN);
  }

  /** A bot token as BotFather gives it: the bot's numeric id, a colon and 35 more characters. */
  static final Pattern BOT_TOKEN = Pattern.compile("[0-9]+:[A-Za-z0-9_-]{35}");

  /** What Telegram takes as a webhook's {@code secret_token}. */
  static final Pattern SECRET_TOKEN = Pattern.compile("[A-Za-z0-9_-]{1,256}");

  /**
   * A bot token of another shape (a username, the secret token, half a paste) would make every
   * reply fail with Telegram's 401 long after the owner was told "connected".
   */
  @Override
  public Optional<String> secretProblem(String name, String value) {
    if (name.equals(ChannelAccount.BOT_TOKEN) && !BOT_TOKEN.matcher(value).matches()) {
      return Optional.of(
          "is not a Telegram bot token: expected the bot's id in digits, a colon and 35 letters,"
              + " digits, '_' or '-', as BotFather gives it (123456789:AAH…)");
    }
    // Telegram's setWebhook refuses any other secret_token, so the webhook could never be set.
    if (name.equals(ChannelAccount.SECRET_TOKEN) && !SECRET_TOKEN.matcher(value).matches()) {
      return Optional.of(
          "must be 1 to 256 letters, digits, '_' or '-' (Telegram's rule for a webhook's secret"
              + " token): a word you make up, such as nail-studio-7f3k");
    }
    return Optional.empty();
  }

  /**
   * The bot is the account keyed by the business slug in the path; its secret token is checked. A
   * business without a bot answers as a wrong token does, so which businesses use Telegram stays
   * unknown (their slugs are public, their channels are not). An account another business holds
   * under this slug (written before the owner API refused that) is no bot of this business either.
   */
  @Override
  public Verified verify(WebhookRequest request, Directory directory) {
    String slug = request.pathParam("businessSlug");
    long business = directory.requireBusiness(slug);
    Optional<ChannelAccount> account =
        directory.account(Platform.TELEGRAM, slug).filter(a -> a.businessId() == business);
    if (account.isEmpty()
        || !Signatures.sameSecret(
            request.header(SECRET_HEADER),
            account.get().secret(ChannelAccount.SECRET_TOKEN).orElse(null))) {
      throw Rejected.unauthorized(SECRET_HEADER + " is missing or wrong");
    }
    return Verified.of(account.get());
  }

  /** One update; update ids are unique per bot, so the business slug makes them unique here. */
  @Override
  public List<WebhookEvent> parse(WebhookRequest request, Verified verified) {
    JsonNode update = request.jsonObject("expected a JSON object");
    Arrival arrival = new Arrival(verified.only(), Delivery.OUTBOX, request.text());
    return List.of(event(update, arrival));
  }

  private WebhookEvent event(JsonNode u, Arrival arrival) {
    String updateId = u.path("update_id").asText("");
    if (updateId.isEmpty()) {
      return new WebhookEvent.Ignored("update without id");
    }
    String id = arrival.account().externalId() + ":" + updateId;
    if (u.has("callback_query")) {
      return press(u.get("callback_query"), id, arrival);
    }
    boolean edit = !u.has("message") && u.has("edited_message");
    JsonNode m = u.has("message") ? u.get("message") : u.get("edited_message");
    if (m == null) {
      return new WebhookEvent.Ignored("update:" + firstOtherField(u));
    }
    String chat = m.path("chat").path("id").asText("");
    if (chat.isEmpty()) {
      return new WebhookEvent.Ignored("message without chat");
    }
    // An edit of the customer's latest message is their correction: handled as a new message with
    // the edited text (or caption), timed when it was edited; it names the message it changes, so
    // an edit of an earlier one is told apart (the processor answers it without a turn). An edit
    // with neither says nothing new: Telegram sends every move of a shared live location as one,
    // for up to 8 hours, and each would otherwise be answered "I can only read text" again.
    if (edit && !m.has("text") && m.path("caption").asText("").isBlank()) {
      return new WebhookEvent.Ignored("edit without text");
    }
    long when =
        edit ? m.path("edit_date").asLong(m.path("date").asLong(0)) : m.path("date").asLong(0);
    var sent = Arrival.epochSeconds(when);
    Map<String, String> address = new HashMap<>();
    address.put("account", arrival.account().externalId());
    address.put("chatId", chat);
    String messageId = m.path("message_id").asText("");
    if (!messageId.isEmpty()) {
      address.put(edit ? InboundMessage.EDITS : InboundMessage.MESSAGE, messageId);
    }
    if (m.has("text")) {
      String text = m.get("text").asText();
      return HELP.matcher(text).matches()
          ? arrival.greeting(chat, id, sent, address)
          : arrival.text(chat, id, text, sent, address);
    }
    if (thumbsUp(m.path("sticker").path("emoji").asText(""))) {
      return arrival.thumbsUp(chat, id, sent, address);
    }
    if (MEDIA.stream().anyMatch(m::has)) {
      // A photo, video, document, voice note… may carry a caption: what the customer wrote.
      return arrival.captioned(chat, id, m.path("caption").asText(""), sent, address);
    }
    return new WebhookEvent.Ignored("message without text");
  }

  /**
   * Whether a sticker's emoji is a thumbs-up, in any skin tone: a sticker says what its emoji says,
   * and a 👍 sticker is how many answer "Shall I book it?" (Messenger's like button likewise). Any
   * other sticker is still media.
   */
  static boolean thumbsUp(String emoji) {
    if (!emoji.startsWith(Arrival.THUMBS_UP)) {
      return false;
    }
    // What may follow: a skin tone (U+1F3FB..U+1F3FF) or the emoji presentation selector.
    return emoji
        .substring(Arrival.THUMBS_UP.length())
        .codePoints()
        .allMatch(c -> (c >= 0x1F3FB && c <= 0x1F3FF) || c == 0xFE0F);
  }

  /** A button press: its data is the option's text. */
  private WebhookEvent press(JsonNode q, String id, Arrival arrival) {
    String from = q.path("from").path("id").asText("");
    // The pressed message may be inaccessible (Bot API 7.0: date 0), but its chat is there.
    String chat = q.path("message").path("chat").path("id").asText(from);
    Map<String, String> address = new HashMap<>();
    address.put("account", arrival.account().externalId());
    address.put("chatId", chat);
    address.put("callbackQueryId", q.path("id").asText(""));
    // A press is the customer's latest message too: an edit made after it changes an earlier one.
    address.put(InboundMessage.MESSAGE, "press:" + q.path("id").asText(""));
    // A press carries no time of its own (the message date is when the bot wrote it): now.
    return arrival.text(chat, id, q.path("data").asText(""), clock.instant(), address);
  }

  private static String firstOtherField(JsonNode u) {
    Iterator<String> it = u.fieldNames();
    while (it.hasNext()) {
      String f = it.next();
      if (!f.equals("update_id")) {
        return f;
      }
    }
    return "empty";
  }

  @Override
  protected void post(ChannelAccount account, ObjectNode payload) {
    call(account, payload.has("document") ? "sendDocument" : "sendMessage", payload);
  }

  /** {@code sendChatAction typing}: Telegram shows it for 5 seconds or until the reply. */
  @Override
  public void typing(ChannelAccount account, Map<String, String> address, String messageId) {
    call(
        account,
        "sendChatAction",
        JsonNodeFactory.instance
            .objectNode()
            .put("chat_id", address.get("chatId"))
            .put("action", "typing"));
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
        JsonNodeFactory.instance.objectNode().put("callback_query_id", query));
  }

  private void call(ChannelAccount account, String method, JsonNode body) {
    String token = account.secret(ChannelAccount.BOT_TOKEN).orElse("");
    PlatformHttp.Answer answer = api.post("/bot" + token + "/" + method, Map.of(), body);
    if (answer.status() >= 200
        && answer.status() < 300
        && answer.body().path("ok").asBoolean(true)) {
      return;
    }
    int code = answer.body().path("error_code").asInt(answer.status());
    JsonNode parameters = answer.body().path("parameters");
    Duration retryAfter =
        parameters.has("retry_after")
            ? Duration.ofSeconds(parameters.path("retry_after").asLong())
            : answer.retryAfter();
    throw new SendFailure(
        "Telegram "
            + method
            + " failed: "
            + code
            + " "
            + answer.body().path("description").asText(""),
        code == 429 || code >= 500,
        retryAfter,
        // "Forbidden: bot was blocked by the user", "user is deactivated": never deliverable.
        code == 403);
  }
}
