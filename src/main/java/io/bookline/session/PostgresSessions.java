package io.bookline.session;

import static io.bookline.db.Schema.Sessions;

import io.bookline.db.Schema;
import io.bookline.db.Tx;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Query;
import org.jooq.Record;

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
    DSLContext tx = transaction.dsl();
    long expected = next.version() - 1;
    JSONB state = JSONB.valueOf(codec.encode(next.state()));
    JSONB history = JSONB.valueOf(codec.encodeHistory(next.history()));
    var expires = next.expiresAt().atOffset(ZoneOffset.UTC);
    Query write;
    if (expected == 0) {
      write =
          tx.insertInto(Sessions.T)
              .set(Sessions.SESSION_KEY, next.key())
              .set(Sessions.CONVERSATION_ID, next.conversationId())
              .set(Sessions.CUSTOMER_ID, next.customerId())
              .set(Sessions.STATE, state)
              .set(Sessions.HISTORY, history)
              .set(Sessions.VERSION, next.version())
              .set(Sessions.EXPIRES_AT, expires)
              .onConflictDoNothing();
    } else {
      write =
          tx.update(Sessions.T)
              .set(Sessions.STATE, state)
              .set(Sessions.HISTORY, history)
              .set(Sessions.VERSION, next.version())
              .set(Sessions.EXPIRES_AT, expires)
              .set(Sessions.UPDATED_AT, clock.instant().atOffset(ZoneOffset.UTC))
              .where(Sessions.SESSION_KEY.eq(next.key()))
              .and(Sessions.VERSION.eq(expected));
    }
    // Sent with the turn's other writes; the count, checked then, is the version check.
    transaction.later(
        write,
        rows -> {
          if (rows != 1) {
            throw new VersionConflict(next.key(), expected);
          }
        });
  }
}
