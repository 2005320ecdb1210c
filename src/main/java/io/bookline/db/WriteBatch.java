package io.bookline.db;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.QueryPart;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.ResultOrRows;
import org.jooq.ResultQuery;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
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
 * <p>The writes go as one statement text with bind values (ADR 0041): pgjdbc sends its parts in one
 * round trip and, once the same text has run a few times on a connection, prepares each part on the
 * server, so Postgres plans a turn's statements once per connection. (They went as a JDBC statement
 * batch before, which takes no bind values: every statement was planned at every turn, 43 % of
 * Postgres' time in the statements of a web turn.) A write handed over through {@link #recorder}
 * keeps its bind values too: with them written in, the outbox's insert made every platform turn's
 * text new, and Postgres planned all of that turn's statements every time.
 */
final class WriteBatch {
  private static final IntConsumer ANY = n -> {};

  private final List<Query> queries = new ArrayList<>();
  private final List<IntConsumer> checks = new ArrayList<>();

  /** For a write with {@code RETURNING}, who takes the rows it returned; null for the others. */
  private final List<Consumer<Result<Record>>> readers = new ArrayList<>();

  /** A write whose row count does not matter. */
  void add(Query query) {
    add(query, ANY);
  }

  /** A write whose row count {@code check} judges (it throws to refuse the turn). */
  void add(Query query, IntConsumer check) {
    queries.add(query);
    checks.add(check);
    readers.add(null);
  }

  /**
   * A write with a {@code RETURNING} clause: {@code rows} gets what it returned, after the round
   * trip and in the order the writes were added (before the commit, so only as a proposal: the
   * caller acts on it once the transaction committed).
   */
  void addReturning(ResultQuery<? extends Record> query, Consumer<Result<Record>> rows) {
    queries.add(query);
    checks.add(ANY);
    readers.add(rows);
  }

  /**
   * A jOOQ context that runs nothing and adds every statement executed on it to this batch, as a
   * write whose count does not matter: for a part that writes through a {@code DSLContext} it is
   * handed (the outbox).
   */
  DSLContext recorder() {
    var settings =
        new Settings().withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED);
    return DSL.using(
        new MockConnection(
            ctx -> {
              // The statement with its bind values, as it would have run: written in, its text
              // (and so the whole batch's) would differ at every turn and never be prepared.
              add(DSL.query(ctx.sql(), ctx.bindings()));
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
    List<Consumer<Result<Record>>> read = new ArrayList<>(readers);
    queries.clear();
    checks.clear();
    readers.clear();
    List<ResultOrRows> answers = answers(tx, sent);
    if (answers.size() != judged.size()) {
      throw new IllegalStateException(
          "a batch of " + judged.size() + " writes answered " + answers.size() + " counts");
    }
    for (int i = 0; i < judged.size(); i++) {
      ResultOrRows r = answers.get(i);
      judged.get(i).accept(r.result() == null ? r.rows() : r.result().size());
      if (read.get(i) != null) {
        read.get(i).accept(r.result());
      }
    }
  }

  /**
   * Runs the writes as one statement text with bind values: pgjdbc sends its parts in one round
   * trip, and prepares each part on the server once the same text has run a few times, so the
   * turn's statements are planned once per connection instead of at every turn.
   */
  private static List<ResultOrRows> answers(DSLContext tx, List<Query> sent) {
    StringBuilder template = new StringBuilder();
    for (int i = 0; i < sent.size(); i++) {
      template.append(i == 0 ? "" : ";\n").append('{').append(i).append('}');
    }
    var answered =
        QueryCounter.batch(
            sent.size(),
            () -> tx.resultQuery(template.toString(), sent.toArray(QueryPart[]::new)).fetchMany());
    return answered.resultsOrRows();
  }
}
