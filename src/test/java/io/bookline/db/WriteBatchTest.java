package io.bookline.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bookline.support.TestApp;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A turn's held writes (ADR 0030, 0041) go to Postgres in one round trip with bind values, so that
 * Postgres plans them once per connection, not at every turn; each write's row count comes back to
 * its own check, in order.
 */
class WriteBatchTest {
  @RegisterExtension static final TestApp app = TestApp.onFreshDatabase();

  static final Table<?> PROBE = DSL.table(DSL.name("write_batch_probe"));
  static final Field<Integer> ID = DSL.field(DSL.name("id"), Integer.class);
  static final Field<Integer> N = DSL.field(DSL.name("n"), Integer.class);

  @Test
  void the_writes_are_prepared_once_per_connection_and_each_count_goes_to_its_check()
      throws Exception {
    DSLContext pool = app.app().database().dsl();
    pool.execute("create table write_batch_probe (id int primary key, n int not null)");
    pool.execute("insert into write_batch_probe values (1, 0), (2, 0)");
    try (var connection = app.app().database().dataSource().getConnection()) {
      connection.setAutoCommit(false);
      DSLContext one = DSL.using(connection, SQLDialect.POSTGRES);
      List<Integer> counts = new ArrayList<>();
      for (int turn = 1; turn <= 8; turn++) {
        Tx tx = new Tx(one);
        tx.later(one.update(PROBE).set(N, turn).where(ID.eq(1)), counts::add);
        tx.later(one.update(PROBE).set(N, turn).where(ID.eq(3)), counts::add);
        tx.later(one.update(PROBE).set(N, N.plus(1)).where(ID.in(1, 2)), counts::add);
        tx.flush();
        connection.commit();
      }
      assertThat(counts).as("each write's row count, in order").startsWith(1, 0, 2, 1, 0, 2);
      assertThat(counts).hasSize(24);
      assertThat(one.fetchValue(DSL.select(N).from(PROBE).where(ID.eq(1)))).isEqualTo(9);
      assertThat(preparedOn(connection, one))
          .as("prepared on the server, so planned once for this connection")
          .anySatisfy(s -> assertThat(s).contains("write_batch_probe").contains("$1"));
    }
  }

  /**
   * A write with {@code RETURNING} (the outbox row a turn leases as it writes it, ADR 0042) gives
   * its rows to its reader after the one round trip, beside the counts of the writes around it.
   */
  @Test
  void a_write_with_returning_hands_its_rows_to_its_reader_in_the_same_round_trip()
      throws Exception {
    DSLContext pool = app.app().database().dsl();
    pool.execute("create table write_batch_ret (id serial primary key, n int not null)");
    try (var connection = app.app().database().dataSource().getConnection()) {
      connection.setAutoCommit(false);
      DSLContext one = DSL.using(connection, SQLDialect.POSTGRES);
      List<Object> seen = new ArrayList<>();
      Tx tx = new Tx(one);
      tx.later(one.query("insert into write_batch_ret (n) values (1)"), seen::add);
      tx.laterReturning(
          DSL.resultQuery(
              "insert into write_batch_ret (n) values ({0}), ({1}) returning id, n * 10",
              DSL.val(2), DSL.val(3)),
          rows ->
              rows.forEach(r -> seen.add(r.get(0, Integer.class) + ":" + r.get(1, Integer.class))));
      tx.later(one.query("update write_batch_ret set n = n + 1"), seen::add);
      assertThat(seen).as("nothing before the flush").isEmpty();
      tx.flush();
      connection.commit();
      assertThat(seen).containsExactly(1, "2:20", "3:30", 3);
    }
  }

