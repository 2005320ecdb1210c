package io.bookline.outbox;

import io.bookline.db.GroupCommit;
import io.bookline.db.Schema;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.Row2;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The "sent" marks of the outbox: sends that finish together are marked by one {@code UPDATE … FROM
 * (VALUES …)} (group commit, ADR 0030 and 0037); each caller returns once its mark committed.
 */
final class SentMarks implements AutoCloseable {
  private record Sent(long id, int attempts) {}

  private final DSLContext db;
  private final Clock clock;
  private final GroupCommit<Sent, Boolean> group;

  SentMarks(DSLContext db, Clock clock) {
    this.db = db;
    this.clock = clock;
    this.group =
        new GroupCommit<>("outbox-sent", 1, this::markAll, s -> markAll(List.of(s)).get(0), true);
  }

  /** Marks a row sent after {@code attempts} more attempts, whoever held it. */
  void mark(long id, int attempts) {
    group.write(new Sent(id, attempts));
  }

  @SuppressWarnings("unchecked")
  private List<Boolean> markAll(List<Sent> sent) {
    Row2<Long, Integer>[] rows =
        sent.stream().map(s -> DSL.row(s.id(), s.attempts())).toArray(Row2[]::new);
    Table<Record2<Long, Integer>> v = DSL.values(rows).as("v", "id", "attempts");
    Field<Long> id = v.field("id", Long.class);
    Field<Integer> attempts = v.field("attempts", Integer.class);
    db.update(Schema.Outbox.T)
        .set(Schema.Outbox.STATUS, "sent")
        .set(Schema.Outbox.ATTEMPTS, Schema.Outbox.ATTEMPTS.plus(attempts))
        .set(Schema.Outbox.SENT_AT, clock.instant().atOffset(ZoneOffset.UTC))
        .setNull(Schema.Outbox.LEASE_OWNER)
        .from(v)
        .where(Schema.Outbox.ID.eq(id))
        .and(
            Schema.Outbox.ID.in(
                Outbox.lockedInOrder(Schema.Outbox.ID.in(sent.stream().map(Sent::id).toList()))))
        .execute();
    return sent.stream().map(s -> true).toList();
  }

  /** Stops the writer; marks still waiting fail (their rows are sent again after the lease). */
  @Override
  public void close() {
    group.close();
  }
}
