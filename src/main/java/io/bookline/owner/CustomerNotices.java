package io.bookline.owner;

import static io.bookline.db.Schema.Businesses;
import static io.bookline.db.Schema.Conversations;
import static io.bookline.db.Schema.Customers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bookline.channel.Channels;
import io.bookline.channel.Initiated;
import io.bookline.channel.Initiative;
import io.bookline.channel.OutboundMessage;
import io.bookline.channel.Platform;
import io.bookline.db.Schema;
import io.bookline.db.Storable;
import io.bookline.outbox.Outbox;
import io.bookline.session.SessionKey;
import io.bookline.wording.Messages;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * What a person at the business says to a chat customer: a booking the owner changed, a reply in a
 * handed-off conversation. The message is stored in the transcript as an outbound message with
 * {@code metadata.author = "staff"} and, where the platform takes messages we start (WhatsApp,
 * Telegram, Messenger), queued in the outbox in the same transaction, addressed as the customer's
 * last message was. The web chat answers only inside its own requests, so there it is in the
 * transcript alone (ADR 0032). Whether and how it is sent is the platform's rule for messages the
 * business starts ({@code Channel.initiate}, ADR 0035): never WhatsApp free text outside the
 * 24-hour window, Messenger's booking tag outside it, and no booking notice to a customer who opted
 * out; what is not sent is still in the transcript, with {@code metadata.skipped}.
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
  private final Channels channels;
  private final Clock clock;

  /**
   * @param channels whose rules say how a message the business starts may go out (issue 16)
   */
  public CustomerNotices(Outbox outbox, ObjectMapper json, Channels channels, Clock clock) {
    this.outbox = outbox;
    this.json = json;
    this.channels = channels;
    this.clock = clock;
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
                Customers.SUPPRESSED_REASON,
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
    return say(
        tx,
        business,
        c.get(Conversations.ID),
        c,
        text,
        metadata,
        Initiative.Purpose.BOOKING_CHANGE,
        c.get(Customers.SUPPRESSED_REASON));
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
    // A person answering the customer: a reply, so an opt-out does not hold it back, but the
    // platform's window does (never free text outside it).
    return say(
        tx, business, conversationId, c, text, Map.of(), Initiative.Purpose.STAFF_MESSAGE, null);
  }

  private Told say(
      DSLContext tx,
      long business,
      long conversationId,
      Record customer,
      String text,
      Map<String, Object> metadata,
      Initiative.Purpose purpose,
      String suppressed) {
    String platform = customer.get(Customers.PLATFORM);
    Last last = last(tx, business, platform, customer.get(Customers.PLATFORM_USER_ID));
    Initiated how;
    if (last.address().isEmpty()) {
      how = new Initiated.Transcript();
    } else if (suppressed != null) {
      how = new Initiated.Skip(suppressed);
    } else {
      how =
          channels
              .find(platform)
              .map(
                  ch ->
                      ch.initiate(
                          new Initiative(
                              purpose,
                              last.address(),
                              last.at(),
                              clock.instant(),
                              Optional.empty(),
                              Map.of())))
              .orElse(new Initiated.Skip("no_channel"));
    }
    Map<String, Object> meta = new LinkedHashMap<>(metadata);
    meta.put("author", "staff");
    if (how instanceof Initiated.Skip skip) {
      meta.put("skipped", skip.reason());
    }
    tx.insertInto(Schema.Messages.T)
        .set(Schema.Messages.CONVERSATION_ID, conversationId)
        .set(Schema.Messages.DIRECTION, "out")
        .set(Schema.Messages.CONTENT_TEXT, Storable.text(text))
        .set(Schema.Messages.PROVIDER, "staff")
        .set(Schema.Messages.CREATED_AT, clock.instant().atOffset(ZoneOffset.UTC))
        .set(Schema.Messages.METADATA, JSONB.valueOf(write(meta)))
        .execute();
    if (!(how instanceof Initiated.Send send)) {
      return Told.TRANSCRIPT;
    }
    outbox.enqueue(
        tx,
        conversationId,
        Platform.of(platform),
        send.address(),
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

  /** Where and when the customer last wrote. */
  private record Last(Map<String, String> address, Instant at) {}

  /**
   * Where the customer's last message said replies go, without a button press's one-time id (empty
   * when the platform answers inline, the web chat, or nothing was ever received), and when the
   * customer last wrote, for the platform's window.
   */
  private static Last last(DSLContext tx, long business, String platform, String userId) {
    Map<String, String> out = new LinkedHashMap<>();
    String key = SessionKey.of(business, platform, userId);
    tx.resultQuery(
            "select key, value from jsonb_each_text((select payload -> 'address' from inbox"
                + " where business_id = {0} and conversation_key = {1}"
                + " and payload ->> 'delivery' = 'OUTBOX' order by id desc limit 1))",
            business, key)
        .fetch()
        .forEach(r -> out.put(r.get(0, String.class), r.get(1, String.class)));
    out.remove("callbackQueryId");
    OffsetDateTime at =
        tx.select(DSL.max(Schema.Inbox.SENT_AT))
            .from(Schema.Inbox.T)
            .where(Schema.Inbox.BUSINESS_ID.eq(business))
            .and(Schema.Inbox.CONVERSATION_KEY.eq(key))
            .fetchOne(0, OffsetDateTime.class);
    return new Last(out, at == null ? null : at.toInstant());
  }
}