  /**
   * A write handed over through the recording context (the outbox's insert) keeps its bind values:
   * with them written in, every turn's batch was a new text and none of its statements was ever
   * prepared, so Postgres planned all of a platform turn's statements at every turn.
   */
  @Test
  void a_write_handed_over_through_the_recorder_is_prepared_with_the_rest() throws Exception {
    DSLContext pool = app.app().database().dsl();
    pool.execute(
        "create table if not exists write_batch_rec (id int primary key, n int not null,"
            + " doc jsonb, at timestamptz)");
    try (var connection = app.app().database().dataSource().getConnection()) {
      connection.setAutoCommit(false);
      DSLContext one = DSL.using(connection, SQLDialect.POSTGRES);
      Table<?> rec = DSL.table(DSL.name("write_batch_rec"));
      Field<JSONB> doc = DSL.field(DSL.name("doc"), JSONB.class);
      Field<OffsetDateTime> at = DSL.field(DSL.name("at"), OffsetDateTime.class);
      for (int turn = 1; turn <= 8; turn++) {
        Tx tx = new Tx(one);
        tx.later(one.update(rec).set(N, N.plus(1)).where(ID.eq(turn - 1)), n -> {});
        tx.laterContext()
            .insertInto(rec)
            .set(ID, turn)
            .set(N, turn * 10)
            .set(doc, JSONB.valueOf("{\"turn\": " + turn + ", \"q\": \"it's {0}?\"}"))
            .set(at, OffsetDateTime.parse("2026-11-26T10:00:00Z").plusMinutes(turn))
            .execute();
        tx.flush();
        connection.commit();
      }
      var rows = one.fetch("select id, n, doc->>'q', at from write_batch_rec order by id");
      assertThat(rows).hasSize(8);
      assertThat(rows.get(6).get(1, Integer.class)).as("the held update ran too").isEqualTo(71);
      assertThat(rows.get(7).get(1, Integer.class)).isEqualTo(80);
      assertThat(rows.get(7).get(2, String.class)).isEqualTo("it's {0}?");
      assertThat(rows.get(7).get(3, OffsetDateTime.class).toInstant())
          .isEqualTo(Instant.parse("2026-11-26T10:08:00Z"));
      assertThat(preparedOn(connection, one))
          .as("the recorded insert is prepared on the server with its bind values")
          .anySatisfy(s -> assertThat(s).contains("insert into write_batch_rec", "$1"));
    }
  }

  /** The statements prepared on the server for this connection. */
  private static List<String> preparedOn(Connection connection, DSLContext one)
      throws SQLException {
    List<String> prepared =
        one.fetch("select statement from pg_prepared_statements").getValues(0, String.class);
    connection.commit();
    return prepared;
  }

  @Test
  void a_check_that_refuses_and_a_write_that_fails_are_thrown() throws Exception {
    DSLContext pool = app.app().database().dsl();
    pool.execute(
        "create table if not exists write_batch_probe (id int primary key, n int not null)");
    pool.execute("insert into write_batch_probe values (10, 0) on conflict do nothing");
    try (var connection = app.app().database().dataSource().getConnection()) {
      connection.setAutoCommit(false);
      DSLContext one = DSL.using(connection, SQLDialect.POSTGRES);
      Tx refused = new Tx(one);
      refused.later(
          one.update(PROBE).set(N, 1).where(ID.eq(99)),
          n -> {
            if (n == 0) {
              throw new IllegalStateException("no such row");
            }
          });
      assertThatThrownBy(refused::flush).hasMessage("no such row");
      connection.rollback();

      Tx failing = new Tx(one);
      failing.later(one.update(PROBE).set(N, 2).where(ID.eq(10)), n -> {});
      failing.later(one.insertInto(PROBE).set(ID, 10).set(N, 0), n -> {});
      assertThatThrownBy(failing::flush)
          .isInstanceOf(DataAccessException.class)
          .hasMessageContaining("write_batch_probe_pkey");
      connection.rollback();
    }
  }

  static final Table<?> PREP = DSL.table(DSL.name("write_batch_prep"));
  static final Field<Long> P_ID = DSL.field(DSL.name("id"), Long.class);
  static final Field<String> P_NAME = DSL.field(DSL.name("name"), String.class);
  static final Field<JSONB> P_DOC = DSL.field(DSL.name("doc"), JSONB.class);
  static final Field<OffsetDateTime> P_AT = DSL.field(DSL.name("at"), OffsetDateTime.class);
  static final Field<Boolean> P_FLAG = DSL.field(DSL.name("flag"), Boolean.class);
  static final Field<byte[]> P_RAW = DSL.field(DSL.name("raw"), byte[].class);

