package io.bookline.db;

import org.jooq.DSLContext;

/**
 * One open Postgres transaction, handed to every part that writes in it (the session, the turn's
 * rows, the outbox). Seams such as {@code SessionStore} take this rather than jOOQ's {@link
 * DSLContext}, so they can be implemented without jOOQ; only the Postgres implementations call
 * {@link #dsl()}. Only {@link Transactions} opens one.
 */
public final class Tx {
  private final DSLContext dsl;

  Tx(DSLContext dsl) {
    this.dsl = dsl;
  }

  /** The transaction's own jOOQ context (the nested configuration, never the outer one). */
  public DSLContext dsl() {
    return dsl;
  }
}
