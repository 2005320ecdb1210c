package io.bookline.support;

import io.bookline.booking.DemoSeeder;
import io.bookline.config.DatabaseUrl;
import io.bookline.owner.NameKeys;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the Postgres server tests run against, in this order (ADR 0014):
 *
 * <ol>
 *   <li>{@code BOOKLINE_TEST_DATABASE_URL};
 *   <li>a Postgres answering on 127.0.0.1:5432 as user {@code postgres} without a password;
 *   <li>a Testcontainers {@code postgres:16} when Docker runs;
 *   <li>the embedded PostgreSQL the product ships (zonky), in a temporary directory.
 * </ol>
 *
 * Each caller gets a fresh database with a random name, migrated unless it asks for an empty one;
 * when the test JVM ends, this run drops the databases it created and no others, so runs side by
 * side on one server do not touch each other.
 *
 * <p>Copying a template still takes a Postgres server half a second or more when other runs share
 * it (the copy is written to the WAL and flushed), and nearly every test asks for one. So the next
 * copy of each template is made in the background as soon as one is handed out, while the test that
 * got it runs: the next caller finds its database made (ADR 0120). Every database handed out is
 * still a fresh copy that nobody used before.
 */
public final class TestPostgres {
  public static final String ENV = "BOOKLINE_TEST_DATABASE_URL";

  /** The local server a developer machine or CI usually has. */
  static final String LOCAL = "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres";

  private static final Logger LOG = LoggerFactory.getLogger(TestPostgres.class);
  private static final List<String> CREATED = Collections.synchronizedList(new ArrayList<>());
  private static String serverUrl;
  private static EmbeddedPostgres embedded;
  private static String template;
  private static String demoTemplate;

  /** Per template, the copy being made for the next caller. */
  private static final Map<String, Future<String>> NEXT = new HashMap<>();

