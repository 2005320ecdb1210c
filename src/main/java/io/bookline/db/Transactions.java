package io.bookline.db;

import java.util.function.Consumer;
import java.util.function.Function;
import org.jooq.DSLContext;

/**
 * Runs work in one Postgres transaction: committed when the work returns, rolled back when it
 * throws. A runtime exception from the work reaches the caller unchanged (a version conflict stays
 * a version conflict). Writes the work held back ({@link Tx#later}) are sent before the commit.
 */
public final class Transactions {
  private final DSLContext db;

  public Transactions(DSLContext db) {
    this.db = db;
  }

  /** Runs {@code work} in a new transaction and returns its result. */
  public <T> T result(Function<Tx, T> work) {
    return db.transactionResult(
        cfg -> {
          Tx tx = new Tx(cfg.dsl());
          T result = work.apply(tx);
          tx.flush();
          return result;
        });
  }

  /** Runs {@code work} in a new transaction. */
  public void run(Consumer<Tx> work) {
    db.transaction(
        cfg -> {
          Tx tx = new Tx(cfg.dsl());
          work.accept(tx);
          tx.flush();
        });
  }
}
