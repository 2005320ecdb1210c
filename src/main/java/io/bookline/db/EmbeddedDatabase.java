package io.bookline.db;

import io.bookline.config.DatabaseUrl;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server run from binaries on the classpath, its data kept under the data
 * directory so that a restart keeps every booking. This is the zero-setup default, not a test
 * double: it writes durably (fsync and synchronous commits on), as a server of one's own would.
 */
final class EmbeddedDatabase implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);

  private final EmbeddedPostgres postgres;
  private final StopWhileStarting guard;
  private final AtomicBoolean closed = new AtomicBoolean();

  private EmbeddedDatabase(EmbeddedPostgres postgres, StopWhileStarting guard) {
    this.postgres = postgres;
    this.guard = guard;
  }

  /**
   * From now on the app's stop closes the server, last, after what uses it (ADR 0096): the stop for
   * a JVM ending while starting stands down.
   */
  void handOver() {
    guard.standDown();
  }

  static EmbeddedDatabase start(Path dataDirectory) {
    StopWhileStarting guard = null;
    try {
      Files.createDirectories(dataDirectory);
      if (OrphanedPostmaster.inUse(dataDirectory)) {
        // zonky would only say "could not lock …/epg-lock", which reads like a broken disk.
        throw new IllegalStateException(
            "another Bookline is already running on the data directory "
                + dataDirectory.toAbsolutePath().normalize().getParent()
                + " (its embedded PostgreSQL holds "
                + OrphanedPostmaster.LOCK_FILE
                + "): stop that one first, or start this one with its own BOOKLINE_DATA_DIR and"
                + " PORT");
      }
      OrphanedPostmaster.stopIfAny(dataDirectory);
      guard = new StopWhileStarting(dataDirectory);
      LOG.info("starting embedded PostgreSQL with its data in {}", dataDirectory.toAbsolutePath());
      EmbeddedPostgres pg =
          EmbeddedPostgres.builder()
              .setDataDirectory(dataDirectory)
              .setCleanDataDirectory(false)
              .setLocaleConfig("locale", "C")
              .setServerConfig("max_connections", "100")
              // zonky's defaults are a test database's: fsync off (-F) and asynchronous commits.
              // Here a 200 must mean the message is on disk, and a power cut must not corrupt it.
              .setServerConfig("fsync", "on")
              .setServerConfig("synchronous_commit", "on")
              .setPGStartupWait(Duration.ofSeconds(60))
              // zonky's own JVM shutdown hook stopped the server as soon as SIGTERM came, in
              // parallel with our graceful stop: streams, reminders and the pools lost Postgres
              // under them (57P01, a burst of WARNs, a 17 s stop). App's stop closes it last.
              .setRegisterShutdownHook(false)
              .start();
      EmbeddedDatabase server = new EmbeddedDatabase(pg, guard);
      guard.serve(server);
      return server;
    } catch (IOException e) {
      // The start failed: no server of ours to stop at the JVM's end (a postmaster it left, the
      // next start stops as an orphan).
      if (guard != null) {
        guard.standDown();
      }
      throw Database.io(
          "cannot start the embedded PostgreSQL in "
              + dataDirectory.toAbsolutePath()
              + " (is another Bookline using that data directory?)",
          e);
    }
  }

  DatabaseUrl url() {
    return new DatabaseUrl(
        postgres.getJdbcUrl("postgres", "postgres"), Optional.of("postgres"), Optional.empty());
  }

  @Override
  public void close() {
    handOver();
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    try {
      postgres.close();
    } catch (IOException e) {
      LOG.warn("embedded PostgreSQL did not stop cleanly", e);
    }
  }

  /**
   * A SIGTERM during the start (the server's own start, the migrations, the seeding) ended the JVM
   * before the app's stop was in place, and the postmaster outlived it: zonky's own hook is off
   * (above). This JVM hook stops the server until the app takes over: the one started, or while it
   * starts, the postmaster its pid file names (this process holds the directory's lock, so it is
   * ours).
   */
  private static final class StopWhileStarting {
    private final Path dataDirectory;
    private final AtomicBoolean stoodDown = new AtomicBoolean();
    private final AtomicReference<EmbeddedDatabase> server = new AtomicReference<>();
    private final Thread hook;

    StopWhileStarting(Path dataDirectory) {
      this.dataDirectory = dataDirectory;
      this.hook = new Thread(this::stop, "embedded-postgres-stop-while-starting");
      Runtime.getRuntime().addShutdownHook(hook);
    }

    void serve(EmbeddedDatabase started) {
      server.set(started);
    }

    void standDown() {
      if (stoodDown.compareAndSet(false, true)) {
        try {
          Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
          // The JVM is already ending; the hook sees it stood down and does nothing.
        }
      }
    }

    private void stop() {
      if (stoodDown.get()) {
        return;
      }
      LOG.info("the app ended while starting: stopping its embedded PostgreSQL");
      EmbeddedDatabase started = server.get();
      if (started != null) {
        started.close();
        return;
      }
      try {
        OrphanedPostmaster.stopStarting(dataDirectory);
      } catch (IOException e) {
        LOG.warn("could not stop the embedded PostgreSQL while starting: {}", e.getMessage());
      }
    }
  }
}
