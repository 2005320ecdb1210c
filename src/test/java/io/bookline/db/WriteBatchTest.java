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
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
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
}
