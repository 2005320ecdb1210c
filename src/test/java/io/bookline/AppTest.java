package io.bookline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.bookline.config.ConfigLoader;
import io.bookline.support.TestApp;
import io.bookline.support.TestPostgres;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Starting and stopping the whole graph: nothing is left open, also when start-up fails. */
class AppTest {
  final String database = TestPostgres.freshDatabase();

  Map<String, String> env(String... more) {
    Map<String, String> env = new HashMap<>();
    env.put("PORT", "0");
    env.put("DATABASE_URL", database);
    env.put("BOOKLINE_ADMIN_KEY", TestApp.ADMIN_KEY);
    for (int i = 0; i < more.length; i += 2) {
      env.put(more[i], more[i + 1]);
    }
    return env;
  }

  /** Sessions other than the asking one on the test database. */
  int otherConnections() throws SQLException {
    try (Connection c = DriverManager.getConnection(database);
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT count(*) FROM pg_stat_activity"
                    + " WHERE datname = current_database() AND pid <> pg_backend_pid()")) {
      r.next();
      return r.getInt(1);
    }
  }

  static boolean listening(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 1_000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  @Test
  void closing_the_app_frees_its_port_and_every_database_connection() throws Exception {
    App app = App.start(ConfigLoader.load(env()), TestApp.mondayMorning());
    int port = app.port();
    assertThat(listening(port)).isTrue();
    assertThat(otherConnections()).isPositive();

    app.close();

    assertThat(listening(port)).isFalse();
    await().atMost(Duration.ofSeconds(10)).until(() -> otherConnections() == 0);
  }

  @Test
  void a_start_that_fails_closes_what_it_had_built_and_says_why() {
    // Channel settings in the environment need a business to attach to; this database has none.
    var config =
        ConfigLoader.load(
            env(
                "BOOKLINE_DEMO", "false",
                "WHATSAPP_PHONE_NUMBER_ID", "555",
                "WHATSAPP_ACCESS_TOKEN", "t",
                "WHATSAPP_APP_SECRET", "s"));

    assertThatThrownBy(() -> App.start(config, TestApp.mondayMorning()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("demo business or exactly one business");
    await().atMost(Duration.ofSeconds(10)).until(() -> otherConnections() == 0);
  }
}
