package io.bookline.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.App;
import io.bookline.support.ChildJvm;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ops review L3: a start that fails after the configuration was accepted (Postgres unreachable, the
 * port in use, now checked first: {@link PortInUseTest}) reads like a configuration error: one
 * block with the cause, no stack trace, exit 1.
 */
class StartFailureTest {
  static Map<String, String> env() {
    Map<String, String> env = new HashMap<>();
    System.getenv().entrySet().stream()
        .filter(e -> e.getKey().equals("HOME") || e.getKey().equals("PATH"))
        .forEach(e -> env.put(e.getKey(), e.getValue()));
    env.put("BOOKLINE_ADMIN_KEY", "start-failure-admin-key-0123");
    env.put("BOOKLINE_SECRET_KEY", "start-failure-secret-key-0123456789abcdef");
    env.put("BIND_ADDRESS", "127.0.0.1");
    env.put("PORT", "0");
    return env;
  }

  static List<String> run(Map<String, String> env, Path dir) throws InterruptedException {
    try (ChildJvm app = ChildJvm.start(App.class, env, dir)) {
      List<String> lines = app.awaitExit();
      assertThat(app.exitValue()).as(String.join("\n", lines)).isEqualTo(StartFailure.EXIT_CODE);
      return lines;
    }
  }

  static void noTrace(List<String> lines) {
    assertThat(lines)
        .as(String.join("\n", lines))
        .noneMatch(l -> l.matches("^\\s+at .*"))
        .noneMatch(l -> l.startsWith("Caused by"))
        .noneMatch(l -> l.contains("Exception"));
  }

  @Test
  void an_unreachable_database_is_one_block_with_its_cause_and_no_trace(@TempDir Path dir)
      throws Exception {
    int closed;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = s.getLocalPort();
    }
    Map<String, String> env = env();
    env.put("DATABASE_URL", "postgres://bookline:pw-in-url@127.0.0.1:" + closed + "/nowhere");
    List<String> lines = run(env, dir);
    String all = String.join("\n", lines);
    assertThat(all)
        .contains("Bookline could not start: cannot connect to Postgres")
        .contains("Connection refused")
        .doesNotContain("pw-in-url");
    noTrace(lines);
  }

  @Test
  void a_cause_that_only_prefixes_what_was_said_is_left_out() {
    var driver = new IllegalStateException("FATAL: database \"x\" does not exist");
    var pool = new RuntimeException("Failed to initialize pool: " + driver.getMessage(), driver);
    var start =
        new IllegalStateException(
            "cannot connect to Postgres at jdbc:postgresql://db:5432/x: " + driver.getMessage(),
            pool);
    assertThat(StartFailure.describe(start))
        .isEqualTo(
            "Bookline could not start: cannot connect to Postgres at jdbc:postgresql://db:5432/x:"
                + " FATAL: database \"x\" does not exist");
  }

  @Test
  void a_cause_that_only_repeats_what_wraps_it_is_said_once() {
    var driver = new IllegalStateException("Connection to db:5432 refused.");
    var pool =
        new RuntimeException("Failed to initialize pool: Connection to db:5432 refused.", driver);
    var start =
        new IllegalStateException(
            "cannot connect to Postgres at jdbc:postgresql://db:5432/x?password=hunter22", pool);
    assertThat(StartFailure.describe(start))
        .isEqualTo(
            "Bookline could not start: cannot connect to Postgres at"
                + " jdbc:postgresql://db:5432/x?password=***\n"
                + "  - Failed to initialize pool: Connection to db:5432 refused.");
  }
}
