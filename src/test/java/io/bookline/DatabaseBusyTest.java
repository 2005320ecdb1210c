package io.bookline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.zaxxer.hikari.HikariDataSource;
import io.bookline.support.TestPostgres;
import java.sql.Connection;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;

/**
 * A request that finds every pooled connection busy is told "busy, try again in a moment", not that
 * the database is unreachable (P4 of issue 17); a pool that cannot connect still says unavailable.
 * Real Hikari pools: one on real Postgres, one on a port nobody listens on.
 */
class DatabaseBusyTest {
  static HikariDataSource pool(String jdbcUrl) {
    HikariDataSource pool = new HikariDataSource();
    pool.setJdbcUrl(jdbcUrl);
    pool.setMaximumPoolSize(1);
    pool.setConnectionTimeout(250);
    pool.setInitializationFailTimeout(-1);
    return pool;
  }

  @Test
  void a_pool_whose_connections_are_all_in_use_is_busy() throws Exception {
    try (HikariDataSource pool = pool(TestPostgres.freshDatabase());
        Connection held = pool.getConnection()) {
      Throwable waited = catchThrowable(pool::getConnection);

      assertThat(held.isValid(1)).isTrue();
      DataAccessException asJooqThrowsIt = new DataAccessException("fetch", waited);
      assertThat(HttpApi.isPoolExhausted(asJooqThrowsIt)).isTrue();
    }
  }

  @Test
  void a_pool_that_cannot_connect_is_unavailable_not_busy() {
    try (HikariDataSource pool = pool("jdbc:postgresql://127.0.0.1:9/none")) {
      Throwable refused = catchThrowable(pool::getConnection);

      DataAccessException asJooqThrowsIt = new DataAccessException("fetch", refused);
      assertThat(HttpApi.isPoolExhausted(asJooqThrowsIt)).isFalse();
      assertThat(HttpApi.isConnectionProblem(asJooqThrowsIt)).isTrue();
    }
  }
}
