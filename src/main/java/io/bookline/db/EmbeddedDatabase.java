package io.bookline.db;

import io.bookline.config.DatabaseUrl;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
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

  private EmbeddedDatabase(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  static EmbeddedDatabase start(Path dataDirectory) {
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
      return new EmbeddedDatabase(pg);
    } catch (IOException e) {
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
    try {
      postgres.close();
    } catch (IOException e) {
      LOG.warn("embedded PostgreSQL did not stop cleanly", e);
    }
  }
}
