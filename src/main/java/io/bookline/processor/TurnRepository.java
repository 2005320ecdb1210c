package io.bookline.processor;

import static io.bookline.db.Prepared.value;
import static io.bookline.db.Schema.Conversations;
import static io.bookline.db.Schema.Customers;
import static io.bookline.db.Schema.Inbox;
import static io.bookline.db.Schema.Messages;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bookline.booking.Reply;
import io.bookline.channel.InboundMessage;
import io.bookline.db.Prepared;
import io.bookline.db.Storable;
import io.bookline.db.Tx;
import io.bookline.session.Session;
import io.bookline.session.VersionConflict;
import io.bookline.understanding.Language;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Record4;
import org.jooq.impl.DSL;

/**
 * The rows a turn writes besides the session: customer, conversation, messages, inbox status; and
 * the stored answer of a message handled before.
 */
public final class TurnRepository {
  /** The metadata key of a bot line naming the booking its turn made or moved. */
  public static final String CALENDAR_FOR = "calendarFor";

  private final DSLContext db;
  private final ObjectMapper json;
  private final Clock clock;

  public TurnRepository(DSLContext db, ObjectMapper json, Clock clock) {
    this.db = db;
    this.json = json;
    this.clock = clock;
  }

  /**
   * @param botReturned a person gave the conversation back and the bot has not said it is back
   */
  record Identity(long customerId, long conversationId, String customerName, boolean botReturned) {}

  /**
   * Finds or creates the customer and conversation of a message's sender, in one statement (one
   * round trip for a new customer's first turn, ADR 0030), with the conversation's "bot returned"
   * mark (for a turn without a session, which has no copy of it). New rows take the app clock's
   * time, as the turn's messages do (ADR 0117), never the columns' default now().
   */
  Identity ensureConversation(Tx transaction, InboundMessage m) {
    return ensureConversation(transaction, m, null);
  }

  /**
   * As {@link #ensureConversation(Tx, InboundMessage)}, storing {@code language} on the customer in
   * the same statement (a first turn's language, without a write of its own); null keeps the stored
   * one.
   */
  Identity ensureConversation(Tx transaction, InboundMessage m, Language language) {
    Record4<Long, Long, String, Boolean> row =
        transaction
            .dsl()
            .resultQuery(
                """
                with c as (
                  insert into customers (business_id, platform, platform_user_id, language,
                                         created_at)
                  values ({0}, {1}, {2}, {4}, {3})
                  on conflict (business_id, platform, platform_user_id)
                  do update set platform_user_id = excluded.platform_user_id,
                                language = coalesce(excluded.language, customers.language)
                  returning id, name)
                insert into conversations (business_id, customer_id, platform, created_at,
                                           last_message_at)
                select {0}, c.id, {1}, {3}, {3} from c
                on conflict (business_id, platform, customer_id)
                do update set last_message_at = {3}
                returning customer_id, id, (select name from c), bot_returned
                """,
                DSL.val(m.businessId()),
                DSL.val(m.platform().id()),
                DSL.val(m.senderId()),
                DSL.val(clock.instant().atOffset(ZoneOffset.UTC)),
                DSL.val(language == null ? null : language.code(), String.class))
            .coerce(
                Conversations.CUSTOMER_ID,
                Conversations.ID,
                Customers.NAME,
                Conversations.BOT_RETURNED)
            .fetchSingle();
    return new Identity(
        row.value1(), row.value2(), row.value3(), Boolean.TRUE.equals(row.value4()));
  }

  /**
   * Whether an edit changes a message the customer has written after: the latest of the sender's
   * messages whose inbox row names it ({@link InboundMessage#MESSAGE}, in the address the inbox
   * keeps) is another message. Edits name no message of their own and rows recorded before messages
   * were named are passed over; with none left, the edit is taken as a correction.
   */
  boolean editsAnEarlierMessage(InboundMessage edit) {
    String latest =
        db.resultQuery(
                LATEST_NAMED_MESSAGE,
                edit.platform().id(),
                edit.businessId(),
                edit.platform().id(),
                edit.senderId())
            .fetchOne(0, String.class);
    return latest != null && !latest.equals(edit.address().get(InboundMessage.EDITS));
  }

  // Customer and conversation by their unique keys, the conversation's messages newest first by
  // their index, each one's inbox row by its unique key: an edit costs a few index lookups.
  private static final String LATEST_NAMED_MESSAGE =
      """
      select i.payload -> 'address' ->> 'message'
        from customers c
        join conversations v
          on v.business_id = c.business_id and v.platform = c.platform and v.customer_id = c.id
        join messages m on m.conversation_id = v.id and m.direction = 'in'
        join inbox i on i.platform = ? and i.platform_message_id = m.platform_message_id
       where c.business_id = ? and c.platform = ? and c.platform_user_id = ?
         and i.payload -> 'address' ->> 'message' is not null
       order by m.id desc
       limit 1
      """;

