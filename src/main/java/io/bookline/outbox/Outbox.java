package io.bookline.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bookline.channel.OutboundMessage;
import io.bookline.channel.Platform;
import io.bookline.db.Schema;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.impl.DSL;

/**
 * The durable outbound queue. Rows are written in the turn's transaction, so a reply exists exactly
 * when its turn committed; the sender claims due rows with a lease, one conversation's rows in
 * order, and marks each sent or dead.
 */
public final class Outbox {
  /** A claimed row is left alone by other senders this long (a crashed sender's rows come back). */
  static final Duration LEASE = Duration.ofMinutes(2);

  private final DSLContext db;
  private final Clock clock;
  private final ObjectMapper json;
  private final Semaphore work = new Semaphore(0);

  public Outbox(DSLContext db, Clock clock, ObjectMapper json) {
    this.db = db;
    this.clock = clock;
    this.json = json;
  }

  /** Tells the sender that rows were committed, so it need not wait for its next poll. */
  public void wake() {
    work.release();
  }

  /** Waits until {@link #wake()} or the timeout, whichever is first. */
  boolean awaitWork(Duration timeout) throws InterruptedException {
    boolean woken = work.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS);
    work.drainPermits();
    return woken;
  }

  /** A row to send. */
  public record Item(
      long id,
      long conversationId,
      Platform platform,
      String kind,
      Map<String, String> address,
      OutboundMessage message,
      int attempts) {}

  /**
   * Queues replies (and a button-press acknowledgement first, where there is one) in the turn's
   * transaction.
   */
  public void enqueue(
      DSLContext tx,
      long conversationId,
      Platform platform,
      Map<String, String> address,
      List<OutboundMessage> replies) {
    if (address.containsKey("callbackQueryId")) {
      insert(tx, conversationId, platform, payload("ack", address, null));
    }
    for (OutboundMessage r : replies) {
      insert(tx, conversationId, platform, payload("reply", address, r));
    }
  }

  private void insert(DSLContext tx, long conversationId, Platform platform, String payload) {
    tx.insertInto(Schema.Outbox.T)
        .set(Schema.Outbox.CONVERSATION_ID, conversationId)
        .set(Schema.Outbox.PLATFORM, platform.id())
        .set(Schema.Outbox.PAYLOAD, JSONB.valueOf(payload))
        .set(Schema.Outbox.NEXT_ATTEMPT_AT, clock.instant().atOffset(ZoneOffset.UTC))
        .execute();
  }

  private String payload(String kind, Map<String, String> address, OutboundMessage m) {
    ObjectNode n = json.createObjectNode();
    n.put("kind", kind);
    n.set("address", json.valueToTree(address));
    if (m != null) {
      n.put("text", m.text());
      n.set("options", json.valueToTree(m.options()));
    }
    return n.toString();
  }

  /**
   * Claims up to {@code limit} due rows, at most the oldest pending one per conversation (so
   * replies go out in order even with several senders), leasing them for {@link #LEASE}.
   */
  public List<Item> claim(int limit) {
    Instant now = clock.instant();
    var earlier = Schema.Outbox.T.as("earlier");
    var earlierConversation = DSL.field(DSL.name("earlier", "conversation_id"), Long.class);
    var earlierStatus = DSL.field(DSL.name("earlier", "status"), String.class);
    var earlierId = DSL.field(DSL.name("earlier", "id"), Long.class);
    var due =
        DSL.select(Schema.Outbox.ID)
            .from(Schema.Outbox.T)
            .where(Schema.Outbox.STATUS.eq("pending"))
            .and(Schema.Outbox.NEXT_ATTEMPT_AT.le(now.atOffset(ZoneOffset.UTC)))
            .andNotExists(
                DSL.selectOne()
                    .from(earlier)
                    .where(earlierConversation.eq(Schema.Outbox.CONVERSATION_ID))
                    .and(earlierStatus.eq("pending"))
                    .and(earlierId.lt(Schema.Outbox.ID)))
            .orderBy(Schema.Outbox.ID)
            .limit(limit)
            .forUpdate()
            .skipLocked();
    return db.update(Schema.Outbox.T)
        .set(Schema.Outbox.NEXT_ATTEMPT_AT, now.plus(LEASE).atOffset(ZoneOffset.UTC))
        .where(Schema.Outbox.ID.in(due))
        .returningResult(
            Schema.Outbox.ID,
            Schema.Outbox.CONVERSATION_ID,
            Schema.Outbox.PLATFORM,
            Schema.Outbox.PAYLOAD,
            Schema.Outbox.ATTEMPTS)
        .fetch(r -> item(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
  }

  private Item item(long id, long conversation, String platform, JSONB payload, int attempts) {
    try {
      JsonNode n = json.readTree(payload.data());
      Map<String, String> address =
          json.convertValue(n.get("address"), new TypeReference<Map<String, String>>() {});
      OutboundMessage m = null;
      if (n.has("text")) {
        List<String> options =
            json.convertValue(n.get("options"), new TypeReference<List<String>>() {});
        m = new OutboundMessage(n.get("text").asText(), options);
      }
      return new Item(
          id,
          conversation,
          Platform.valueOf(platform.toUpperCase(Locale.ROOT)),
          n.path("kind").asText("reply"),
          address,
          m,
          attempts);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable outbox row " + id, e);
    }
  }

  public void sent(long id, int attempts) {
    db.update(Schema.Outbox.T)
        .set(Schema.Outbox.STATUS, "sent")
        .set(Schema.Outbox.ATTEMPTS, Schema.Outbox.ATTEMPTS.plus(attempts))
        .set(Schema.Outbox.SENT_AT, clock.instant().atOffset(ZoneOffset.UTC))
        .where(Schema.Outbox.ID.eq(id))
        .execute();
  }

  public void dead(long id, int attempts, String error) {
    db.update(Schema.Outbox.T)
        .set(Schema.Outbox.STATUS, "dead")
        .set(Schema.Outbox.ATTEMPTS, Schema.Outbox.ATTEMPTS.plus(attempts))
        .set(Schema.Outbox.LAST_ERROR, error)
        .where(Schema.Outbox.ID.eq(id))
        .execute();
  }

  /** Puts a row back in the queue for a later claim (the platform asked us to wait long). */
  public void later(long id, int attempts, String error, Duration wait) {
    db.update(Schema.Outbox.T)
        .set(Schema.Outbox.ATTEMPTS, Schema.Outbox.ATTEMPTS.plus(attempts))
        .set(Schema.Outbox.LAST_ERROR, error)
        .set(Schema.Outbox.NEXT_ATTEMPT_AT, clock.instant().plus(wait).atOffset(ZoneOffset.UTC))
        .where(Schema.Outbox.ID.eq(id))
        .execute();
  }

  /** One business's dead-lettered rows, newest first, for the admin API. */
  public List<Map<String, Object>> dead(long businessId, int limit) {
    return db.select(
            Schema.Outbox.ID,
            Schema.Outbox.CONVERSATION_ID,
            Schema.Outbox.PLATFORM,
            Schema.Outbox.ATTEMPTS,
            Schema.Outbox.LAST_ERROR,
            Schema.Outbox.PAYLOAD)
        .from(Schema.Outbox.T)
        .where(Schema.Outbox.STATUS.eq("dead"))
        .and(ofBusiness(businessId))
        .orderBy(Schema.Outbox.ID.desc())
        .limit(limit)
        .fetch(
            r -> {
              Map<String, Object> m = new LinkedHashMap<>();
              m.put("id", r.value1());
              m.put("conversation", r.value2());
              m.put("platform", r.value3());
              m.put("attempts", r.value4());
              m.put("lastError", r.value5());
              try {
                m.put("text", json.readTree(r.value6().data()).path("text").asText(null));
              } catch (JsonProcessingException e) {
                m.put("text", null);
              }
              return m;
            });
  }

  /** Queues one of the business's dead rows again; false if it has no such dead row. */
  public boolean retry(long businessId, long id) {
    return db.update(Schema.Outbox.T)
            .set(Schema.Outbox.STATUS, "pending")
            .set(Schema.Outbox.NEXT_ATTEMPT_AT, clock.instant().atOffset(ZoneOffset.UTC))
            .where(Schema.Outbox.ID.eq(id))
            .and(Schema.Outbox.STATUS.eq("dead"))
            .and(ofBusiness(businessId))
            .execute()
        == 1;
  }

  /** Rows of the business's conversations. */
  private static Condition ofBusiness(long businessId) {
    return Schema.Outbox.CONVERSATION_ID.in(
        DSL.select(Schema.Conversations.ID)
            .from(Schema.Conversations.T)
            .where(Schema.Conversations.BUSINESS_ID.eq(businessId)));
  }
}
