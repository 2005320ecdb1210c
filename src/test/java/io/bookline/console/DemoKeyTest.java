package io.bookline.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A first start on the embedded database leaves the demo business's key where the README says. */
class DemoKeyTest {
  @Test
  void the_first_embedded_start_writes_a_working_demo_key_only_its_owner_can_read(
      @TempDir Path dataDir) throws Exception {
    try (TestApp app =
        TestApp.start(TestApp.mondayMorning(), Map.of("BOOKLINE_DATA_DIR", dataDir.toString()))) {
      Path file = dataDir.resolve(DemoKey.FILE);
      String key = Files.readString(file).strip();
      assertThat(key).startsWith("bk_");
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
          .isEqualTo("rw-------");
      var business = app.as(key).get("/api/business");
      assertThat(business.status()).isEqualTo(200);
      assertThat(business.json().get("slug").asText()).isEqualTo("demo");
    }
  }
}
