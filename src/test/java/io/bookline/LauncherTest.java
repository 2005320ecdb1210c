package io.bookline;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The README's two commands go through {@code ./bookline}. A newcomer's typo ({@code ./bookline
 * tset}) or a setting written as a flag ({@code ./bookline --port 9000}) used to start the product,
 * arguments ignored, and fail on the port or data directory the running one held. Each runs a copy
 * of the launcher in an empty directory: a launcher that went on to build would fail there on the
 * missing pom, not with exit code 2.
 */
class LauncherTest {
  private static final Path LAUNCHER = Path.of("bookline");

  record Run(int exit, String err) {}

  static Run run(Path dir, String... args) throws IOException, InterruptedException {
    Files.copy(LAUNCHER, dir.resolve("bookline"));
    List<String> command = new ArrayList<>(List.of("sh", "bookline"));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).directory(dir.toFile()).start();
    p.getOutputStream().close();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      throw new AssertionError("./bookline " + String.join(" ", args) + " did not end in 60 s");
    }
    return new Run(p.exitValue(), new String(p.getErrorStream().readAllBytes(), UTF_8));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "tset     | unknown command 'tset' (did you mean ./bookline test?)",
        "tests    | unknown command 'tests' (did you mean ./bookline test?)",
        "--port   | unknown command '--port' (settings are environment variables or lines in"
            + " ./.env, e.g. PORT=8081 ./bookline)",
        "start    | unknown command 'start'"
      })
  void an_unknown_command_is_refused_with_the_usage_and_nothing_is_built_or_started(
      String arg, String said, @TempDir Path dir) throws Exception {
    Run run = run(dir, arg, "9000");

    assertThat(run.exit()).as(run.err()).isEqualTo(2);
    assertThat(run.err())
        .contains("bookline: " + said)
        .contains("./bookline test [-D…]")
        .doesNotContain("using JDK")
        .doesNotContain("building");
    assertThat(dir.resolve("target")).doesNotExist();
  }

  @Test
  void help_still_prints_the_usage_on_stdout(@TempDir Path dir) throws Exception {
    Files.copy(LAUNCHER, dir.resolve("bookline"));
    Process p = new ProcessBuilder("sh", "bookline", "--help").directory(dir.toFile()).start();
    String out = new String(p.getInputStream().readAllBytes(), UTF_8);

    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isZero();
    assertThat(out).startsWith("Bookline's launcher.").contains("./bookline test [-D…]");
  }
}
