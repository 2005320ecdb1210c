package io.bookline.db;

import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.ResultQuery;

/**
 * One open Postgres transaction, handed to every part that writes in it (the session, the turn's
 * rows, the outbox). Seams such as {@code SessionStore} take this rather than jOOQ's {@link
 * DSLContext}, so they can be implemented without jOOQ; only the Postgres implementations call
 * {@link #dsl()}. Only {@link Transactions} opens one.
 *
 * <p>A write whose result nobody needs at once can be held back with {@link #later}: the held
 * writes go to Postgres together, in one round trip, at {@link #flush} or before the commit (ADR
 * 0030). Whoever runs a statement that must see them flushes first.
 */
public final class Tx {
  private final DSLContext dsl;
  private final WriteBatch held = new WriteBatch();

  Tx(DSLContext dsl) {
    this.dsl = dsl;
  }

  /** The transaction's own jOOQ context (the nested configuration, never the outer one). */
  public DSLContext dsl() {
    return dsl;
  }

  /**
   * Holds a write back until the next flush; {@code check} then judges its row count and throws to
   * refuse the transaction (which is then rolled back).
   */
  public void later(Query query, IntConsumer check) {
    held.add(query, check);
  }

  /** As {@link #later(Query, IntConsumer)}, for a write of every turn rendered once. */
  public void later(Prepared.Write write, IntConsumer check) {
    held.add(write, check);
  }

  /**
   * Holds back a write with a {@code RETURNING} clause; {@code rows} gets what it returned at the
   * flush. The transaction may still roll back after that: act on the rows once it committed.
   */
  public void laterReturning(ResultQuery<? extends Record> query, Consumer<Result<Record>> rows) {
    held.addReturning(query, rows);
  }

  /** As {@link #laterReturning(ResultQuery, Consumer)}, for a write rendered once. */
  public void laterReturning(Prepared.Write write, Consumer<Result<Record>> rows) {
    held.addReturning(write, rows);
  }

  /**
   * A context for a part that writes through a {@code DSLContext} of its own: every statement run
   * on it is held back as a write whose count does not matter, and runs nothing now.
   */
  public DSLContext laterContext() {
    return held.recorder();
  }

  /** Sends the held writes in one round trip and checks their counts; nothing when none wait. */
  public void flush() {
    held.flush(dsl);
  }
}
