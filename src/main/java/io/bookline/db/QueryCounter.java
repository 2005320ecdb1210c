package io.bookline.db;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.jooq.Configuration;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteType;
import org.jooq.TransactionContext;
import org.jooq.TransactionListener;

/**
 * Counts statements by kind and committed transactions, for metrics and for the benchmark that
 * checks how much database work one message costs.
 */
public final class QueryCounter implements ExecuteListener, TransactionListener {
  private final AtomicLong reads = new AtomicLong();
  private final AtomicLong writes = new AtomicLong();
  private final AtomicLong transactions = new AtomicLong();
  private final AtomicLong roundTrips = new AtomicLong();

  /** The number of writes the statement now being run on this thread carries, if it is a batch. */
  private static final ThreadLocal<Integer> BATCHED = new ThreadLocal<>();

  /**
   * Runs {@code work}, whose one statement carries {@code statements} writes ({@link WriteBatch}):
   * counted as those writes, not as the read jOOQ takes a statement with several results for.
   */
  static <T> T batch(int statements, Supplier<T> work) {
    BATCHED.set(statements);
    try {
      return work.get();
    } finally {
      BATCHED.remove();
    }
  }

  /**
   * Counts a batch of {@code statements} writes sent straight through JDBC ({@link WriteBatch}),
   * past jOOQ's listeners: one round trip carrying those writes, as a batch run by jOOQ counts.
   */
  static void sentDirectly(Configuration configuration, int statements) {
    if (configuration.data(QueryCounter.class) instanceof QueryCounter counter) {
      counter.roundTrips.incrementAndGet();
      counter.writes.addAndGet(statements);
    }
  }

  @Override
  public void executeStart(ExecuteContext ctx) {
    roundTrips.incrementAndGet();
    Integer batched = BATCHED.get();
    if (batched != null) {
      writes.addAndGet(batched);
    } else if (ctx.type() == ExecuteType.READ) {
      reads.incrementAndGet();
    } else if (ctx.type() == ExecuteType.BATCH) {
      // A batch is one round trip carrying several statements (ADR 0030).
      writes.addAndGet(Math.max(1, ctx.batchSQL().length));
    } else if (ctx.type() == ExecuteType.WRITE) {
      writes.incrementAndGet();
    }
  }

  @Override
  public void commitEnd(TransactionContext ctx) {
    roundTrips.incrementAndGet();
    transactions.incrementAndGet();
  }

  /** Statement executions (a batch is one) and commits so far: the round trips to Postgres. */
  public long roundTrips() {
    return roundTrips.get();
  }

  /** SELECT statements run so far. */
  public long reads() {
    return reads.get();
  }

  /** INSERT, UPDATE and DELETE statements run so far. */
  public long writes() {
    return writes.get();
  }

  /** Transactions committed through jOOQ so far (nested savepoints count too). */
  public long transactions() {
    return transactions.get();
  }
}
