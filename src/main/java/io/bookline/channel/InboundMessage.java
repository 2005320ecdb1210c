package io.bookline.channel;

import java.time.Instant;
import java.util.Map;

/**
 * A customer's message in our own terms, whatever platform it came from.
 *
 * @param platform where it came from
 * @param businessId the business it was sent to
 * @param senderId the platform's id for the customer (stable per business)
 * @param platformMessageId the platform's id for this message; redeliveries repeat it
 * @param text what the customer wrote (a button's title, a photo's caption count as text)
 * @param sentAt when the platform says it was sent
 * @param rawPayload the payload as received, kept with the message
 * @param kind text, or media we cannot read
 * @param address where replies go on the platform (account, chat or phone ids, callback id), and
 *     which message this is ({@link #MESSAGE}, {@link #EDITS})
 * @param delivery how its channel delivers the replies; when not given, a message with no address
 *     to reply to is answered inline and any other through the outbox
 */
public record InboundMessage(
    Platform platform,
    long businessId,
    String senderId,
    String platformMessageId,
    String text,
    Instant sentAt,
    String rawPayload,
    Kind kind,
    Map<String, String> address,
    Delivery delivery) {

  /**
   * Address key: which of the customer's messages in the chat this is, as the platform names it
   * (Telegram's {@code message_id}; a button press, its callback query's id). An edit has none of
   * its own: it names the message it changes ({@link #EDITS}).
   */
  public static final String MESSAGE = "message";

  /**
   * Address key of an edit: the {@link #MESSAGE} it changes. Only the customer's latest message is
   * corrected by editing it; an edit of an earlier one is not a turn (the processor says so).
   */
  public static final String EDITS = "edits";

  /**
   * Address key, value {@code "true"}: the customer's page showed the business's greeting before
   * this message (the web chat page greets a new visitor without a turn), so the conversation
   * begins with that greeting and an "ok" answers it rather than being greeted again.
   */
  public static final String GREETED = "greeted";

  public InboundMessage {
    kind = kind == null ? Kind.TEXT : kind;
    address = address == null ? Map.of() : Map.copyOf(address);
    if (delivery == null) {
      delivery = address.isEmpty() ? Delivery.INLINE : Delivery.OUTBOX;
    }
  }

  /** A text message with nothing to reply to on a platform (the web chat answers inline). */
  public InboundMessage(
      Platform platform,
      long businessId,
      String senderId,
      String platformMessageId,
      String text,
      Instant sentAt,
      String rawPayload) {
    this(
        platform,
        businessId,
        senderId,
        platformMessageId,
        text,
        sentAt,
        rawPayload,
        Kind.TEXT,
        Map.of(),
        Delivery.INLINE);
  }

  /** The same message saying {@code words} instead (a tapped button's label for its id). */
  public InboundMessage withText(String words) {
    return new InboundMessage(
        platform,
        businessId,
        senderId,
        platformMessageId,
        words,
        sentAt,
        rawPayload,
        kind,
        address,
        delivery);
  }

  /** Whether the customer's page showed the business's greeting before it ({@link #GREETED}). */
  public boolean afterPageGreeting() {
    return "true".equals(address.get(GREETED));
  }

  /** Whether this is an edit of a message sent before ({@link #EDITS}). */
  public boolean isEdit() {
    return address.containsKey(EDITS);
  }

  /** What the customer sent. */
  public enum Kind {
    TEXT,
    /**
     * An image, voice note, sticker, location… with no caption: answered with "I can only read
     * text". A captioned one is {@link #TEXT}, its caption the text.
     */
    MEDIA
  }
}
