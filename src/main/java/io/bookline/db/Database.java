package io.bookline.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.bookline.config.Config;
import io.bookline.config.DatabaseUrl;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jooq.Configuration;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.jooq.impl.DefaultTransactionListenerProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Postgres connection pool, migrated schema and jOOQ context. Starts the embedded server when
 * no {@code DATABASE_URL} is configured.
 */
public final class Database implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Database.class);

  private final Optional<EmbeddedDatabase> embedded;

  /**
   * Connections kept for acknowledging webhooks (the inbox insert), so a platform's 200 never waits
   * behind turns that hold the main pool: a bulkhead.
   */
  public static final int INGRESS_POOL_SIZE = 4;

  private final HikariDataSource dataSource;
  private final HikariDataSource ingressSource;
  private final DSLContext dsl;
  private final DSLContext ingress;
  private final QueryCounter counter = new QueryCounter();

  private Database(
      Optional<EmbeddedDatabase> embedded,
      HikariDataSource dataSource,
      HikariDataSource ingressSource) {
    this.embedded = embedded;
    this.dataSource = dataSource;
    this.ingressSource = ingressSource;
    this.dsl = DSL.using(configuration(dataSource));
    this.ingress = DSL.using(configuration(ingressSource));
  }

  private Configuration configuration(DataSource source) {
    var configuration =
        new DefaultConfiguration()
            .set(new KnownIsolation(source, Connection.TRANSACTION_READ_COMMITTED))
            .set(SQLDialect.POSTGRES)
            .set(settings());
    configuration.set(new DefaultExecuteListenerProvider(counter));
    configuration.data(QueryCounter.class, counter);
    configuration.set(new DefaultTransactionListenerProvider(counter));
    return configuration;
  }

  /** How jOOQ renders and runs statements here (also what {@link Prepared} renders with). */
  static Settings settings() {
    return new Settings()
        .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED)
        .withExecuteLogging(false);
  }

  /** The small pool that only records inbound messages. */
  public DSLContext ingress() {
    return ingress;
  }

  /** Statement and transaction counts of this pool. */
  public QueryCounter counter() {
    return counter;
  }

  /** Connects (starting the embedded server if needed) and applies every pending migration. */
  public static Database start(Config config) {
    Optional<EmbeddedDatabase> embedded = Optional.empty();
    DatabaseUrl url;
    if (config.database().isPresent()) {
      url = config.database().get();
    } else {
      EmbeddedDatabase server = EmbeddedDatabase.start(config.dataDir().resolve("postgres"));
      embedded = Optional.of(server);
      url = server.url();
    }
    HikariDataSource dataSource;
    try {
      dataSource = new HikariDataSource(pool("bookline", url, config.databasePoolSize()));
    } catch (RuntimeException e) {
      embedded.ifPresent(EmbeddedDatabase::close);
      throw new IllegalStateException(
          "cannot connect to Postgres at " + url.redacted() + ": " + rootMessage(e), e);
    }
    try {
      migrate(dataSource);
    } catch (RuntimeException e) {
      dataSource.close();
      embedded.ifPresent(EmbeddedDatabase::close);
      throw e;
    }
    HikariConfig ingressPool = pool("bookline-ingress", url, INGRESS_POOL_SIZE);
    // A platform waiting on us should hear "503, try later" quickly when Postgres is gone.
    ingressPool.setConnectionTimeout(2_000);
    HikariDataSource ingressSource = new HikariDataSource(ingressPool);
    LOG.info("database ready at {}", url.redacted());
    return new Database(embedded, dataSource, ingressSource);
  }

  private static HikariConfig pool(String name, DatabaseUrl url, int size) {
    HikariConfig hikari = new HikariConfig();
    hikari.setPoolName(name);
    hikari.setJdbcUrl(url.jdbcUrl());
    url.user().ifPresent(hikari::setUsername);
    url.password().ifPresent(hikari::setPassword);
    hikari.setMaximumPoolSize(size);
    // Postgres' default, set explicitly: jOOQ is told it without asking (KnownIsolation).
    hikari.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
    hikari.setConnectionTimeout(5_000);
    // Fail start-up fast and clearly when the server is not there.
    hikari.setInitializationFailTimeout(10_000);
    return hikari;
  }

  static void migrate(DataSource dataSource) {
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
  }

  public DSLContext dsl() {
    return dsl;
  }

  public DataSource dataSource() {
    return dataSource;
  }

  /** Publishes both pools' HikariCP meters (connections active, idle, pending, wait time). */
  public void meterPools(MeterRegistry metrics) {
    dataSource.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(metrics));
    ingressSource.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(metrics));
  }

  /** True when the database answers a trivial query within a second. */
  public boolean isAlive() {
    try (Connection c = dataSource.getConnection()) {
      return c.isValid(1);
    } catch (SQLException e) {
      return false;
    }
  }

  /**
   * The app's own stop is in place and closes the embedded server last; until then a stop while
   * starting closes it on its own ({@link EmbeddedDatabase#handOver}).
   */
  public void stopsWithTheApp() {
    embedded.ifPresent(EmbeddedDatabase::handOver);
  }

  @Override
  public void close() {
    ingressSource.close();
    dataSource.close();
    embedded.ifPresent(EmbeddedDatabase::close);
  }

  static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage();
  }

  /** Thrown for an embedded-server failure that has no better type. */
  static UncheckedIOException io(String message, IOException e) {
    return new UncheckedIOException(message, e);
  }
}
