package io.bookline.channel;

import io.bookline.db.Storable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Makes the canonical messages of one verified request to one account: platform, business, delivery
 * and raw payload are the same for each, so a parser only says what differs. It is also the one
 * place a platform's timestamp becomes an {@link Instant}, and where what the platform sent is made
 * storable: NUL removed and lone surrogates replaced in every field ({@link Storable}), times held
 * to the years Postgres and ISO-8601 both take. The raw payload is kept exactly as received.
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

  /**
   * An image, voice note, sticker, location… with nothing written: answered with "I can only read
   * text".
   */
  public WebhookEvent.Message media(
      String sender, String id, Instant sentAt, Map<String, String> address) {
    return message(sender, id, "", sentAt, InboundMessage.Kind.MEDIA, address);
  }

  /**
   * A photo, video or document sent with a caption: the caption is what the customer wrote ("gel
   * manicure tomorrow at 11" under a photo of nails), so it is read as a text message and the media
   * itself is left aside (the raw payload keeps it). Without a caption it is {@link #media}.
   */
  public WebhookEvent.Message captioned(
      String sender, String id, String caption, Instant sentAt, Map<String, String> address) {
    return caption == null || caption.isBlank()
        ? media(sender, id, sentAt, address)
        : text(sender, id, caption, sentAt, address);
  }

  /**
   * A platform's own way of starting a chat or asking what the bot does (Messenger's "Get Started"
   * button, Telegram's {@code /help}): read as "hi", so it gets the business's greeting with what
   * the bot can do, as a typed "Hi" does. "hi" is a greeting in every language the rules read and
   * leans to none, so a first message stays in the business's language.
   */
  public WebhookEvent.Message greeting(
      String sender, String id, Instant sentAt, Map<String, String> address) {
    return text(sender, id, GREETING, sentAt, address);
  }

  /** What {@link #greeting} reads as. */
  public static final String GREETING = "hi";

  /**
   * A thumbs-up sent as something other than text (Messenger's like button, a Telegram sticker
   * whose emoji is 👍): read as a typed "👍", which the dialogue takes as yes where a yes is
   * expected.
   */
  public WebhookEvent.Message thumbsUp(
      String sender, String id, Instant sentAt, Map<String, String> address) {
    return text(sender, id, THUMBS_UP, sentAt, address);
  }

  /** What {@link #thumbsUp} reads as. */
  public static final String THUMBS_UP = new String(Character.toChars(0x1F44D));

  private WebhookEvent.Message message(
      String sender,
      String id,
      String text,
      Instant sentAt,
      InboundMessage.Kind kind,
      Map<String, String> address) {
    Map<String, String> where = new LinkedHashMap<>();
    address.forEach((k, v) -> where.put(Storable.text(k), Storable.text(v)));
    return new WebhookEvent.Message(
        new InboundMessage(
            account.platform(),
            account.businessId(),
            Storable.text(sender),
            Storable.text(id),
            Storable.text(text),
            sentAt,
            raw,
            kind,
            where,
            delivery));
  }

  /** The earliest time a message may carry: timestamps before it are read as this. */
  public static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");

  /** The latest time a message may carry: timestamps after it are read as this. */
  public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

  /**
   * A platform time in seconds since the epoch (WhatsApp, Telegram), held between {@link #EARLIEST}
   * and {@link #LATEST}: a timestamp of 2^63-1 is a message from the far future, not an error (the
   * processor records such a message and does not answer it).
   */
  public static Instant epochSeconds(long seconds) {
    return clamp(
        Math.max(EARLIEST.getEpochSecond(), Math.min(LATEST.getEpochSecond(), seconds)), 0);
  }

  /** A platform time in milliseconds since the epoch (Messenger), held as {@link #epochSeconds}. */
  public static Instant epochMillis(long millis) {
    return clamp(Math.floorDiv(millis, 1000), Math.floorMod(millis, 1000));
  }

  private static Instant clamp(long seconds, long millis) {
    Instant t = Instant.ofEpochSecond(seconds, millis * 1_000_000);
    return t.isBefore(EARLIEST) ? EARLIEST : t.isAfter(LATEST) ? LATEST : t;
  }
}
