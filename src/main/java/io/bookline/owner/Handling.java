package io.bookline.owner;

import static io.bookline.db.Schema.Conversations;
import static io.bookline.db.Schema.Sessions;

import io.bookline.ApiError;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * Who has a conversation, as the session holds it (ADR 0100): the bot ({@code "bot"}); a person
 * asked for and nobody from the team has written or taken it over yet ({@code "waiting"}); or a
 * person has ({@code "person"}). The session does not say which person, only whether one has and
 * {@code heldAt}: while a person is asked for or has the conversation, when a person last took it
 * over or wrote, or the customer was last told their message reached the team (null with the bot).
 *
 * <p>Read from the session's row in Postgres, where every turn and every owner action writes it, in
 * the same query as the conversation (a join): no read per listed conversation.
 */
record Handling(String status, String by, OffsetDateTime heldAt) {
  /** {@code personIn} of the stored state; absent reads as no (ADR 0078). */
  static final Field<Boolean> PERSON_IN =
      DSL.field("coalesce(({0}->>'personIn')::boolean, false)", Boolean.class, Sessions.STATE)
          .as("person_in");

  static final Field<Long> HELD_AT =
      DSL.field("coalesce(({0}->>'heldAt')::bigint, 0)", Long.class, Sessions.STATE).as("held_at");

  /**
   * From a row that selected {@link Conversations#STATUS}, {@link #PERSON_IN} and {@link #HELD_AT}.
   */
  static Handling of(Record r) {
    String status = r.get(Conversations.STATUS);
    if (!"handoff".equals(status)) {
      return new Handling(status, "bot", null);
    }
    Boolean personIn = r.get(PERSON_IN);
    Long heldAt = r.get(HELD_AT);
    return new Handling(
        status,
        Boolean.TRUE.equals(personIn) ? "person" : "waiting",
        heldAt == null || heldAt == 0
            ? null
            : Instant.ofEpochSecond(heldAt).atOffset(ZoneOffset.UTC));
  }

  /** The conversation's handling, or 404 when it is not this business's. */
  static Handling of(DSLContext db, long business, long id) {
    Record r =
        db.select(Conversations.STATUS, PERSON_IN, HELD_AT)
            .from(Conversations.T)
            .leftJoin(Sessions.T)
            .on(Sessions.CONVERSATION_ID.eq(Conversations.ID))
            .where(Conversations.ID.eq(id))
            .and(Conversations.BUSINESS_ID.eq(business))
            .fetchOne();
    if (r == null) {
      throw ApiError.notFound("no conversation " + id);
    }
    return of(r);
  }
}
