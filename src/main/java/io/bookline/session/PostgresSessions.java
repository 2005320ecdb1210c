package io.bookline.session;

import static io.bookline.db.Prepared.value;
import static io.bookline.db.Schema.Sessions;

import io.bookline.db.Prepared;
import io.bookline.db.Schema;
import io.bookline.db.Tx;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** The source of truth: one row per conversation, written with a version check. */
public final class PostgresSessions {
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

  void write(Tx transaction, Session next) {
    long expected = next.version() - 1;
    JSONB state = JSONB.valueOf(codec.encode(next.state()));
    JSONB history = JSONB.valueOf(codec.encodeHistory(next.history()));
    var expires = next.expiresAt().atOffset(ZoneOffset.UTC);
    Prepared.Write write =
        expected == 0
            ? INSERT.with(
                next.key(),
                next.conversationId(),
                next.customerId(),
                state,
                history,
                next.version(),
                expires)
            : UPDATE.with(
                state,
                history,
                next.version(),
                expires,
                clock.instant().atOffset(ZoneOffset.UTC),
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
              .onConflictDoNothing(),
          "key",
          "conversation",
          "customer",
          "state",
          "history",
          "version",
          "expires");

  private static final Prepared UPDATE =
      Prepared.of(
          DSL.update(Sessions.T)
              .set(Sessions.STATE, value("state", Sessions.STATE))
              .set(Sessions.HISTORY, value("history", Sessions.HISTORY))
              .set(Sessions.VERSION, value("version", Sessions.VERSION))
              .set(Sessions.EXPIRES_AT, value("expires", Sessions.EXPIRES_AT))
              .set(Sessions.UPDATED_AT, value("now", Sessions.UPDATED_AT))
              .where(Sessions.SESSION_KEY.eq(value("key", Sessions.SESSION_KEY)))
              .and(Sessions.VERSION.eq(value("expected", Sessions.VERSION))),
          "state",
          "history",
          "version",
          "expires",
          "now",
          "key",
          "expected");
}
