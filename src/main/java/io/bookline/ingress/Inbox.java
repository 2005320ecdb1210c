package io.bookline.ingress;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bookline.channel.Delivery;
import io.bookline.channel.InboundMessage;
import io.bookline.channel.Platform;
import io.bookline.db.Schema;
import io.bookline.session.SessionKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.JSONB;

/**
 * The durable record of every acknowledged message. A message is recorded before the platform gets
 * its 200; the unique (platform, message id) key makes a redelivery a no-op.
 */
public final class Inbox {
  private final DSLContext db;
  private final ObjectMapper json;
  private final Clock clock;

  public Inbox(DSLContext db, ObjectMapper json, Clock clock) {
    this.db = db;
    this.json = json;
    this.clock = clock;
  }

  /** A recorded message: its row id and whether this call created it. */
  public record Recorded(long id, boolean isNew) {}

  /** A recorded message that was never finished, for start-up recovery. */
  public record Pending(long id, InboundMessage message) {}

  public Recorded record(InboundMessage m) {
    Long id =
        db.insertInto(Schema.Inbox.T)
            .set(Schema.Inbox.PLATFORM, m.platform().id())
            .set(Schema.Inbox.PLATFORM_MESSAGE_ID, m.platformMessageId())
            .set(Schema.Inbox.BUSINESS_ID, m.businessId())
            .set(Schema.Inbox.SENDER_ID, m.senderId())
            .set(Schema.Inbox.CONVERSATION_KEY, conversationKey(m))
            .set(Schema.Inbox.SENT_AT, m.sentAt().atOffset(ZoneOffset.UTC))
            .set(Schema.Inbox.RECEIVED_AT, clock.instant().atOffset(ZoneOffset.UTC))
            .set(Schema.Inbox.PAYLOAD, JSONB.valueOf(payloadJson(m)))
            .onConflictDoNothing()
            .returningResult(Schema.Inbox.ID)
            .fetchOne(Schema.Inbox.ID);
    if (id != null) {
      return new Recorded(id, true);
    }
    long existing =
        db.select(Schema.Inbox.ID)
            .from(Schema.Inbox.T)
            .where(Schema.Inbox.PLATFORM.eq(m.platform().id()))
            .and(Schema.Inbox.PLATFORM_MESSAGE_ID.eq(m.platformMessageId()))
            .fetchSingle(Schema.Inbox.ID);
    return new Recorded(existing, false);
  }

  /** The session key of a message's conversation. */
  public static String conversationKey(InboundMessage m) {
    return SessionKey.of(m.businessId(), m.platform().id(), m.senderId());
  }

  /** A conversation's waiting messages in the order the customer sent them. */
  public List<Pending> waiting(String conversationKey, int limit) {
    return db.select(Schema.Inbox.ID, Schema.Inbox.PAYLOAD)
        .from(Schema.Inbox.T)
        .where(Schema.Inbox.CONVERSATION_KEY.eq(conversationKey))
        .and(Schema.Inbox.STATUS.eq("received"))
        .orderBy(Schema.Inbox.SENT_AT, Schema.Inbox.ID)
        .limit(limit)
        .fetch(r -> new Pending(r.value1(), fromJson(r.value2().data())));
  }

  /** Messages acknowledged but not finished (a crash between the 200 and the commit). */
  public List<Pending> unfinished(int limit) {
    return unfinished(limit, clock.instant());
  }

  /**
   * Unfinished messages received at or before {@code before}, oldest first. Both sides of the
   * comparison are this clock's time: {@link #record} stamps the row with it.
   */
  public List<Pending> unfinished(int limit, Instant before) {
    return db.select(Schema.Inbox.ID, Schema.Inbox.PAYLOAD)
        .from(Schema.Inbox.T)
        .where(Schema.Inbox.STATUS.eq("received"))
        .and(Schema.Inbox.RECEIVED_AT.le(before.atOffset(ZoneOffset.UTC)))
        .orderBy(Schema.Inbox.SENT_AT, Schema.Inbox.ID)
        .limit(limit)
        .fetch(r -> new Pending(r.value1(), fromJson(r.value2().data())));
  }

  // The inbox keeps the parsed message so recovery does not need the platform adapters.
  private String payloadJson(InboundMessage m) {
    var node = json.createObjectNode();
    node.put("platform", m.platform().id());
    node.put("businessId", m.businessId());
    node.put("senderId", m.senderId());
    node.put("platformMessageId", m.platformMessageId());
    node.put("text", m.text());
    node.put("sentAt", m.sentAt().toString());
    node.put("raw", m.rawPayload());
    node.put("kind", m.kind().name());
    node.set("address", json.valueToTree(m.address()));
    node.put("delivery", m.delivery().name());
    return node.toString();
  }

  private InboundMessage fromJson(String payload) {
    try {
      JsonNode n = json.readTree(payload);
      return new InboundMessage(
          Platform.of(n.get("platform").asText()),
          n.get("businessId").asLong(),
          n.get("senderId").asText(),
          n.get("platformMessageId").asText(),
          n.get("text").asText(),
          Instant.parse(n.get("sentAt").asText()),
          n.get("raw").isNull() ? null : n.get("raw").asText(),
          n.hasNonNull("kind")
              ? InboundMessage.Kind.valueOf(n.get("kind").asText())
              : InboundMessage.Kind.TEXT,
          n.hasNonNull("address")
              ? json.convertValue(n.get("address"), new TypeReference<Map<String, String>>() {})
              : Map.of(),
          // Rows recorded before deliveries were kept: the message's constructor decides.
          n.hasNonNull("delivery") ? Delivery.valueOf(n.get("delivery").asText()) : null);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable inbox payload", e);
    }
  }
}
