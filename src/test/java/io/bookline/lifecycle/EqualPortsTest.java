package io.bookline.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ops review: {@code PORT} equal to {@code MANAGEMENT_PORT} passed the port check (each port alone
 * is free) and failed 19 s later, after the migrations. The README promises the ports are checked
 * before anything starts: one line, exit code 2, no Postgres started. A child JVM, as at start.
 */
class EqualPortsTest {
  @Test
  void the_same_port_for_both_servers_is_refused_before_anything_starts(@TempDir Path dir)
      throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = free.getLocalPort();
    }
    Map<String, String> env = StartFailureTest.env();
    env.put("BOOKLINE_DATA_DIR", dir.resolve("data").toString());
    env.put("PORT", String.valueOf(port));
    env.put("MANAGEMENT_PORT", String.valueOf(port));
    env.put("MANAGEMENT_BIND_ADDRESS", "127.0.0.1");

    List<String> lines = PortInUseTest.run(env, dir);

    String all = String.join("\n", lines);
    assertThat(all)
        .contains(
            "PORT and MANAGEMENT_PORT are both "
                + port
                + "; the management server needs a port of its own: set MANAGEMENT_PORT to"
                + " another")
        .doesNotContain("ERROR")
        .doesNotContain("starting embedded PostgreSQL");
    assertThat(lines.stream().filter(l -> !l.isBlank())).as(all).hasSize(1);
    StartFailureTest.noTrace(lines);
    assertThat(dir.resolve("data").resolve("postgres")).as("Postgres never started").doesNotExist();
  }
}