  /** The language stored on the sender's customer row, if there is a row and it has one. */
  Optional<Language> storedLanguage(InboundMessage m) {
    String code =
        db.select(Customers.LANGUAGE)
            .from(Customers.T)
            .where(Customers.BUSINESS_ID.eq(m.businessId()))
            .and(Customers.PLATFORM.eq(m.platform().id()))
            .and(Customers.PLATFORM_USER_ID.eq(m.senderId()))
            .fetchOne(Customers.LANGUAGE);
    return Language.fromCode(code);
  }

  /**
   * Stores the customer's language (a no-op write when it is already that one), with the turn's
   * other writes.
   */
  void rememberLanguage(Tx tx, long customerId, Language language) {
    tx.later(
        REMEMBER_LANGUAGE.with(language.code(), customerId, language.code()), TurnRepository::any);
  }

  private static final Prepared REMEMBER_LANGUAGE =
      Prepared.of(
          DSL.update(Customers.T)
              .set(Customers.LANGUAGE, value("language", Customers.LANGUAGE))
              .where(Customers.ID.eq(value("customer", Customers.ID)))
              .and(Customers.LANGUAGE.isDistinctFrom(value("language'", Customers.LANGUAGE))),
          "language",
          "customer",
          "language'");

  /**
   * Checks, with the write that marks the conversation active, that a session's conversation still
   * exists and is the sender's own.
   *
   * <p>Held back with the turn's other writes ({@link Tx#later}); its check throws {@link
   * VersionConflict} when it is not: the session is stale and must be read from Postgres.
   */
  void claimConversation(Tx transaction, Session session, InboundMessage m) {
    transaction.later(
        CLAIM.with(
            clock.instant().atOffset(ZoneOffset.UTC),
            session.conversationId(),
            session.customerId(),
            m.businessId(),
            m.platform().id(),
            session.customerId(),
            m.businessId(),
            m.platform().id(),
            m.senderId()),
        rows -> {
          if (rows != 1) {
            throw new VersionConflict(session.key(), session.version());
          }
        });
  }

  private static final Prepared CLAIM =
      Prepared.of(
          DSL.update(Conversations.T)
              .set(Conversations.LAST_MESSAGE_AT, value("now", Conversations.LAST_MESSAGE_AT))
              .where(Conversations.ID.eq(value("conversation", Conversations.ID)))
              .and(Conversations.CUSTOMER_ID.eq(value("customer", Conversations.CUSTOMER_ID)))
              .and(Conversations.BUSINESS_ID.eq(value("business", Conversations.BUSINESS_ID)))
              .and(Conversations.PLATFORM.eq(value("platform", Conversations.PLATFORM)))
              .andExists(
                  DSL.selectOne()
                      .from(Customers.T)
                      .where(Customers.ID.eq(value("customer'", Customers.ID)))
                      .and(Customers.BUSINESS_ID.eq(value("business'", Customers.BUSINESS_ID)))
                      .and(Customers.PLATFORM.eq(value("platform'", Customers.PLATFORM)))
                      .and(
                          Customers.PLATFORM_USER_ID.eq(
                              value("sender", Customers.PLATFORM_USER_ID)))),
          "now",
          "conversation",
          "customer",
          "business",
          "platform",
          "customer'",
          "business'",
          "platform'",
          "sender");

  /**
   * Clears the conversation's "bot returned" mark with the turn's other writes, once the session's
   * copy of it was announced, so a later turn without a session does not announce it again.
   */
  void botAnnounced(Tx tx, long conversationId) {
    tx.later(BOT_ANNOUNCED.with(conversationId), TurnRepository::any);
  }

  private static final Prepared BOT_ANNOUNCED =
      Prepared.of(
          DSL.update(Conversations.T)
              .set(Conversations.BOT_RETURNED, DSL.inline(false))
              .where(Conversations.ID.eq(value("conversation", Conversations.ID)))
              .and(Conversations.BOT_RETURNED.isTrue()),
          "conversation");

  void inbound(
      Tx tx,
      long conversationId,
      InboundMessage m,
      String provider,
      String model,
      Map<String, Object> metadata) {
    tx.later(
        INBOUND.with(
            conversationId,
            m.text(),
            rawJson(m.rawPayload()),
            provider,
            model,
            JSONB.valueOf(write(metadata)),
            m.platformMessageId(),
            clock.instant().atOffset(ZoneOffset.UTC)),
        TurnRepository::any);
  }

  void outbound(Tx tx, long conversationId, List<Reply> replies) {
    outbound(tx, conversationId, replies, null);
  }

