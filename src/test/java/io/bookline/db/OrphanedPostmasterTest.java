package io.bookline.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.App;
import io.bookline.support.ChildJvm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Ops review: {@code kill -9} of the app on the embedded default left its PostgreSQL running, and
 * the next start on the same data directory met it. The next start now stops the orphan (no live
 * Bookline holds the directory), says so in one line, and starts its own server.
 */
class OrphanedPostmasterTest {
  @Test
  void the_next_start_stops_the_postgres_a_killed_app_left_running() throws Exception {
    Path work = Files.createTempDirectory("bookline-orphan");
    Map<String, String> env =
        Map.of("PORT", "0", "BOOKLINE_DATA_DIR", work.resolve("data").toString());
    Path pidFile = work.resolve("data/postgres/postmaster.pid");
    long orphan;
    try (ChildJvm first = ChildJvm.start(App.class, env, work)) {
      awaitUp(first);
      first.kill();
      orphan = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
      assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive))
          .as("kill -9 leaves the postmaster running")
          .hasValue(true);
    }
    try (ChildJvm second = ChildJvm.start(App.class, env, work)) {
      awaitUp(second);
      List<String> lines = second.stop();
      assertThat(second.exitValue()).isEqualTo(143);
      assertThat(lines.stream().filter(l -> l.contains("left running")).toList())
          .singleElement()
          .satisfies(l -> assertThat(l).contains(" WARN ", "pid " + orphan));
      assertThat(ProcessHandle.of(orphan).filter(ProcessHandle::isAlive)).isEmpty();
      assertThat(lines).noneMatch(l -> l.contains(" ERROR "));
    }
    assertThat(postmaster(pidFile)).as("the second stop took its own server down").isEmpty();
  }

  static void awaitUp(ChildJvm app) throws InterruptedException {
    app.awaitLine(l -> l.contains("Bookline is up"), Duration.ofSeconds(300));
    if (app.line(l -> l.contains("Bookline is up")).isEmpty()) {
      throw new AssertionError("the app did not start:\n" + String.join("\n", app.stop()));
    }
  }

  static Optional<ProcessHandle> postmaster(Path pidFile) throws Exception {
    if (!Files.exists(pidFile)) {
      return Optional.empty();
    }
    // The server writes its pid file while it starts: empty or half written for a moment.
    List<String> lines = Files.readAllLines(pidFile);
    if (lines.isEmpty() || !lines.get(0).strip().matches("\\d+")) {
      return Optional.empty();
    }
    long pid = Long.parseLong(lines.get(0).strip());
    return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
  }
}
