package io.bookline.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * Finds the Postgres server tests run against, in this order: {@code BOOKLINE_TEST_DATABASE_URL}
 * (what {@code .ci/run} sets), else a Testcontainers Postgres when Docker is available, else a
 * failure that says what to set. Each caller gets a fresh, empty database on that server.
 */
public final class TestPostgres {
  public static final String ENV = "BOOKLINE_TEST_DATABASE_URL";

  private static String serverUrl;
  private static final java.util.List<String> CREATED = new java.util.ArrayList<>();

  static {
    // Drop this run's databases when the test JVM ends (the apps are closed by then).
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  if (serverUrl == null) {
                    return;
                  }
                  try (Connection c = DriverManager.getConnection(serverUrl);
                      Statement s = c.createStatement()) {
                    for (String db : CREATED) {
                      s.execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
                    }
                  } catch (SQLException e) {
                    // best effort: .ci/run also clears leftovers before each run
                  }
                }));
  }

  private TestPostgres() {}

  /** A JDBC URL of a new empty database. */
  public static synchronized String freshDatabase() {
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
      s.execute("CREATE DATABASE " + name);
      CREATED.add(name);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot create a test database on " + admin + ": " + e.getMessage(), e);
    }
    return withDatabase(admin, name);
  }

  static String withDatabase(String url, String db) {
    int q = url.indexOf('?');
    String base = q < 0 ? url : url.substring(0, q);
    String query = q < 0 ? "" : url.substring(q);
    int slash = base.lastIndexOf('/');
    return base.substring(0, slash + 1) + db + query;
  }

  private static String server() {
    if (serverUrl != null) {
      return serverUrl;
    }
    String env = System.getenv(ENV);
    if (env != null && !env.isBlank()) {
      serverUrl =
          env.startsWith("jdbc:") ? env : io.bookline.config.DatabaseUrl.parse(env).jdbcUrl();
      return serverUrl;
    }
    if (DockerPostgres.available()) {
      serverUrl = DockerPostgres.start();
      return serverUrl;
    }
    throw new IllegalStateException(
        "Tests need PostgreSQL 14+ with btree_gist. Set "
            + ENV
            + " (e.g. jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres) or make Docker available for Testcontainers.");
  }
}
