package io.bookline.channel;

import java.time.Instant;
import java.util.Map;

/**
 * Makes the canonical messages of one verified request to one account: platform, business, delivery
 * and raw payload are the same for each, so a parser only says what differs. It is also the one
 * place a platform's timestamp becomes an {@link Instant}.
 *
 * @param account the account the messages were sent to (its platform and business)
 * @param delivery how the channel delivers replies to them
 * @param raw the request body as received, kept with each message
 */
public record Arrival(ChannelAccount account, Delivery delivery, String raw) {

  /** A text message (a tapped button's option counts as text). */
  public WebhookEvent.Message text(
      String sender, String id, String text, Instant sentAt, Map<String, String> address) {
    return message(sender, id, text, sentAt, InboundMessage.Kind.TEXT, address);
  }

  /** An image, voice note, sticker, location…: answered with "I can only read text". */
  public WebhookEvent.Message media(
      String sender, String id, Instant sentAt, Map<String, String> address) {
    return message(sender, id, "", sentAt, InboundMessage.Kind.MEDIA, address);
  }

  private WebhookEvent.Message message(
      String sender,
      String id,
      String text,
      Instant sentAt,
      InboundMessage.Kind kind,
      Map<String, String> address) {
    return new WebhookEvent.Message(
        new InboundMessage(
            account.platform(),
            account.businessId(),
            sender,
            id,
            text,
            sentAt,
            raw,
            kind,
            address,
            delivery));
  }

  /** A platform time in seconds since the epoch (WhatsApp, Telegram). */
  public static Instant epochSeconds(long seconds) {
    return Instant.ofEpochSecond(seconds);
  }

  /** A platform time in milliseconds since the epoch (Messenger). */
  public static Instant epochMillis(long millis) {
    return Instant.ofEpochMilli(millis);
  }
}
