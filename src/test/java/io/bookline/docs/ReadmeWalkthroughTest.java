package io.bookline.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import io.bookline.support.TestPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The README's "Set up your business" walk-through (issue 11's "done when") is run as it is
 * written: the shell block is taken from README.md and run with bash, curl and jq against a real
 * app on a fresh database, on the real clock (the block asks the shell's {@code date} for "today").
 * A README that drifts from the API fails here.
 */
class ReadmeWalkthroughTest {
  static TestApp app;

  @BeforeAll
  static void start() {
    app =
        TestApp.start(
            Clock.systemUTC(),
            Map.of("DATABASE_URL", TestPostgres.freshDatabase(), "BOOKLINE_DEMO", "false"));
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  static String walkthrough() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    Matcher section =
        Pattern.compile("## Set up your business\\n(.*?)\\n## ", Pattern.DOTALL).matcher(readme);
    assertThat(section.find()).as("README has a 'Set up your business' section").isTrue();
    Matcher block = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL).matcher(section.group(1));
    assertThat(block.find()).as("the section has a sh block").isTrue();
    return block.group(1);
  }

  @Test
  void theReadmeWalkthroughWorksAsWritten() throws Exception {
    Path script = Files.createTempFile("walkthrough", ".sh");
    Files.writeString(script, "set -eu\n" + walkthrough());
    ProcessBuilder builder =
        new ProcessBuilder("bash", script.toString()).redirectErrorStream(true);
    builder.environment().put("B", app.base());
    builder.environment().put("BOOKLINE_ADMIN_KEY", TestApp.ADMIN_KEY);
    Process run = builder.start();
    String out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(run.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(run.exitValue()).as(out).isZero();

    assertThat(out)
        .as(out)
        .contains("\"slug\":\"salon-ana\"", "\"apiKey\":\"bk_")
        .contains("\"bookingsInside\":[]")
        .contains("Booked! Haircut on")
        .contains("\"status\":\"cancelled\"", "\"customerTold\":\"transcript\"")
        .contains("\"author\":\"staff\"", "Ana is ill")
        .doesNotContain("\"error\"");
    // The other business: an empty list, then 404 for Salon Ana's conversation.
    assertThat(out.strip()).endsWith("{\"bookings\":[]}404");
  }
}
