package io.bookline.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.bookline.config.OpsConfig;
import io.bookline.config.SettingValues;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The orchestrators give the app the time its graceful stop needs (ADR 0034): SHUTDOWN_TIMEOUT plus
 * the watchdog's grace, after Kubernetes' preStop pause, before they send SIGKILL.
 */
class StopBudgetTest {
  static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  static final Duration NEEDED = OpsConfig.DEFAULT_SHUTDOWN_TIMEOUT.plusSeconds(5);

  @Test
  void docker_compose_waits_longer_than_the_stop_can_take() throws Exception {
    JsonNode app = YAML.readTree(Path.of("docker-compose.yml").toFile()).at("/services/app");
    Duration grace = SettingValues.duration(app.path("stop_grace_period").asText("10s"));
    assertThat(grace).isGreaterThanOrEqualTo(NEEDED);
  }

  @Test
  void kubernetes_waits_longer_than_the_pre_stop_pause_and_the_stop() throws Exception {
    JsonNode pod =
        YAML.readTree(Path.of("deploy/kubernetes/deployment.yaml").toFile())
            .at("/spec/template/spec");
    long grace = pod.path("terminationGracePeriodSeconds").asLong(30);
    JsonNode preStop = pod.at("/containers/0/lifecycle/preStop/exec/command");
    long pause =
        preStop.isArray() && preStop.get(0).asText().equals("sleep") ? preStop.get(1).asLong() : 0;
    assertThat(Duration.ofSeconds(grace)).isGreaterThanOrEqualTo(NEEDED.plusSeconds(pause));
  }
}
