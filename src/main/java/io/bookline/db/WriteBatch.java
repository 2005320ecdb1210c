package io.bookline.db;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.QueryPart;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.ResultQuery;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
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
 *
 * <p>When every write is {@link Prepared} (a turn's own writes are), the batch goes straight
 * through JDBC: its text is the prepared texts joined, rendered once, and nothing of jOOQ runs at
 * the turn (ADR 0046). A batch with a DSL query in it goes through jOOQ, the prepared writes as
 * plain SQL with their values.
 */
final class WriteBatch {
  private static final IntConsumer ANY = n -> {};

  /** Reads what a {@code RETURNING} sent straight through JDBC returned; runs nothing itself. */
  private static final DSLContext READER = DSL.using(SQLDialect.POSTGRES, Database.settings());

  /** One held write: a DSL query, or a prepared statement with its values. */
  private record Held(Query query, Prepared.Write prepared) {
    Query asQuery() {
      return query != null ? query : DSL.resultQuery(prepared.statement().sql(), prepared.values());
    }
  }

  /** What one write answered: its row count and, for a {@code RETURNING}, its rows. */
  record Answer(int count, Result<Record> rows) {}

  private final List<Held> writes = new ArrayList<>();
  private final List<IntConsumer> checks = new ArrayList<>();

  /** For a write with {@code RETURNING}, who takes the rows it returned; null for the others. */
  private final List<Consumer<Result<Record>>> readers = new ArrayList<>();

  /** A write whose row count does not matter. */
  void add(Query query) {
    add(query, ANY);
  }

  /** A write whose row count {@code check} judges (it throws to refuse the turn). */
  void add(Query query, IntConsumer check) {
    hold(new Held(query, null), check, null);
  }

  /** A prepared write whose row count {@code check} judges. */
  void add(Prepared.Write write, IntConsumer check) {
    hold(new Held(null, write), check, null);
  }

  /**
   * A write with a {@code RETURNING} clause: {@code rows} gets what it returned, after the round
   * trip and in the order the writes were added (before the commit, so only as a proposal: the
   * caller acts on it once the transaction committed).
   */
  void addReturning(ResultQuery<? extends Record> query, Consumer<Result<Record>> rows) {
    hold(new Held(query, null), ANY, rows);
  }

  /** A prepared write with a {@code RETURNING} clause (see above). */
  void addReturning(Prepared.Write write, Consumer<Result<Record>> rows) {
    hold(new Held(null, write), ANY, rows);
  }

  private void hold(Held write, IntConsumer check, Consumer<Result<Record>> rows) {
    writes.add(write);
    checks.add(check);
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
    if (writes.isEmpty()) {
      return;
    }
    List<Held> sent = List.copyOf(writes);
    List<IntConsumer> judged = List.copyOf(checks);
    List<Consumer<Result<Record>>> read = new ArrayList<>(readers);
    writes.clear();
    checks.clear();
    readers.clear();
    List<Answer> answers =
        sent.stream().allMatch(w -> w.prepared() != null)
            ? sendDirectly(tx, sent.stream().map(Held::prepared).toList())
            : viaJooq(tx, sent);
    if (answers.size() != judged.size()) {
      throw new IllegalStateException(
          "a batch of " + judged.size() + " writes answered " + answers.size() + " counts");
    }
    for (int i = 0; i < judged.size(); i++) {
      Answer a = answers.get(i);
      judged.get(i).accept(a.count());
      if (read.get(i) != null) {
        read.get(i).accept(a.rows());
      }
    }
  }

  /**
   * Runs the writes as one statement text with bind values: pgjdbc sends its parts in one round
   * trip, and prepares each part on the server once the same text has run a few times, so the
   * turn's statements are planned once per connection instead of at every turn.
   */
  private static List<Answer> viaJooq(DSLContext tx, List<Held> sent) {
    StringBuilder template = new StringBuilder();
    QueryPart[] parts = new QueryPart[sent.size()];
    for (int i = 0; i < sent.size(); i++) {
      template.append(i == 0 ? "" : ";\n").append('{').append(i).append('}');
      parts[i] = sent.get(i).asQuery();
    }
    var answered =
        QueryCounter.batch(
            sent.size(), () -> tx.resultQuery(template.toString(), parts).fetchMany());
    List<Answer> answers = new ArrayList<>();
    for (var r : answered.resultsOrRows()) {
      answers.add(
          r.result() == null
              ? new Answer(r.rows(), null)
              : new Answer(r.result().size(), r.result()));
    }
    return answers;
  }

  /**
   * Sends prepared writes in one round trip on {@code db}'s connection (the transaction's, inside
   * one), past jOOQ: their texts joined, their values bound in order.
   */
  static List<Answer> sendDirectly(DSLContext db, List<Prepared.Write> sent) {
    StringBuilder sql = new StringBuilder();
    for (int i = 0; i < sent.size(); i++) {
      sql.append(i == 0 ? "" : ";\n").append(sent.get(i).statement().sql());
    }
    QueryCounter.sentDirectly(db.configuration(), sent.size());
    return db.connectionResult(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            int index = 1;
            for (Prepared.Write w : sent) {
              for (int i = 0; i < w.values().length; i++) {
                bind(ps, index++, w.values()[i], w.statement().nullType(i));
              }
            }
            List<Answer> answers = new ArrayList<>();
            boolean isRows = ps.execute();
            while (true) {
              if (isRows) {
                try (ResultSet rs = ps.getResultSet()) {
                  Result<Record> rows = READER.fetch(rs);
                  answers.add(new Answer(rows.size(), rows));
                }
              } else {
                int count = ps.getUpdateCount();
                if (count == -1) {
                  return answers;
                }
                answers.add(new Answer(count, null));
              }
              isRows = ps.getMoreResults();
            }
          } catch (SQLException e) {
            throw new DataAccessException("a batch of " + sent.size() + " writes failed", e);
          }
        });
  }

  /** Binds one value of a prepared write; a null as the type of its parameter. */
  private static void bind(PreparedStatement ps, int index, Object value, int nullType)
      throws SQLException {
    switch (value) {
      case null -> ps.setNull(index, nullType);
      case String v -> ps.setString(index, v);
      case Long v -> ps.setLong(index, v);
      case Integer v -> ps.setInt(index, v);
      case Boolean v -> ps.setBoolean(index, v);
      case OffsetDateTime v -> ps.setObject(index, v);
      case byte[] v -> ps.setBytes(index, v);
      default -> ps.setObject(index, value);
    }
  }
}
