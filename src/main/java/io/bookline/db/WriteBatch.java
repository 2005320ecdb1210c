package io.bookline.db;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.conf.StatementType;
import org.jooq.impl.DSL;
import org.jooq.tools.jdbc.MockConnection;
import org.jooq.tools.jdbc.MockResult;

/**
 * The writes a transaction holds back to send together: for a turn, one round trip for the
 * conversation claim, the messages, the outbox rows, the session and the inbox status instead of
 * one each (ADR 0030). Each write says what its row count must be; {@link #flush} checks every
 * count after the round trip, in the order the writes were added, so a refused check throws as the
 * write itself would have.
 *
 * <p>Values are inlined into the SQL (a JDBC statement batch takes no bind values); jOOQ escapes
 * them, as it does for any inlined value.
 */
final class WriteBatch {
  private static final IntConsumer ANY = n -> {};

  private final List<Query> queries = new ArrayList<>();
  private final List<IntConsumer> checks = new ArrayList<>();

  /** A write whose row count does not matter. */
  void add(Query query) {
    add(query, ANY);
  }

  /** A write whose row count {@code check} judges (it throws to refuse the turn). */
  void add(Query query, IntConsumer check) {
    queries.add(query);
    checks.add(check);
  }

  /**
   * A jOOQ context that runs nothing and adds every statement executed on it to this batch, as a
   * write whose count does not matter: for a part that writes through a {@code DSLContext} it is
   * handed (the outbox).
   */
  DSLContext recorder() {
    var settings =
        new Settings()
            .withStatementType(StatementType.STATIC_STATEMENT)
            .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED);
    return DSL.using(
        new MockConnection(
            ctx -> {
              add(DSL.query(ctx.sql()));
              return new MockResult[] {new MockResult(1, null)};
            }),
        SQLDialect.POSTGRES,
        settings);
  }

  /** Sends every pending write in one round trip, then checks their counts. */
  void flush(DSLContext tx) {
    if (queries.isEmpty()) {
      return;
    }
    List<Query> sent = List.copyOf(queries);
    List<IntConsumer> judged = List.copyOf(checks);
    queries.clear();
    checks.clear();
    int[] counts = tx.batch(sent).execute();
    for (int i = 0; i < judged.size(); i++) {
      judged.get(i).accept(counts[i]);
    }
  }
}
