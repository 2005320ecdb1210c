package io.bookline.session;

import static io.bookline.db.Prepared.value;
import static io.bookline.db.Schema.Sessions;

import io.bookline.db.Prepared;
import io.bookline.db.Schema;
import io.bookline.db.Tx;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * The source of truth: one row per conversation, written with a version check.
 *
 * <p>{@code expires_at} is exact and written by every turn; the clean-up finds expired rows by
 * {@code sweep_after}, an upper bound of it that a write moves only when {@code expires_at} has
 * gone past it, to {@code expires_at} plus {@link #SWEEP_SLACK} of the TTL. Most turns leave every
 * indexed column as it was, so Postgres updates the row in place (HOT, ADR 0112).
 */
public final class PostgresSessions {
  /** The share of the TTL by which {@code sweep_after} runs ahead of {@code expires_at}. */
  static final double SWEEP_SLACK = 0.25;

  private final DSLContext db;
  private final SessionCodec codec;
  private final Clock clock;

  public PostgresSessions(DSLContext db, SessionCodec codec, Clock clock) {
    this.db = db;
    this.codec = codec;
    this.clock = clock;
  }

  Optional<Session> load(String key) {
    Record r =
        db.select(Schema.columns(Sessions.class))
            .from(Sessions.T)
            .where(Sessions.SESSION_KEY.eq(key))
            .fetchOne();
    if (r == null) {
      return Optional.empty();
    }
    return Optional.of(
        new Session(
            key,
            r.get(Sessions.CONVERSATION_ID),
            r.get(Sessions.CUSTOMER_ID),
            codec.decode(r.get(Sessions.STATE).data()),
            r.get(Sessions.VERSION),
            r.get(Sessions.EXPIRES_AT).toInstant(),
            codec.decodeHistory(r.get(Sessions.HISTORY).data())));
  }

  /** Writes {@code next} with the turn; returns its state and history as they were written. */
  SessionCodec.Encoded write(Tx transaction, Session next) {
    long expected = next.version() - 1;
    SessionCodec.Encoded parts = codec.encodeParts(next);
    JSONB state = JSONB.valueOf(parts.state());
    JSONB history = JSONB.valueOf(parts.history());
    var now = clock.instant();
    var expires = next.expiresAt().atOffset(ZoneOffset.UTC);
    var sweep = sweepAfter(now, next.expiresAt()).atOffset(ZoneOffset.UTC);
    Prepared.Write write =
        expected == 0
            ? INSERT.with(
                next.key(),
                next.conversationId(),
                next.customerId(),
                state,
                history,
                next.version(),
                expires,
                sweep)
            : UPDATE.with(
                state,
                history,
                next.version(),
                expires,
                expires,
                sweep,
                now.atOffset(ZoneOffset.UTC),
                next.key(),
                expected);
    // Sent with the turn's other writes; the count, checked then, is the version check.
    transaction.later(
        write,
        rows -> {
          if (rows != 1) {
            throw new VersionConflict(next.key(), expected);
          }
        });
    return parts;
  }

  /**
   * Where {@code sweep_after} goes when a write must move it: {@code expires} plus {@link
   * #SWEEP_SLACK} of the time left until then (the TTL, for a turn's write).
   */
  static Instant sweepAfter(Instant now, Instant expires) {
    long left = Math.max(0, Duration.between(now, expires).toMillis());
    return expires.plusMillis((long) (left * SWEEP_SLACK));
  }

  private static final Prepared INSERT =
      Prepared.of(
          DSL.insertInto(Sessions.T)
              .set(Sessions.SESSION_KEY, value("key", Sessions.SESSION_KEY))
              .set(Sessions.CONVERSATION_ID, value("conversation", Sessions.CONVERSATION_ID))
              .set(Sessions.CUSTOMER_ID, value("customer", Sessions.CUSTOMER_ID))
              .set(Sessions.STATE, value("state", Sessions.STATE))
              .set(Sessions.HISTORY, value("history", Sessions.HISTORY))
              .set(Sessions.VERSION, value("version", Sessions.VERSION))
              .set(Sessions.EXPIRES_AT, value("expires", Sessions.EXPIRES_AT))
              .set(Sessions.SWEEP_AFTER, value("sweep", Sessions.SWEEP_AFTER))
              .onConflictDoNothing(),
          "key",
          "conversation",
          "customer",
          "state",
          "history",
          "version",
          "expires",
          "sweep");

  // sweep_after keeps its value while it is still at or past the new expires_at: an unchanged
  // indexed column, which Postgres compares by value, leaves the update HOT.

  private static final Prepared UPDATE =
      Prepared.of(
          DSL.update(Sessions.T)
              .set(Sessions.STATE, value("state", Sessions.STATE))
              .set(Sessions.HISTORY, value("history", Sessions.HISTORY))
              .set(Sessions.VERSION, value("version", Sessions.VERSION))
              .set(Sessions.EXPIRES_AT, value("expires", Sessions.EXPIRES_AT))
              .set(
                  Sessions.SWEEP_AFTER,
                  DSL.when(
                          Sessions.SWEEP_AFTER.ge(value("expires'", Sessions.SWEEP_AFTER)),
                          Sessions.SWEEP_AFTER)
                      .otherwise(value("sweep", Sessions.SWEEP_AFTER)))
              .set(Sessions.UPDATED_AT, value("now", Sessions.UPDATED_AT))
              .where(Sessions.SESSION_KEY.eq(value("key", Sessions.SESSION_KEY)))
              .and(Sessions.VERSION.eq(value("expected", Sessions.VERSION))),
          "state",
          "history",
          "version",
          "expires",
          "expires'",
          "sweep",
          "now",
          "key",
          "expected");
}
