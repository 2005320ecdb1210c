package io.bookline.channel.messenger;

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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Messenger Platform: page webhooks at {@code /webhooks/messenger} ({@code object: "page"},
 * accounts by page id) and the Send API. Ids may arrive as JSON numbers or strings; both are read
 * as text.
 */
public final class MessengerChannel extends MetaChannel {
  /** Retry: Meta's throttling codes (4: app, 613: calls per hour). */
  static final Set<Integer> THROTTLED = Set.of(4, 613);

  /** The message tag for reminders and changes of a confirmed booking, outside 24 hours. */
  public static final String CONFIRMED_EVENT_UPDATE = "CONFIRMED_EVENT_UPDATE";

  /**
   * Messenger's "like" button sends a thumbs-up sticker (small, medium or large, by how long it was
   * held), not text. In chat it says yes, so it is read as "👍", which the dialogue already takes
   * as yes where a yes is expected; any other sticker is still media.
   */
  static final Set<String> LIKES = Set.of("369239263222822", "369239343222814", "369239383222810");

  public MessengerChannel(PlatformApi api) {
    super(Platform.MESSENGER, "/webhooks/messenger", api, new MessengerRenderer());
  }

  @Override
  protected Set<String> accountIds(JsonNode root) {
    Set<String> ids = new LinkedHashSet<>();
    for (JsonNode entry : root.path("entry")) {
      String id = entry.path("id").asText("");
      if (!id.isEmpty()) {
        ids.add(id);
      }
    }
    return ids;
  }

  @Override
  protected List<WebhookEvent> events(JsonNode root, Verified verified, String raw) {
    List<WebhookEvent> events = new ArrayList<>();
    for (JsonNode entry : root.path("entry")) {
      ChannelAccount account = verified.accounts().get(entry.path("id").asText(""));
      if (account == null) {
        continue;
      }
      Arrival arrival = new Arrival(account, Delivery.OUTBOX, raw);
      for (JsonNode e : entry.path("messaging")) {
        events.add(event(e, arrival));
      }
    }
    return events;
  }

  private static WebhookEvent event(JsonNode e, Arrival arrival) {
    String sender = e.path("sender").path("id").asText("");
    long millis = e.path("timestamp").asLong(0);
    var sent = Arrival.epochMillis(millis);
    Map<String, String> address = Map.of("account", arrival.account().externalId(), "to", sender);
    if (e.has("message")) {
      JsonNode m = e.get("message");
      if (m.path("is_echo").asBoolean(false)) {
        return new WebhookEvent.Ignored("echo");
      }
      String mid = m.path("mid").asText("");
      // Text sent with an attachment is read as the message, as a caption is on the other
      // platforms; the attachment itself is left aside (the raw payload keeps it).
      if (m.has("attachments") && !m.has("text")) {
        return LIKES.contains(stickerId(m))
            ? arrival.thumbsUp(sender, mid, sent, address)
            : arrival.media(sender, mid, sent, address);
      }
      String text =
          optionOr(m.path("quick_reply").path("payload").asText(""), m.path("text").asText(""));
      return arrival.text(sender, mid, text, sent, address);
    }
    if (e.has("postback")) {
      JsonNode p = e.get("postback");
      String payload = p.path("payload").asText("");
      // Older postbacks carry no mid: sender and time identify them.
      String mid =
          p.hasNonNull("mid") ? p.get("mid").asText() : "postback:" + sender + ":" + millis;
      String title = p.path("title").asText(payload);
      if (getStarted(payload, title)) {
        return arrival.greeting(sender, mid, sent, address);
      }
      return arrival.text(sender, mid, optionOr(payload, title), sent, address);
    }
    if (e.has("read") || e.has("delivery")) {
      return new WebhookEvent.Ignored(e.has("read") ? "read" : "delivery");
    }
    return new WebhookEvent.Ignored("messaging event");
  }

  /**
   * The page's "Get Started" button, the first thing a customer taps on the welcome screen: its
   * payload is whatever the page configured (usually {@code GET_STARTED}), its title "Get Started".
   * Either one is enough; a postback of our own ({@code opt:}, {@code bk:}) never is.
   */
  static boolean getStarted(String payload, String title) {
    if (payload.startsWith(OutboundMessage.OPTION_PREFIX)
        || payload.startsWith(OutboundMessage.ACTION_PREFIX)) {
      return false;
    }
    return letters(payload).contains("getstarted") || letters(title).equals("getstarted");
  }

  private static String letters(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
  }

  /** The sticker a message is, if any: {@code message.sticker_id}, else its attachment's. */
  private static String stickerId(JsonNode m) {
    JsonNode id = m.path("sticker_id");
    if (id.isMissingNode() || id.isNull()) {
      id = m.path("attachments").path(0).path("payload").path("sticker_id");
    }
    return id.asText("");
  }

  /** The option or action a payload we sent carries, or {@code otherwise}. */
  private static String optionOr(String payload, String otherwise) {
    return OutboundMessage.tapped(payload, otherwise);
  }

  /**
   * Inside the 24-hour window a message goes as any reply. Outside it only with the {@code
   * CONFIRMED_EVENT_UPDATE} tag, which Meta allows for reminders and changes of a booking the
   * customer made, and for nothing else.
   */
  @Override
  public Initiated initiate(Initiative initiative) {
    if (initiative.insideWindow()) {
      return new Initiated.Send(initiative.address());
    }
    if (initiative.purpose() == Initiative.Purpose.STAFF_MESSAGE) {
      return new Initiated.Skip("outside_window");
    }
    Map<String, String> address = new LinkedHashMap<>(initiative.address());
    address.put(Initiative.TAG, CONFIRMED_EVENT_UPDATE);
    return new Initiated.Send(address);
  }

  /** {@code sender_action: typing_on}, which Messenger hides on the reply or after 20 seconds. */
  @Override
  public void typing(ChannelAccount account, Map<String, String> address, String messageId) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.putObject("recipient").put("id", address.get("to"));
    body.put("sender_action", "typing_on");
    post(account, body);
  }

  @Override
  protected void post(ChannelAccount account, ObjectNode payload) {
    String token =
        URLEncoder.encode(
            account.secret(ChannelAccount.ACCESS_TOKEN).orElse(""), StandardCharsets.UTF_8);
    check(api.post("/me/messages?access_token=" + token, Map.of(), payload), THROTTLED);
  }
}
