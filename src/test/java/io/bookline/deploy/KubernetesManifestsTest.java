package io.bookline.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.bookline.App;
import io.bookline.config.Config;
import io.bookline.config.ConfigLoader;
import io.bookline.db.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Kubernetes example in deploy/kubernetes is read as the cluster would: every file parses, the
 * parts refer to each other by the right names and labels, and the settings they give a pod make a
 * valid Bookline configuration.
 */
class KubernetesManifestsTest {
  static final Path DIR = Path.of("deploy/kubernetes");

  /** Postgres's default; the README tells operators to raise it or lower pool x replicas. */
  static final int POSTGRES_MAX_CONNECTIONS = 100;

  /** Connections Postgres keeps for superusers out of max_connections by default. */
  static final int SUPERUSER_RESERVED = 3;

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Map<String, JsonNode> BY_KIND = new HashMap<>();

  @BeforeAll
  static void readEveryManifest() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
        try (var parser = YAML.createParser(file.toFile())) {
          for (JsonNode doc : YAML.readValues(parser, JsonNode.class).readAll()) {
            BY_KIND.put(doc.path("kind").asText(), doc);
          }
        }
      }
    }
  }

  private static JsonNode kind(String kind) {
    JsonNode doc = BY_KIND.get(kind);
    assertTrue(doc != null, "deploy/kubernetes has no " + kind);
    return doc;
  }

  private static JsonNode container() {
    JsonNode containers = kind("Deployment").at("/spec/template/spec/containers");
    assertEquals(1, containers.size());
    return containers.get(0);
  }

  @Test
  void every_part_of_a_deployment_is_there() {
    for (String k :
        List.of(
            "Deployment",
            "Service",
            "PodDisruptionBudget",
            "HorizontalPodAutoscaler",
            "ConfigMap",
            "Secret",
            "Kustomization")) {
      kind(k);
    }
  }

  @Test
  void probes_ask_live_and_ready_on_the_serving_port() {
    JsonNode c = container();
    assertEquals("/health/live", c.at("/livenessProbe/httpGet/path").asText());
    assertEquals("/health/ready", c.at("/readinessProbe/httpGet/path").asText());
    assertEquals("/health/live", c.at("/startupProbe/httpGet/path").asText());
    String port = c.at("/ports/0/name").asText();
    assertEquals("http", port);
    for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
      assertEquals(port, c.at("/" + probe + "/httpGet/port").asText(), probe);
    }
    assertEquals(
        kind("ConfigMap").at("/data/PORT").asText(),
        c.at("/ports/0/containerPort").asText(),
        "the container port is the PORT the app listens on");
  }

  @Test
  void the_pod_asks_for_cpu_and_memory_and_caps_memory() {
    JsonNode resources = container().path("resources");
    assertFalse(resources.at("/requests/cpu").asText().isEmpty());
    assertFalse(resources.at("/requests/memory").asText().isEmpty());
    assertFalse(resources.at("/limits/memory").asText().isEmpty());
  }

  @Test
  void the_pod_gets_every_required_setting_and_they_form_a_valid_configuration() {
    JsonNode c = container();
    assertEquals(
        kind("ConfigMap").at("/metadata/name").asText(),
        c.at("/envFrom/0/configMapRef/name").asText());
    assertEquals(
        kind("Secret").at("/metadata/name").asText(), c.at("/envFrom/1/secretRef/name").asText());
    Map<String, String> env = new HashMap<>();
    kind("ConfigMap")
        .path("data")
        .properties()
        .forEach(e -> env.put(e.getKey(), e.getValue().asText()));
    kind("Secret")
        .path("stringData")
        .properties()
        .forEach(e -> env.put(e.getKey(), e.getValue().asText()));
    for (String required :
        Set.of("DATABASE_URL", "REDIS_URL", "BOOKLINE_ADMIN_KEY", "BOOKLINE_SECRET_KEY")) {
      assertTrue(env.containsKey(required), required + " is missing");
    }
    Config config = ConfigLoader.load(env);
    assertEquals("0.0.0.0", config.bindAddress(), "probes reach the pod from outside it");
    assertFalse(config.adminKeyGenerated());
    assertTrue(config.database().isPresent());
    assertTrue(config.redisUrl().isPresent());
  }

  /**
   * Ops review L6: the kubelet counts the grace period from the start of preStop; the app then
   * takes up to SHUTDOWN_TIMEOUT and its watchdog {@link App#STOP_GRACE} more. The period must be
   * above that sum, or SIGKILL races the app's own ending.
   */
  @Test
  void the_grace_period_outlasts_prestop_the_stop_budget_and_the_watchdog() {
    JsonNode preStop = container().at("/lifecycle/preStop/exec/command");
    assertEquals("sleep", preStop.get(0).asText());
    Duration sleep = Duration.ofSeconds(preStop.get(1).asLong());
    Map<String, String> env = new HashMap<>();
    kind("ConfigMap")
        .path("data")
        .properties()
        .forEach(e -> env.put(e.getKey(), e.getValue().asText()));
    Duration stop = ConfigLoader.load(env).ops().shutdownTimeout();
    Duration grace =
        Duration.ofSeconds(
            kind("Deployment").at("/spec/template/spec/terminationGracePeriodSeconds").asLong());
    Duration needed = sleep.plus(stop).plus(App.STOP_GRACE);
    assertTrue(
        grace.compareTo(needed) > 0,
        "terminationGracePeriodSeconds "
            + grace
            + " is not above preStop + SHUTDOWN_TIMEOUT + "
            + App.STOP_GRACE
            + " = "
            + needed);
  }

  @Test
  void service_budget_and_autoscaler_point_at_the_deployment_pods() {
    JsonNode deployment = kind("Deployment");
    JsonNode labels = deployment.at("/spec/template/metadata/labels");
    assertEquals(deployment.at("/spec/selector/matchLabels"), labels);
    assertEquals(labels, kind("Service").at("/spec/selector"));
    assertEquals(labels, kind("PodDisruptionBudget").at("/spec/selector/matchLabels"));
    assertEquals("http", kind("Service").at("/spec/ports/0/targetPort").asText());
    JsonNode target = kind("HorizontalPodAutoscaler").at("/spec/scaleTargetRef");
    assertEquals("Deployment", target.path("kind").asText());
    assertEquals(deployment.at("/metadata/name").asText(), target.path("name").asText());
  }

  @Test
  void the_autoscaler_scales_on_cpu_and_backlog_within_postgres_connections() {
    JsonNode hpa = kind("HorizontalPodAutoscaler").path("spec");
    List<String> metrics =
        hpa.path("metrics")
            .valueStream()
            .map(
                m ->
                    m.path("type").asText().equals("Resource")
                        ? m.at("/resource/name").asText()
                        : m.at("/external/metric/name").asText())
            .toList();
    assertEquals(List.of("cpu", "bookline_inbox_backlog"), metrics);
    int pool = Integer.parseInt(kind("ConfigMap").at("/data/DATABASE_POOL_SIZE").asText());
    int perPod = pool + Database.INGRESS_POOL_SIZE;
    int maxReplicas = hpa.path("maxReplicas").asInt();
    assertTrue(
        perPod * maxReplicas <= POSTGRES_MAX_CONNECTIONS - SUPERUSER_RESERVED,
        perPod + " connections x " + maxReplicas + " pods exceed Postgres' default 97 usable");
    assertTrue(hpa.path("minReplicas").asInt() >= 2, "one pod alone cannot be disrupted safely");
  }

  @Test
  void kustomize_applies_everything_but_the_example_secret() throws IOException {
    List<String> listed =
        kind("Kustomization").path("resources").valueStream().map(JsonNode::asText).toList();
    try (Stream<Path> files = Files.list(DIR)) {
      List<String> expected =
          files
              .map(f -> f.getFileName().toString())
              .filter(n -> !n.equals("kustomization.yaml") && !n.startsWith("secret."))
              .sorted()
              .toList();
      assertEquals(expected, listed.stream().sorted().toList());
    }
  }
}
