package io.bookline.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

  private ChildJvm(Process process) {
    this.process = process;
    this.reader = Thread.ofPlatform().daemon().start(this::read);
  }

  public static ChildJvm start(Class<?> main, Map<String, String> env, Path workingDirectory) {
    String java = ProcessHandle.current().info().command().orElse("java");
    ProcessBuilder builder =
        new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), main.getName())
            .directory(workingDirectory.toFile())
            .redirectErrorStream(true);
    builder.environment().clear();
    builder.environment().putAll(env);
    try {
      return new ChildJvm(builder.start());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void read() {
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        synchronized (lines) {
          lines.add(line);
          lines.notifyAll();
        }
      }
    } catch (IOException e) {
      // the process ended; what it wrote is in lines
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
    reader.join(5_000);
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

  @Override
  public void close() {
    process.destroyForcibly();
  }
}