  static final Prepared PREP_INSERT =
      Prepared.of(
          DSL.insertInto(PREP)
              .set(P_ID, Prepared.value("id", P_ID))
              .set(P_NAME, Prepared.value("name", P_NAME))
              .set(P_DOC, Prepared.value("doc", P_DOC))
              .set(P_AT, Prepared.value("at", P_AT))
              .set(P_FLAG, Prepared.value("flag", P_FLAG))
              .set(P_RAW, Prepared.value("raw", P_RAW)),
          "id",
          "name",
          "doc",
          "at",
          "flag",
          "raw");

  static final Prepared PREP_RENAME =
      Prepared.of(
          DSL.update(PREP)
              .set(P_NAME, Prepared.value("name", P_NAME))
              .where(P_ID.le(Prepared.value("up_to", P_ID)))
              .returningResult(P_ID, P_NAME),
          "name",
          "up_to");

  /** A context on {@code connection} that counts the statements jOOQ itself runs. */
  static DSLContext counting(Connection connection, AtomicInteger executed) {
    return DSL.using(
        new DefaultConfiguration()
            .set(connection)
            .set(SQLDialect.POSTGRES)
            .set(
                new DefaultExecuteListenerProvider(
                    new ExecuteListener() {
                      @Override
                      public void executeStart(ExecuteContext ctx) {
                        executed.incrementAndGet();
                      }
                    })));
  }

  /** A connection in a transaction of its own, with the prepared statements' table in place. */
  static Connection prepConnection() throws SQLException {
    app.app()
        .database()
        .dsl()
        .execute(
            "create table if not exists write_batch_prep (id bigint primary key, name text,"
                + " doc jsonb, at timestamptz, flag boolean, raw bytea)");
    Connection connection = app.app().database().dataSource().getConnection();
    connection.setAutoCommit(false);
    return connection;
  }

  /**
   * A batch of prepared writes (ADR 0046) goes past jOOQ with its values bound in order: every type
   * a turn writes, nulls among them, each count to its check and a {@code RETURNING}'s rows to its
   * reader, and the texts prepared on the server like any batch's.
   */
  @Test
  void prepared_writes_go_straight_through_jdbc_with_their_values_counts_and_rows()
      throws Exception {
    try (var connection = prepConnection()) {
      AtomicInteger byJooq = new AtomicInteger();
      DSLContext one = counting(connection, byJooq);
      List<Object> seen = new ArrayList<>();
      for (int turn = 1; turn <= 6; turn++) {
        Tx tx = new Tx(one);
        tx.later(
            PREP_INSERT.with(
                (long) turn,
                turn % 2 == 0 ? null : "it's {0}? " + turn,
                turn % 3 == 0 ? null : JSONB.valueOf("{\"turn\": " + turn + "}"),
                turn == 4 ? null : OffsetDateTime.parse("2026-11-26T10:00:00Z").plusMinutes(turn),
                turn % 2 == 0,
                turn == 5 ? null : new byte[] {1, 2, (byte) turn}),
            seen::add);
        tx.laterReturning(
            PREP_RENAME.with("turn " + turn, 2L),
            rows -> seen.add(rows.size() + " renamed, last " + rows.getLast().get(1)));
        tx.flush();
        connection.commit();
      }
      assertThat(byJooq).as("statements jOOQ ran: none, the batches went past it").hasValue(0);
      assertThat(seen).startsWith(1, "1 renamed, last turn 1", 1, "2 renamed, last turn 2");
      var rows =
          one.fetch(
              "select id, name, doc->>'turn', at, flag, raw from write_batch_prep"
                  + " where id <= 6 order by id");
      assertThat(rows).hasSize(6);
      assertThat(rows.get(2).get(1)).isEqualTo("it's {0}? 3");
      assertThat(rows.get(3).get(1)).as("a null text").isNull();
      assertThat(rows.get(2).get(2)).as("a null jsonb").isNull();
      assertThat(rows.get(4).get(2)).isEqualTo("5");
      assertThat(rows.get(3).get(3)).as("a null time").isNull();
      assertThat(rows.get(5).get(3, OffsetDateTime.class).toInstant())
          .isEqualTo(Instant.parse("2026-11-26T10:06:00Z"));
      assertThat(rows.get(5).get(4, Boolean.class)).isTrue();
      assertThat(rows.get(5).get(5, byte[].class)).containsExactly(1, 2, 6);
      assertThat(rows.get(4).get(5)).as("null bytes").isNull();
      assertThat(preparedOn(connection, one))
          .as("the joined texts are prepared on the server")
          .anySatisfy(s -> assertThat(s).contains("insert into write_batch_prep", "$6"));
    }
  }

