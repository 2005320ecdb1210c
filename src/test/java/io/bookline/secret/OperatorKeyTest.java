package io.bookline.secret;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.LogCapture;
import io.bookline.support.TestApp;
import io.bookline.support.TestPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ops review L5: an operator key made up because {@code BOOKLINE_ADMIN_KEY} is unset never reaches
 * the log. On the embedded default it is written to a file only its owner reads (the log names the
 * file); on a server database nobody learns it, and the log says the operator routes need the key.
 */
class OperatorKeyTest {
  static int status(TestApp app, String key) throws Exception {
    HttpRequest get =
        HttpRequest.newBuilder(URI.create(app.base() + "/api/services"))
            .header("Authorization", "Bearer " + key)
            .header("X-Bookline-Business", "demo")
            .build();
    return HttpClient.newHttpClient()
        .send(get, HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  @Test
  void on_the_embedded_default_the_key_is_in_a_file_for_the_owner_alone_and_not_in_the_log(
      @TempDir Path dataDir) throws Exception {
    try (LogCapture log = new LogCapture();
        TestApp app =
            TestApp.start(
                TestApp.mondayMorning(),
                Map.of("BOOKLINE_DATA_DIR", dataDir.toString(), "BOOKLINE_ADMIN_KEY", ""))) {
      String key = app.app().config().adminKey();
      Path file = dataDir.resolve(OperatorKeyFile.FILE);
      assertThat(Files.readString(file, StandardCharsets.UTF_8).strip()).isEqualTo(key);
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
          .isEqualTo("rw-------");
      assertThat(log.mentioning(file.toAbsolutePath().normalize().toString())).hasSize(1);
      assertThat(log.events()).noneMatch(e -> e.getFormattedMessage().contains(key));
      assertThat(status(app, key)).isEqualTo(200);
    }
  }

  @Test
  void on_a_server_database_the_key_is_never_logged_nor_written(@TempDir Path dataDir)
      throws Exception {
    try (LogCapture log = new LogCapture();
        TestApp app =
            TestApp.start(
                TestApp.mondayMorning(),
                Map.of(
                    "DATABASE_URL", TestPostgres.freshDatabase(),
                    "BOOKLINE_DATA_DIR", dataDir.toString(),
                    "BOOKLINE_ADMIN_KEY", ""))) {
      String key = app.app().config().adminKey();
      assertThat(log.events()).noneMatch(e -> e.getFormattedMessage().contains(key));
      assertThat(log.mentioning("BOOKLINE_ADMIN_KEY is not set"))
          .singleElement()
          .satisfies(e -> assertThat(e.getFormattedMessage()).contains("operator routes"));
      assertThat(dataDir.resolve(OperatorKeyFile.FILE)).doesNotExist();
    }
  }
}
