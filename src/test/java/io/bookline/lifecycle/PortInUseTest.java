package io.bookline.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.App;
import io.bookline.support.ChildJvm;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ops review: a port in use was found only after the embedded Postgres, the migrations and the
 * seeding (~40 s on a fresh data directory), and a raw "ERROR Javalin - Failed to start Javalin"
 * came before the clear message. Now the ports are checked first, like any other setting: one line
 * naming the port and the setting, exit code 2, and nothing started (no Postgres data directory).
 */
class PortInUseTest {
  static List<String> run(Map<String, String> env, Path dir) throws InterruptedException {
    try (ChildJvm app = ChildJvm.start(App.class, env, dir)) {
      List<String> lines = app.awaitExit();
      assertThat(app.exitValue()).as(String.join("\n", lines)).isEqualTo(2);
      return lines;
    }
  }

  @Test
  void a_port_in_use_is_one_line_and_exit_code_2_before_anything_starts(@TempDir Path dir)
      throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Map<String, String> env = StartFailureTest.env();
      env.put("BOOKLINE_DATA_DIR", dir.resolve("data").toString());
      env.put("PORT", String.valueOf(taken.getLocalPort()));

      List<String> lines = run(env, dir);

      String all = String.join("\n", lines);
      assertThat(all)
          .contains(
              "port "
                  + taken.getLocalPort()
                  + " on 127.0.0.1 is in use; set PORT=<a free port>, or stop what listens"
                  + " there")
          .doesNotContain("Failed to start Javalin")
          .doesNotContain("ERROR")
          .doesNotContain("starting embedded PostgreSQL");
      assertThat(lines.stream().filter(l -> !l.isBlank())).as(all).hasSize(1);
      StartFailureTest.noTrace(lines);
      assertThat(dir.resolve("data").resolve("postgres"))
          .as("Postgres never started")
          .doesNotExist();
    }
  }

  @Test
  void a_management_port_in_use_is_named_with_its_own_setting(@TempDir Path dir) throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Map<String, String> env = StartFailureTest.env();
      env.put("BOOKLINE_DATA_DIR", dir.resolve("data").toString());
      env.put("MANAGEMENT_PORT", String.valueOf(taken.getLocalPort()));
      env.put("MANAGEMENT_BIND_ADDRESS", "127.0.0.1");

      List<String> lines = run(env, dir);

      assertThat(String.join("\n", lines))
          .contains(
              "port "
                  + taken.getLocalPort()
                  + " on 127.0.0.1 is in use; set MANAGEMENT_PORT=<a free port>")
          .doesNotContain("ERROR");
      assertThat(dir.resolve("data").resolve("postgres")).doesNotExist();
    }
  }
}