  /** With a DSL query among them, prepared writes go through jOOQ as plain SQL, values and all. */
  @Test
  void prepared_writes_beside_a_dsl_query_go_through_jooq_with_their_values() throws Exception {
    try (var connection = prepConnection()) {
      AtomicInteger byJooq = new AtomicInteger();
      DSLContext one = counting(connection, byJooq);
      List<Object> seen = new ArrayList<>();
      Tx tx = new Tx(one);
      tx.later(PREP_INSERT.with(101L, null, null, null, null, null), seen::add);
      tx.later(
          PREP_INSERT.with(
              100L,
              "mixed",
              JSONB.valueOf("{\"q\": \"it's {1}\"}"),
              OffsetDateTime.parse("2026-11-26T12:00:00Z"),
              true,
              new byte[] {9}),
          seen::add);
      tx.later(one.update(PREP).set(P_FLAG, false).where(P_ID.eq(100L)), seen::add);
      tx.laterReturning(PREP_RENAME.with("renamed", 100L), rows -> seen.add(rows.getLast().get(1)));
      tx.flush();
      connection.commit();
      assertThat(byJooq).as("the batch went through jOOQ, as one statement").hasValue(1);
      assertThat(seen).containsExactly(1, 1, 1, "renamed");
      assertThat(
              one.fetchOne("select name, doc, at, flag, raw from write_batch_prep where id = 101")
                  .intoArray())
          .as("nulls of every type, through jOOQ")
          .containsOnlyNulls();
      var row =
          one.fetchOne("select name, doc->>'q', flag, raw from write_batch_prep where id = 100");
      assertThat(row.get(1)).isEqualTo("it's {1}");
      assertThat(row.get(2, Boolean.class)).isFalse();
      assertThat(row.get(3, byte[].class)).containsExactly(9);
    }
  }

  /** A failed prepared batch is the DataAccessException, with the SQL state, a turn looks for. */
  @Test
  void a_failed_prepared_batch_is_a_data_access_exception_with_its_sql_state() throws Exception {
    try (var connection = prepConnection()) {
      DSLContext one = DSL.using(connection, SQLDialect.POSTGRES);
      Tx tx = new Tx(one);
      tx.later(PREP_INSERT.with(200L, "a", null, null, false, null), n -> {});
      tx.later(PREP_INSERT.with(200L, "b", null, null, false, null), n -> {});
      assertThatThrownBy(tx::flush)
          .isInstanceOfSatisfying(
              DataAccessException.class, e -> assertThat(e.sqlState()).isEqualTo("23505"));
      connection.rollback();
    }
  }

  /**
   * A prepared statement names every value it binds, in order, each once; a value of another type
   * or a missing one is refused before anything is sent.
   */
  @Test
  void a_prepared_statement_binds_exactly_the_values_it_names() {
    var unnamed = DSL.update(PREP).set(P_NAME, "x").where(P_ID.eq(Prepared.value("id", P_ID)));
    assertThatThrownBy(() -> Prepared.of(unnamed, "id"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("binds [1, id]");
    var named =
        DSL.update(PREP)
            .set(P_NAME, Prepared.value("name", P_NAME))
            .where(P_ID.eq(Prepared.value("id", P_ID)));
    assertThatThrownBy(() -> Prepared.of(named, "id", "name"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("binds [name, id]");
    var twice =
        DSL.update(PREP)
            .set(P_NAME, Prepared.value("name", P_NAME))
            .where(P_NAME.ne(Prepared.value("name", P_NAME)));
    assertThatThrownBy(() -> Prepared.of(twice, "name"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("(2 values)");
    Prepared ok = Prepared.of(named, "name", "id");
    assertThatThrownBy(() -> ok.with("x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2 values expected");
    assertThatThrownBy(() -> ok.with("x", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("id takes a Long");
  }
}
