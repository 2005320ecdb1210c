package io.bookline.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL a Bookline left running when it ended without stopping it ({@code kill
 * -9}, an OOM kill): its postmaster outlives the JVM, holds {@code postmaster.pid} in the data
 * directory, and the next start waited a minute for a server of its own that could not start. A
 * postmaster is taken for an orphan when {@code postmaster.pid} names a live postgres process and
 * no Bookline holds the data directory (zonky's {@code epg-lock}, which the OS frees with its
 * holder); it is then asked to stop (SIGTERM: its clients are gone, so it ends at once), and killed
 * only if it does not.
 */
final class OrphanedPostmaster {
  private static final Logger LOG = LoggerFactory.getLogger(OrphanedPostmaster.class);
  static final String LOCK_FILE = "epg-lock";
  static final Duration STOP_WAIT = Duration.ofSeconds(30);

  private OrphanedPostmaster() {}

  /** Stops an orphaned postmaster of {@code dataDirectory}; does nothing when there is none. */
  static void stopIfAny(Path dataDirectory) throws IOException {
    Path pidFile = dataDirectory.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return;
    }
    Optional<ProcessHandle> postmaster = postmaster(pidFile);
    if (postmaster.isEmpty() || !unclaimed(dataDirectory.resolve(LOCK_FILE))) {
      // None running (PostgreSQL itself discards a stale pid file), or a live Bookline's own.
      return;
    }
    ProcessHandle p = postmaster.get();
    LOG.warn(
        "stopping the embedded PostgreSQL (pid {}) left running in {} by a Bookline that ended"
            + " without stopping it",
        p.pid(),
        dataDirectory.toAbsolutePath());
    p.destroy();
    try {
      p.onExit().get(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      p.destroyForcibly();
    } catch (ExecutionException e) {
      throw new IOException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while stopping the orphaned PostgreSQL", e);
    }
  }

  /**
   * Stops the postmaster this process is starting in {@code dataDirectory}, if its pid file is
   * written yet: the JVM is ending before the server was handed to the app.
   */
  static void stopStarting(Path dataDirectory) throws IOException {
    Path pidFile = dataDirectory.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return;
    }
    Optional<ProcessHandle> postmaster = postmaster(pidFile);
    if (postmaster.isPresent()) {
      ProcessHandle p = postmaster.get();
      p.destroy();
      try {
        p.onExit().get(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
      } catch (TimeoutException | ExecutionException e) {
        p.destroyForcibly();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        p.destroyForcibly();
      }
    }
  }

  private static Optional<ProcessHandle> postmaster(Path pidFile) throws IOException {
    List<String> lines = Files.readAllLines(pidFile);
    if (lines.isEmpty()) {
      return Optional.empty();
    }
    try {
      long pid = Long.parseLong(lines.get(0).strip());
      return ProcessHandle.of(pid)
          .filter(ProcessHandle::isAlive)
          .filter(h -> h.info().command().map(c -> c.endsWith("postgres")).orElse(false));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * True while a running Bookline (this process or another) holds {@code dataDirectory}: its
   * embedded PostgreSQL's lock is taken. A second start on the same directory cannot have its own
   * server there. Never creates the lock file: initdb wants a fresh directory empty.
   */
  static boolean inUse(Path dataDirectory) throws IOException {
    Path lockFile = dataDirectory.resolve(LOCK_FILE);
    return Files.exists(lockFile) && !unclaimed(lockFile);
  }

  /** True when no process holds the data directory's lock (checked, then let go at once). */
  private static boolean unclaimed(Path lockFile) throws IOException {
    try (FileChannel channel =
            FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock()) {
      return lock != null;
    } catch (OverlappingFileLockException heldHere) {
      return false;
    }
  }
}
