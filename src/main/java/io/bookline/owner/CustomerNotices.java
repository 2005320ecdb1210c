package io.bookline.owner;

import static io.bookline.db.Schema.Businesses;
import static io.bookline.db.Schema.Conversations;
import static io.bookline.db.Schema.Customers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bookline.channel.OutboundMessage;
import io.bookline.channel.Platform;
import io.bookline.db.Schema;
import io.bookline.db.Storable;
import io.bookline.outbox.Outbox;
import io.bookline.session.SessionKey;
import io.bookline.wording.Messages;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Record;

/**
 * What a person at the business says to a chat customer: a booking the owner changed, a reply in a
 * handed-off conversation. The message is stored in the transcript as an outbound message with
 * {@code metadata.author = "staff"} and, where the platform takes messages we start (WhatsApp,
 * Telegram, Messenger), queued in the outbox in the same transaction, addressed as the customer's
 * last message was. The web chat answers only inside its own requests, so there it is in the
 * transcript alone (ADR 0032).
 */
public final class CustomerNotices {
  /** Where a notice went. */
  public enum Told {
    /** Queued in the outbox and in the transcript. */
    OUTBOX,
    /** In the transcript only: the customer's platform cannot be written to first. */
    TRANSCRIPT,
    /** Nowhere: the customer has no chat (booked at the desk or erased). */
    NONE
  }

  /** The platform an owner's desk bookings are recorded under: no chat to tell anything. */
  public static final String DESK = "desk";

  private final Outbox outbox;
  private final ObjectMapper json;

  public CustomerNotices(Outbox outbox, ObjectMapper json) {
    this.outbox = outbox;
    this.json = json;
  }

  /**
   * Tells the customer in their conversation, if they have one, in their language. Call inside the
   * transaction of the change; call {@link #sent(Told)} after it commits.
   *
   * @param words the text, given the catalogue of the customer's language
   * @param metadata stored with the message besides {@code author}
   */
  public Told tell(
      DSLContext tx,
      long business,
      long customerId,
      Function<Messages, String> words,
      Map<String, Object> metadata) {
    Record c =
        tx.select(
                Conversations.ID,
                Customers.PLATFORM,
                Customers.PLATFORM_USER_ID,
                Customers.LANGUAGE,
                Businesses.LOCALE)
            .from(Customers.T)
            .join(Businesses.T)
            .on(Businesses.ID.eq(Customers.BUSINESS_ID))
            .leftJoin(Conversations.T)
            .on(Conversations.CUSTOMER_ID.eq(Customers.ID))
            .and(Conversations.BUSINESS_ID.eq(Customers.BUSINESS_ID))
            .where(Customers.ID.eq(customerId))
            .and(Customers.BUSINESS_ID.eq(business))
            .fetchOne();
    if (c == null || c.get(Conversations.ID) == null) {
      return Told.NONE;
    }
    String language =
        c.get(Customers.LANGUAGE) != null ? c.get(Customers.LANGUAGE) : c.get(Businesses.LOCALE);
    String text = words.apply(Messages.forLocale(Locale.forLanguageTag(language)));
    return say(tx, business, c.get(Conversations.ID), c, text, metadata);
  }

  /** Says {@code text} as staff in one of the business's conversations. */
  public Told say(DSLContext tx, long business, long conversationId, String text) {
    Record c =
        tx.select(Conversations.ID, Customers.PLATFORM, Customers.PLATFORM_USER_ID)
            .from(Conversations.T)
            .join(Customers.T)
            .on(Customers.ID.eq(Conversations.CUSTOMER_ID))
            .where(Conversations.ID.eq(conversationId))
            .and(Conversations.BUSINESS_ID.eq(business))
            .fetchOne();
    if (c == null) {
      return Told.NONE;
    }
    return say(tx, business, conversationId, c, text, Map.of());
  }

  private Told say(
      DSLContext tx,
      long business,
      long conversationId,
      Record customer,
      String text,
      Map<String, Object> metadata) {
    Map<String, Object> meta = new LinkedHashMap<>(metadata);
    meta.put("author", "staff");
    tx.insertInto(Schema.Messages.T)
        .set(Schema.Messages.CONVERSATION_ID, conversationId)
        .set(Schema.Messages.DIRECTION, "out")
        .set(Schema.Messages.CONTENT_TEXT, Storable.text(text))
        .set(Schema.Messages.PROVIDER, "staff")
        .set(Schema.Messages.METADATA, JSONB.valueOf(write(meta)))
        .execute();
    String platform = customer.get(Customers.PLATFORM);
    Map<String, String> address =
        address(tx, business, platform, customer.get(Customers.PLATFORM_USER_ID));
    if (address.isEmpty()) {
      return Told.TRANSCRIPT;
    }
    outbox.enqueue(
        tx,
        conversationId,
        Platform.of(platform),
        address,
        List.of(new OutboundMessage(Storable.text(text), List.of())));
    return Told.OUTBOX;
  }

  private String write(Map<String, Object> meta) {
    try {
      return json.writeValueAsString(meta);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("metadata of plain values is always JSON", e);
    }
  }

  /** Wakes the outbox sender after the transaction that queued a notice committed. */
  public void sent(Told told) {
    if (told == Told.OUTBOX) {
      outbox.wake();
    }
  }

  /**
   * Where the customer's last message said replies go, without a button press's one-time id; empty
   * when the platform answers inline (the web chat) or nothing was ever received.
   */
  private static Map<String, String> address(
      DSLContext tx, long business, String platform, String userId) {
    Map<String, String> out = new LinkedHashMap<>();
    tx.resultQuery(
            "select key, value from jsonb_each_text((select payload -> 'address' from inbox"
                + " where business_id = {0} and conversation_key = {1}"
                + " and payload ->> 'delivery' = 'OUTBOX' order by id desc limit 1))",
            business, SessionKey.of(business, platform, userId))
        .fetch()
        .forEach(r -> out.put(r.get(0, String.class), r.get(1, String.class)));
    out.remove("callbackQueryId");
    return out;
  }
}
