package io.bookline.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.bookline.support.TestPostgres;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * jOOQ's transactions on a real Postgres pool never ask the driver for the isolation level (each
 * ask is a {@code SHOW} round trip in pgjdbc), and a level changed inside one transaction is both
 * reported while the connection is out and gone when it comes back.
 */
class KnownIsolationTest {
  private HikariDataSource pool;
  private final AtomicInteger asked = new AtomicInteger();

  @BeforeEach
  void pool() {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(TestPostgres.freshDatabase());
    config.setMaximumPoolSize(1);
    config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
    pool = new HikariDataSource(config);
  }

  @AfterEach
  void close() {
    pool.close();
  }

  @Test
  void transactions_commit_without_asking_postgres_for_the_isolation_level() {
    DSLContext db = jooq(counting(pool));
    db.execute("create table t (n int)");
    for (int i = 0; i < 20; i++) {
      int n = i;
      db.transaction(cfg -> cfg.dsl().execute("insert into t values (?)", n));
    }
    assertThat(((Number) db.fetchValue("select count(*) from t")).intValue()).isEqualTo(20);
    assertThat(asked).as("isolation levels read from the driver").hasValue(0);
  }

  @Test
  void a_level_changed_in_a_transaction_is_reported_then_reset_by_the_pool() {
    DSLContext db = jooq(pool);
    String inside =
        db.<String>transactionResult(
            cfg ->
                cfg.dsl()
                    .<String>connectionResult(
                        c -> {
                          c.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
                          assertThat(c.getTransactionIsolation())
                              .isEqualTo(Connection.TRANSACTION_SERIALIZABLE);
                          return String.valueOf(cfg.dsl().fetchValue("show transaction_isolation"));
                        }));
    assertThat(inside).isEqualTo("serializable");
    String after =
        db.<String>transactionResult(
            cfg -> {
              int reported = cfg.dsl().connectionResult(Connection::getTransactionIsolation);
              assertThat(reported).isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
              return String.valueOf(cfg.dsl().fetchValue("show transaction_isolation"));
            });
    assertThat(after).isEqualTo("read committed");
  }

  private static DSLContext jooq(DataSource source) {
    return DSL.using(
        new DefaultConfiguration()
            .set(new KnownIsolation(source, Connection.TRANSACTION_READ_COMMITTED))
            .set(SQLDialect.POSTGRES));
  }

  /** The pool, counting every time a connection of it is asked for its isolation level. */
  private DataSource counting(DataSource source) {
    return (DataSource)
        Proxy.newProxyInstance(
            DataSource.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) -> {
              Object result = invoke(method, source, args);
              if (!(result instanceof Connection c)) {
                return result;
              }
              return Proxy.newProxyInstance(
                  Connection.class.getClassLoader(),
                  new Class<?>[] {Connection.class},
                  (p, m, a) -> {
                    if (m.getName().equals("getTransactionIsolation")) {
                      asked.incrementAndGet();
                    }
                    return invoke(m, c, a);
                  });
            });
  }

  private static Object invoke(java.lang.reflect.Method m, Object target, Object[] args)
      throws Throwable {
    try {
      return m.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
