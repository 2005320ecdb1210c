package io.bookline.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.App;
import io.bookline.support.ChildJvm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Review: a SIGTERM while the app starts on the embedded default (its server starting, the
 * migrations, the seeding) ended the JVM before the app's own stop was in place, and the embedded
 * PostgreSQL outlived it. The stop now reaches the server in that window too.
 */
class StopWhileStartingTest {
  @Test
  void a_sigterm_while_starting_leaves_no_postgres_running() throws Exception {
    Path work = Files.createTempDirectory("bookline-stop-starting");
    Map<String, String> env =
        Map.of("PORT", "0", "BOOKLINE_DATA_DIR", work.resolve("data").toString());
    Path pidFile = work.resolve("data/postgres/postmaster.pid");
    try (ChildJvm app = ChildJvm.start(App.class, env, work)) {
      app.awaitLine(l -> l.contains("starting embedded PostgreSQL"), Duration.ofSeconds(120));
      long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
      while (OrphanedPostmasterTest.postmaster(pidFile).isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      long pid = OrphanedPostmasterTest.postmaster(pidFile).orElseThrow().pid();
      app.stop();
      assertThat(app.line(l -> l.contains("Bookline is up")))
          .as("the stop came while starting")
          .isEmpty();
      Optional<ProcessHandle> left = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
      left.ifPresent(ProcessHandle::destroyForcibly);
      assertThat(left).as("the embedded PostgreSQL outlived the app").isEmpty();
    }
  }
}
