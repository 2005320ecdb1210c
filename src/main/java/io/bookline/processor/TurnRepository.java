package io.bookline.processor;

import static io.bookline.db.Schema.Conversations;
import static io.bookline.db.Schema.Customers;
import static io.bookline.db.Schema.Inbox;
import static io.bookline.db.Schema.Messages;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bookline.booking.Reply;
import io.bookline.channel.InboundMessage;
import io.bookline.db.Storable;
import io.bookline.db.Tx;
import io.bookline.session.Session;
import io.bookline.session.VersionConflict;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Record2;
import org.jooq.impl.DSL;

/**
 * The rows a turn writes besides the session: customer, conversation, messages, inbox status; and
 * the stored answer of a message handled before.
 */
public final class TurnRepository {
  private final DSLContext db;
  private final ObjectMapper json;
  private final Clock clock;

  public TurnRepository(DSLContext db, ObjectMapper json, Clock clock) {
    this.db = db;
    this.json = json;
    this.clock = clock;
  }

  record Identity(long customerId, long conversationId, String customerName) {}

  /** Finds or creates the customer and conversation of a message's sender. */
  Identity ensureConversation(Tx transaction, InboundMessage m) {
    DSLContext tx = transaction.dsl();
    Record2<Long, String> customer =
        tx.insertInto(Customers.T)
            .set(Customers.BUSINESS_ID, m.businessId())
            .set(Customers.PLATFORM, m.platform().id())
            .set(Customers.PLATFORM_USER_ID, m.senderId())
            .onConflict(Customers.BUSINESS_ID, Customers.PLATFORM, Customers.PLATFORM_USER_ID)
            .doUpdate()
            .set(Customers.PLATFORM_USER_ID, m.senderId())
            .returningResult(Customers.ID, Customers.NAME)
            .fetchOne();
    long customerId = customer.value1();
    long conversationId =
        tx.insertInto(Conversations.T)
            .set(Conversations.BUSINESS_ID, m.businessId())
            .set(Conversations.CUSTOMER_ID, customerId)
            .set(Conversations.PLATFORM, m.platform().id())
            .onConflict(
                Conversations.BUSINESS_ID, Conversations.PLATFORM, Conversations.CUSTOMER_ID)
            .doUpdate()
            .set(Conversations.LAST_MESSAGE_AT, clock.instant().atOffset(ZoneOffset.UTC))
            .returningResult(Conversations.ID)
            .fetchOne()
            .value1();
    return new Identity(customerId, conversationId, customer.value2());
  }

  /**
   * Checks, with the write that marks the conversation active, that a session's conversation still
   * exists and is the sender's own.
   *
   * @throws VersionConflict when it is not: the session is stale and must be read from Postgres
   */
  void claimConversation(Tx transaction, Session session, InboundMessage m) {
    int rows =
        transaction
            .dsl()
            .update(Conversations.T)
            .set(Conversations.LAST_MESSAGE_AT, clock.instant().atOffset(ZoneOffset.UTC))
            .where(Conversations.ID.eq(session.conversationId()))
            .and(Conversations.CUSTOMER_ID.eq(session.customerId()))
            .and(Conversations.BUSINESS_ID.eq(m.businessId()))
            .and(Conversations.PLATFORM.eq(m.platform().id()))
            .andExists(
                DSL.selectOne()
                    .from(Customers.T)
                    .where(Customers.ID.eq(session.customerId()))
                    .and(Customers.BUSINESS_ID.eq(m.businessId()))
                    .and(Customers.PLATFORM.eq(m.platform().id()))
                    .and(Customers.PLATFORM_USER_ID.eq(m.senderId())))
            .execute();
    if (rows != 1) {
      throw new VersionConflict(session.key(), session.version());
    }
  }

  void inbound(
      Tx tx,
      long conversationId,
      InboundMessage m,
      String provider,
      String model,
      Map<String, Object> metadata) {
    tx.dsl()
        .insertInto(Messages.T)
        .set(Messages.CONVERSATION_ID, conversationId)
        .set(Messages.DIRECTION, "in")
        .set(Messages.CONTENT_TEXT, m.text())
        .set(Messages.RAW_MESSAGE, rawJson(m.rawPayload()))
        .set(Messages.PROVIDER, provider)
        .set(Messages.MODEL, model)
        .set(Messages.METADATA, JSONB.valueOf(write(metadata)))
        .set(Messages.PLATFORM_MESSAGE_ID, m.platformMessageId())
        .execute();
  }

  void outbound(Tx tx, long conversationId, List<Reply> replies) {
    for (Reply r : replies) {
      tx.dsl()
          .insertInto(Messages.T)
          .set(Messages.CONVERSATION_ID, conversationId)
          .set(Messages.DIRECTION, "out")
          .set(Messages.CONTENT_TEXT, r.text())
          .set(Messages.PROVIDER, "bookline")
          .set(Messages.METADATA, JSONB.valueOf(write(Map.of("options", r.options()))))
          .execute();
    }
  }

  /**
   * Marks the inbox row done with the replies, in the turn's transaction. Refuses when another turn
   * already did ({@link AlreadyHandled}) or when an earlier message of the conversation is still
   * waiting ({@link OutOfOrder}): the check rides on the write, so keeping order costs no read.
   */
  void inboxDone(Tx transaction, long inboxId, String conversationKey, List<Reply> replies) {
    DSLContext tx = transaction.dsl();
    var earlier = Inbox.T.as("earlier");
    var earlierKey =
        DSL.field(DSL.name("earlier", "conversation_key"), Inbox.CONVERSATION_KEY.getDataType());
    var earlierStatus = DSL.field(DSL.name("earlier", "status"), Inbox.STATUS.getDataType());
    var earlierSent = DSL.field(DSL.name("earlier", "sent_at"), Inbox.SENT_AT.getDataType());
    var earlierId = DSL.field(DSL.name("earlier", "id"), Inbox.ID.getDataType());
    int rows =
        tx.update(Inbox.T)
            .set(Inbox.STATUS, "done")
            .set(Inbox.RESULT, JSONB.valueOf(write(Map.of("replies", replies))))
            .set(Inbox.PROCESSED_AT, clock.instant().atOffset(ZoneOffset.UTC))
            .where(Inbox.ID.eq(inboxId))
            .and(Inbox.STATUS.ne("done"))
            .andNotExists(
                DSL.selectOne()
                    .from(earlier)
                    .where(earlierKey.eq(conversationKey))
                    .and(earlierStatus.eq("received"))
                    .and(
                        earlierSent
                            .lt(Inbox.SENT_AT)
                            .or(earlierSent.eq(Inbox.SENT_AT).and(earlierId.lt(Inbox.ID)))))
            .execute();
    if (rows != 1) {
      String status =
          tx.select(Inbox.STATUS).from(Inbox.T).where(Inbox.ID.eq(inboxId)).fetchOne(Inbox.STATUS);
      if ("done".equals(status)) {
        throw new AlreadyHandled(inboxId);
      }
      throw new OutOfOrder(inboxId);
    }
  }

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
