package io.bookline.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bookline.db.Schema;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.impl.DSL;

/**
 * The replies that could not be sent, as their business's owner sees them: listed newest first, and
 * queued again one by one or in bulk, due now with a fresh retry window (ADR 0028). Only the
 * business's own rows, whatever the ids asked for.
 */
public final class DeadLetters {
  private static final String DEAD = "dead";

  private final DSLContext db;
  private final Clock clock;
  private final ObjectMapper json;

  DeadLetters(DSLContext db, Clock clock, ObjectMapper json) {
    this.db = db;
    this.clock = clock;
    this.json = json;
  }

  /**
   * One business's dead-lettered rows, newest first, for the admin API: each with its text and the
   * id of the request or job run that queued it, which its send's log lines carry.
   */
  public List<Map<String, Object>> list(long businessId, int limit) {
    return db.select(
            Schema.Outbox.ID,
            Schema.Outbox.CONVERSATION_ID,
            Schema.Outbox.PLATFORM,
            Schema.Outbox.ATTEMPTS,
            Schema.Outbox.LAST_ERROR,
            Schema.Outbox.PAYLOAD)
        .from(Schema.Outbox.T)
        .where(Schema.Outbox.STATUS.eq(DEAD))
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
              JsonNode payload = readable(r.value6());
              m.put("text", payload.path("text").asText(null));
              // The id the send's log lines carry, to find them by (ADR 0060); null if none.
              m.put("requestId", payload.path("requestId").asText(null));
              return m;
            });
  }

  /** A row's payload, or an empty object when it cannot be read (the list still shows the row). */
  private JsonNode readable(JSONB payload) {
    try {
      return json.readTree(payload.data());
    } catch (JsonProcessingException e) {
      return json.createObjectNode();
    }
  }

  /**
   * Queues one of the business's dead rows again, due now with a fresh retry window; false if it
   * has no such dead row.
   */
  public boolean retry(long businessId, long id) {
    return requeue(db, businessId, DSL.condition(Schema.Outbox.ID.eq(id))).size() == 1;
  }

  /**
   * What a bulk retry did: the rows queued again, or, when some of the ids asked for are not dead
   * rows of the business, those ids, and nothing was queued.
   */
  public record Requeued(List<Long> ids, List<Long> unknown) {}

  /**
   * Queues dead rows of the business again, due now with a fresh retry window: those of {@code
   * ids}, all or none, or every one of them when {@code ids} is empty.
   */
  public Requeued retryAll(long businessId, Collection<Long> ids) {
    if (ids.isEmpty()) {
      return new Requeued(requeue(db, businessId, DSL.trueCondition()), List.of());
    }
    Set<Long> wanted = new java.util.TreeSet<>(ids);
    return db.transactionResult(
        cfg -> {
          DSLContext tx = cfg.dsl();
          Set<Long> found =
              new HashSet<>(
                  tx.select(Schema.Outbox.ID)
                      .from(Schema.Outbox.T)
                      .where(Schema.Outbox.ID.in(wanted))
                      .and(Schema.Outbox.STATUS.eq(DEAD))
                      .and(ofBusiness(businessId))
                      .orderBy(Schema.Outbox.ID)
                      .forUpdate()
                      .fetch(Schema.Outbox.ID));
          List<Long> unknown = wanted.stream().filter(id -> !found.contains(id)).toList();
          if (!unknown.isEmpty()) {
            return new Requeued(List.of(), unknown);
          }
          return new Requeued(
              requeue(tx, businessId, DSL.condition(Schema.Outbox.ID.in(wanted))), List.of());
        });
  }

  private List<Long> requeue(DSLContext tx, long businessId, Condition which) {
    var now = clock.instant().atOffset(ZoneOffset.UTC);
    return tx
        .update(Schema.Outbox.T)
        .set(Schema.Outbox.STATUS, "pending")
        .set(Schema.Outbox.NEXT_ATTEMPT_AT, now)
        .set(Schema.Outbox.WINDOW_FROM, now)
        .setNull(Schema.Outbox.LEASE_OWNER)
        .where(
            Schema.Outbox.ID.in(
                Outbox.lockedInOrder(
                    which.and(Schema.Outbox.STATUS.eq(DEAD)).and(ofBusiness(businessId)))))
        .returningResult(Schema.Outbox.ID)
        .fetch(r -> r.value1())
        .stream()
        .sorted()
        .toList();
  }

  /** Rows of the business's conversations. */
  private static Condition ofBusiness(long businessId) {
    return Schema.Outbox.CONVERSATION_ID.in(
        DSL.select(Schema.Conversations.ID)
            .from(Schema.Conversations.T)
            .where(Schema.Conversations.BUSINESS_ID.eq(businessId)));
  }
}