  /** Makes those copies, one at a time; daemon, so it never holds the JVM. */
  private static final ExecutorService AHEAD =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "test-postgres-ahead");
            t.setDaemon(true);
            return t;
          });

  private TestPostgres() {}

  /**
   * A JDBC URL of a new database with the schema migrated: a copy of this run's template, which is
   * migrated once (cloning a database takes tens of milliseconds, migrating one hundreds).
   */
  public static synchronized String freshDatabase() {
    return withDatabase(server(), copyOf(migratedTemplate()));
  }

  /** This run's migrated template, made on first use. */
  private static String migratedTemplate() {
    if (template == null) {
      String name = create(null);
      String url = withDatabase(server(), name);
      // Flyway closes its connections when migrate() returns: a template must have none.
      Flyway.configure()
          .dataSource(url, null, null)
          .locations("classpath:db/migration")
          .load()
          .migrate();
      template = name;
    }
    return template;
  }

  /**
   * {@link #freshDatabase()} with the demo business already in it, as an app with {@code
   * BOOKLINE_DEMO} on leaves it at start-up: seeded by {@link DemoSeeder} and its names keyed by
   * {@link NameKeys}, the same code the app runs, once per run into a second template. The app then
   * finds the demo there and seeds nothing, as it does on its second start; tests that need the
   * seeding itself start on {@link #freshDatabase()}.
   */
  public static synchronized String freshDemoDatabase() {
    if (demoTemplate == null) {
      String name = create(migratedTemplate());
      try (Connection c = DriverManager.getConnection(withDatabase(server(), name))) {
        var db = DSL.using(c, SQLDialect.POSTGRES);
        DemoSeeder.seedIfEmpty(db);
        NameKeys.fill(db);
      } catch (SQLException e) {
        throw new IllegalStateException("cannot seed the demo template " + name, e);
      }
      demoTemplate = name;
    }
    return withDatabase(server(), copyOf(demoTemplate));
  }

  /**
   * A fresh database for an app started with these settings (key, value, key, value …): {@link
   * #freshDemoDatabase()} when the app would seed the demo (no {@code BOOKLINE_DEMO} among them:
   * the demo is on by default), else {@link #freshDatabase()}.
   */
  public static String freshDatabaseFor(String... settings) {
    for (int i = 0; i < settings.length; i += 2) {
      if (settings[i].equals("BOOKLINE_DEMO")) {
        return freshDatabase();
      }
    }
    return freshDemoDatabase();
  }

  /** A new copy of {@code from}: the one made ahead when there is one; then the next is begun. */
  private static String copyOf(String from) {
    Future<String> ahead = NEXT.remove(from);
    String name = null;
    if (ahead != null) {
      try {
        name = ahead.get();
      } catch (ExecutionException e) {
        // Made again below, where a failure is the caller's to see (a full server, say).
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while a test database was made", e);
      }
    }
    if (name == null) {
      name = create(from);
    }
    NEXT.put(from, AHEAD.submit(() -> create(from)));
    return name;
  }

  /** A JDBC URL of a new database with nothing in it, for a test that migrates it itself. */
  public static synchronized String emptyDatabase() {
    return withDatabase(server(), create(null));
  }

  private static String create(String from) {
    String admin = server();
    String name =
        "bookline_t_"
            + UUID.randomUUID()
                .toString()
                .replace("-", "")
                .substring(0, 16)
                .toLowerCase(Locale.ROOT);
    try (Connection c = DriverManager.getConnection(admin);
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name + (from == null ? "" : " TEMPLATE " + from));
      CREATED.add(name);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot create a test database on " + admin + ": " + e.getMessage(), e);
    }
    return name;
  }

  static String withDatabase(String url, String db) {
    int q = url.indexOf('?');
    String base = q < 0 ? url : url.substring(0, q);
    String query = q < 0 ? "" : url.substring(q);
    int slash = base.lastIndexOf('/');
    return base.substring(0, slash + 1) + db + query;
  }

  private static String server() {
    if (serverUrl == null) {
      serverUrl = discover();
      Runtime.getRuntime().addShutdownHook(new Thread(TestPostgres::cleanUp, "test-postgres-drop"));
    }
    return serverUrl;
  }

  private static String discover() {
    String env = System.getenv(ENV);
    if (env != null && !env.isBlank()) {
      LOG.info("tests use Postgres from {}", ENV);
      return env.startsWith("jdbc:") ? env : DatabaseUrl.parse(env).jdbcUrl();
    }
    String refusal = answers(LOCAL + "&connectTimeout=2&loginTimeout=3");
    if (refusal.isEmpty()) {
      LOG.info("tests use the Postgres on 127.0.0.1:5432");
      return LOCAL;
    }
    if (DockerPostgres.available()) {
      LOG.info("tests use a Testcontainers Postgres (127.0.0.1:5432: {})", refusal);
      return DockerPostgres.start();
    }
    LOG.info("tests use an embedded PostgreSQL (127.0.0.1:5432: {}; no Docker)", refusal);
    return startEmbedded();
  }

  /** Empty when a server takes the connection, else why not. */
  private static String answers(String url) {
    try (Connection c = DriverManager.getConnection(url)) {
      return c.isValid(3) ? "" : "not valid";
    } catch (SQLException e) {
      return e.getMessage();
    }
  }

  private static String startEmbedded() {
    try {
      embedded =
          EmbeddedPostgres.builder()
              .setServerConfig("max_connections", "300")
              .setLocaleConfig("locale", "C")
              .start();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Tests need PostgreSQL 14+ with btree_gist and found none: set "
              + ENV
              + ", run one on 127.0.0.1:5432 (user postgres, trust), or start Docker; the embedded"
              + " PostgreSQL did not start either",
          e);
    }
    return embedded.getJdbcUrl("postgres", "postgres");
  }

  /**
   * Drops this run's databases (the apps are closed by then), in parallel: each DROP DATABASE waits
   * for a checkpoint, and drops that wait together share one. An embedded server is simply stopped:
   * its temporary directory goes with it, and a Testcontainers server is removed the same way.
   */
  private static synchronized void cleanUp() {
    // A copy still being made ahead is waited for, so it is dropped with the others.
    AHEAD.shutdown();
    try {
      AHEAD.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (embedded != null) {
      try {
        embedded.close();
      } catch (IOException e) {
        System.err.println("embedded test PostgreSQL did not stop cleanly: " + e);
      }
      return;
    }
    if (DockerPostgres.started()) {
      return;
    }
    try (ExecutorService drops = Executors.newFixedThreadPool(8)) {
      for (String db : List.copyOf(CREATED)) {
        drops.submit(() -> drop(db));
      }
    }
  }

  private static void drop(String db) {
    try (Connection c = DriverManager.getConnection(serverUrl);
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
    } catch (SQLException e) {
      System.err.println("could not drop this run's test database " + db + ": " + e);
    }
  }
}
