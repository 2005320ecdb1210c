package io.bookline.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A main class of this project run in a JVM of its own, with exactly the environment given, so its
 * logging starts from logback.xml as in production. Collects every line it writes (stdout and
 * stderr together).
 */
public final class ChildJvm implements AutoCloseable {
  private final Process process;
  private final List<String> lines = new ArrayList<>();
  private final Thread reader;

  private final Path output;

  private ChildJvm(Process process, Path output) {
    this.process = process;
    this.output = output;
    this.reader = Thread.ofPlatform().daemon().start(this::read);
  }

  public static ChildJvm start(Class<?> main, Map<String, String> env, Path workingDirectory) {
    String java = ProcessHandle.current().info().command().orElse("java");
    try {
      // Into a file, not a pipe: when a JVM ends, the JDK closes the pipe under a reader that is
      // still reading, and what the process wrote while stopping (its shutdown hooks) was lost.
      Path output = Files.createTempFile("child-jvm", ".log");
      ProcessBuilder builder =
          new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), main.getName())
              .directory(workingDirectory.toFile())
              .redirectErrorStream(true)
              .redirectOutput(output.toFile());
      builder.environment().clear();
      builder.environment().putAll(env);
      return new ChildJvm(builder.start(), output);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Follows the output file, line by line, until the process has ended and all is read. */
  private void read() {
    try (InputStream in = Files.newInputStream(output)) {
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      while (true) {
        int n = in.read(buffer);
        if (n < 0) {
          if (!process.isAlive() && in.available() == 0) {
            if (line.size() > 0) {
              add(line.toString(StandardCharsets.UTF_8));
            }
            return;
          }
          Thread.sleep(20);
          continue;
        }
        for (int i = 0; i < n; i++) {
          if (buffer[i] == '\n') {
            add(line.toString(StandardCharsets.UTF_8));
            line.reset();
          } else {
            line.write(buffer[i]);
          }
        }
      }
    } catch (IOException | InterruptedException e) {
      // nothing more to read; what it wrote is in lines
    } finally {
      synchronized (lines) {
        lines.notifyAll();
      }
    }
  }

  private void add(String line) {
    synchronized (lines) {
      lines.add(line);
      lines.notifyAll();
    }
  }

  /** Waits until a line matches, or the timeout passes (then the caller's assertions speak). */
  public void awaitLine(Predicate<String> wanted, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (lines) {
      while (lines.stream().noneMatch(wanted) && process.isAlive()) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return;
        }
        TimeUnit.NANOSECONDS.timedWait(lines, left);
      }
    }
  }

  /** Ends the JVM as an orchestrator would (SIGTERM), waits for it, and returns all it wrote. */
  public List<String> stop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
    reader.join(10_000);
    synchronized (lines) {
      return List.copyOf(lines);
    }
  }

  /** Waits for the JVM to end by itself and returns all it wrote. */
  public List<String> awaitExit() throws InterruptedException {
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
    reader.join(5_000);
    synchronized (lines) {
      return List.copyOf(lines);
    }
  }

  /** The first line written so far that matches, if any. */
  public Optional<String> line(Predicate<String> wanted) {
    synchronized (lines) {
      return lines.stream().filter(wanted).findFirst();
    }
  }

  /** Ends the JVM at once with SIGKILL, as a crash would: no shutdown hook runs. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  /** The exit code, once the JVM has ended (143 after SIGTERM with the JVM's own handling). */
  public int exitValue() {
    return process.exitValue();
  }

  @Override
  public void close() {
    process.destroyForcibly();
    try {
      Files.deleteIfExists(output);
    } catch (IOException e) {
      // a temporary file; the system cleans it up
    }
  }
}