  /**
   * The bot's replies; the last of a turn that made or moved {@code booking} names it, so the web
   * chat's history offers that booking's calendar file under it again after a reload.
   */
  void outbound(Tx tx, long conversationId, List<Reply> replies, Long booking) {
    for (int i = 0; i < replies.size(); i++) {
      Reply r = replies.get(i);
      Map<String, Object> metadata = new LinkedHashMap<>();
      metadata.put("options", r.options());
      if (booking != null && i == replies.size() - 1) {
        metadata.put(CALENDAR_FOR, booking);
      }
      tx.later(
          OUTBOUND.with(
              conversationId,
              r.text(),
              JSONB.valueOf(write(metadata)),
              clock.instant().atOffset(ZoneOffset.UTC)),
          TurnRepository::any);
    }
  }

  private static final Prepared INBOUND =
      Prepared.of(
          DSL.insertInto(Messages.T)
              .set(Messages.CONVERSATION_ID, value("conversation", Messages.CONVERSATION_ID))
              .set(Messages.DIRECTION, DSL.inline("in"))
              .set(Messages.CONTENT_TEXT, value("text", Messages.CONTENT_TEXT))
              .set(Messages.RAW_MESSAGE, value("raw", Messages.RAW_MESSAGE))
              .set(Messages.PROVIDER, value("provider", Messages.PROVIDER))
              .set(Messages.MODEL, value("model", Messages.MODEL))
              .set(Messages.METADATA, value("metadata", Messages.METADATA))
              .set(
                  Messages.PLATFORM_MESSAGE_ID,
                  value("platform_message_id", Messages.PLATFORM_MESSAGE_ID))
              .set(Messages.CREATED_AT, value("at", Messages.CREATED_AT)),
          "conversation",
          "text",
          "raw",
          "provider",
          "model",
          "metadata",
          "platform_message_id",
          "at");

  private static final Prepared OUTBOUND =
      Prepared.of(
          DSL.insertInto(Messages.T)
              .set(Messages.CONVERSATION_ID, value("conversation", Messages.CONVERSATION_ID))
              .set(Messages.DIRECTION, DSL.inline("out"))
              .set(Messages.CONTENT_TEXT, value("text", Messages.CONTENT_TEXT))
              .set(Messages.PROVIDER, DSL.inline("bookline"))
              .set(Messages.METADATA, value("metadata", Messages.METADATA))
              .set(Messages.CREATED_AT, value("at", Messages.CREATED_AT)),
          "conversation",
          "text",
          "metadata",
          "at");

  /**
   * Marks the inbox row done with the replies, in the turn's transaction. Refuses when another turn
   * already did ({@link AlreadyHandled}) or when an earlier message of the conversation is still
   * waiting ({@link OutOfOrder}): the check rides on the write, so keeping order costs no read.
   */
  void inboxDone(Tx transaction, long inboxId, String conversationKey, List<Reply> replies) {
    transaction.later(
        InboxDone.STATEMENT.with(
            JSONB.valueOf(write(Map.of("replies", replies))),
            clock.instant().atOffset(ZoneOffset.UTC),
            inboxId,
            conversationKey),
        rows -> {
          if (rows != 1) {
            refused(transaction.dsl(), inboxId);
          }
        });
  }

  /** Why marking a row done changed nothing: another turn did it, or an earlier row waits. */
  private static void refused(DSLContext tx, long inboxId) {
    String status =
        tx.select(Inbox.STATUS).from(Inbox.T).where(Inbox.ID.eq(inboxId)).fetchOne(Inbox.STATUS);
    if ("done".equals(status)) {
      throw new AlreadyHandled(inboxId);
    }
    throw new OutOfOrder(inboxId);
  }

  /** The check of a write whose row count does not matter. */
  private static void any(int rows) {}

  /** The stored answer of a message handled before, or null if it is not done. */
  StoredResult storedResult(long inboxId) {
    var r =
        db.select(Inbox.STATUS, Inbox.RESULT).from(Inbox.T).where(Inbox.ID.eq(inboxId)).fetchOne();
    if (r == null || !"done".equals(r.value1())) {
      return null;
    }
    try {
      StoredResult stored =
          r.value2() == null ? null : json.readValue(r.value2().data(), StoredResult.class);
      return stored == null ? new StoredResult(List.of()) : stored;
    } catch (JsonProcessingException e) {
      return new StoredResult(List.of());
    }
  }

  record StoredResult(List<Reply> replies) {}

  /** The raw payload as jsonb can hold it; the inbox keeps the exact bytes (ADR 0019). */
  private JSONB rawJson(String raw) {
    return raw == null ? null : JSONB.valueOf(Storable.json(json, raw));
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
