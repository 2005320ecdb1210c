package io.bookline.outbox;

import io.bookline.channel.Platform;
import io.bookline.db.Schema;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.conf.SettingsTools;
import org.jooq.conf.StatementType;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The claim: due rows leased to this instance, at most the oldest pending one per conversation (so
 * replies go out in order even with several senders), in one statement written so that no plan can
 * be slow (ADR 0039, 0040). A row no sender can read is dead-lettered on the way.
 */
final class Claims {
  /** Its lines were always the outbox's. */
  private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);

  /** What {@link #claim} sets for its own transaction only: an index scan of the due rows. */
  static final String NO_BITMAP_SCANS =
      "select set_config('enable_bitmapscan', 'off', true), set_config('enable_seqscan', 'off', true)";

  /** The database, with every value written into the statement: planned at each run. */
  private final DSLContext planned;

  private final Clock clock;
  private final Duration lease;
  private final String owner;
  private final OutboxPayload payloads;

  /** Told of each row dead-lettered because its payload cannot be read. */
  private final Consumer<Platform> deadLettered;

  Claims(
      DSLContext db,
      Clock clock,
      Duration lease,
      String owner,
      OutboxPayload payloads,
      Consumer<Platform> deadLettered) {
    this.planned =
        DSL.using(
            db.configuration()
                .derive(
                    SettingsTools.clone(db.settings())
                        .withStatementType(StatementType.STATIC_STATEMENT)));
    this.clock = clock;
    this.lease = lease;
    this.owner = owner;
    this.payloads = payloads;
    this.deadLettered = deadLettered;
  }

  /**
   * Claims up to {@code limit} due rows, leasing them to this instance for a lease.
   *
   * <p>"The oldest pending of its conversation" is a scalar subquery, which Postgres always runs as
   * one index probe per candidate, where the {@code NOT EXISTS} it replaces let a plan made on
   * stale statistics (an outbox that was empty a minute ago) compare every pending row with every
   * other, 25 s a claim at 8,000 pending. It goes with its values written in ({@link #planned}), so
   * each claim is planned for the table as it is now.
   *
   * <p>It walks the due rows in the order they fell due, through {@code outbox_due_idx}, and stops
   * at {@code limit}; bitmap and sequential scans are off for its transaction (ADR 0040). A burst
   * leaves a dead entry per reply in that index (its version before the lease) until a vacuum. A
   * bitmap scan, which Postgres picks while its statistics still describe a small outbox, reads
   * every one of them at every claim (630 buffers a claim in the side-by-side run); a plain index
   * scan marks a dead entry as it meets it, so later claims skip it.
   */
  List<Outbox.Item> claim(int limit) {
    Instant now = clock.instant();
    var head = Schema.Outbox.T.as("head");
    var headConversation = DSL.field(DSL.name("head", "conversation_id"), Long.class);
    var headStatus = DSL.field(DSL.name("head", "status"), String.class);
    var headId = DSL.field(DSL.name("head", "id"), Long.class);
    var due =
        DSL.select(Schema.Outbox.ID)
            .from(Schema.Outbox.T)
            .where(Schema.Outbox.STATUS.eq(DSL.inline("pending")))
            .and(Schema.Outbox.NEXT_ATTEMPT_AT.le(now.atOffset(ZoneOffset.UTC)))
            .and(
                Schema.Outbox.ID.eq(
                    DSL.field(
                        DSL.select(DSL.min(headId))
                            .from(head)
                            .where(headConversation.eq(Schema.Outbox.CONVERSATION_ID))
                            .and(headStatus.eq(DSL.inline("pending"))))))
            .orderBy(Schema.Outbox.NEXT_ATTEMPT_AT)
            .limit(limit)
            .forUpdate()
            .skipLocked();
    return planned.transactionResult(
        c -> {
          DSLContext tx = c.dsl();
          tx.execute(NO_BITMAP_SCANS);
          return claimed(tx, due, now);
        });
  }

  private List<Outbox.Item> claimed(DSLContext tx, Select<Record1<Long>> due, Instant now) {
    var rows =
        tx.update(Schema.Outbox.T)
            .set(Schema.Outbox.NEXT_ATTEMPT_AT, now.plus(lease).atOffset(ZoneOffset.UTC))
            .set(Schema.Outbox.LEASE_OWNER, owner)
            .where(Schema.Outbox.ID.in(due))
            .returningResult(
                Schema.Outbox.ID,
                Schema.Outbox.CONVERSATION_ID,
                Schema.Outbox.PLATFORM,
                Schema.Outbox.PAYLOAD,
                Schema.Outbox.ATTEMPTS,
                Schema.Outbox.WINDOW_FROM)
            .fetch();
    List<Outbox.Item> items = new ArrayList<>();
    for (var r : rows) {
      try {
        items.add(
            item(
                r.value1(),
                r.value2(),
                r.value3(),
                r.value4(),
                r.value5(),
                r.value6().toInstant()));
      } catch (RuntimeException unreadable) {
        // One row no sender can read must not stop every claim: it is set aside for the owner.
        LOG.warn("reply {} dead-lettered: its queued payload cannot be read", r.value1());
        tx.update(Schema.Outbox.T)
            .set(Schema.Outbox.STATUS, "dead")
            .set(Schema.Outbox.LAST_ERROR, "unreadable payload: " + unreadable.getMessage())
            .setNull(Schema.Outbox.LEASE_OWNER)
            .where(Schema.Outbox.ID.eq(r.value1()))
            .execute();
        deadLettered.accept(Platform.of(r.value3()));
      }
    }
    return items;
  }

  private Outbox.Item item(
      long id,
      long conversation,
      String platform,
      JSONB payload,
      int attempts,
      Instant windowFrom) {
    OutboxPayload.Read read = payloads.read(id, payload);
    return new Outbox.Item(
        id,
        conversation,
        Platform.valueOf(platform.toUpperCase(Locale.ROOT)),
        read.kind(),
        read.address(),
        read.message(),
        attempts,
        windowFrom,
        read.requestId());
  }
}
