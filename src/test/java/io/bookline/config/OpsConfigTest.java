package io.bookline.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The management port, metrics token and stop time settings (ADR 0025). */
class OpsConfigTest {
  @Test
  void by_default_there_is_no_management_port_no_token_and_twenty_seconds_to_stop() {
    OpsConfig ops = ConfigLoader.load(Map.of()).ops();
    assertThat(ops.managementPort()).isEmpty();
    assertThat(ops.managementBindAddress()).isEqualTo("127.0.0.1");
    assertThat(ops.metricsToken()).isEmpty();
    assertThat(ops.shutdownTimeout()).isEqualTo(Duration.ofSeconds(20));
  }

  @Test
  void the_management_port_stays_on_loopback_unless_told_and_both_settings_combine() {
    OpsConfig ops =
        ConfigLoader.load(
                Map.of(
                    "MANAGEMENT_PORT", "9090",
                    "METRICS_TOKEN", "0123456789abcdef",
                    "SHUTDOWN_TIMEOUT", "45s"))
            .ops();
    assertThat(ops.managementPort()).contains(9090);
    assertThat(ops.managementBindAddress()).isEqualTo("127.0.0.1");
    assertThat(ops.metricsToken()).isEqualTo(Optional.of("0123456789abcdef"));
    assertThat(ops.shutdownTimeout()).isEqualTo(Duration.ofSeconds(45));
    assertThat(
            ConfigLoader.load(Map.of("MANAGEMENT_BIND_ADDRESS", "0.0.0.0"))
                .ops()
                .managementBindAddress())
        .isEqualTo("0.0.0.0");
  }

  @Test
  void bad_values_are_named_and_a_short_token_is_not_echoed() {
    assertThatThrownBy(
            () ->
                ConfigLoader.load(
                    Map.of(
                        "MANAGEMENT_PORT", "70000",
                        "MANAGEMENT_BIND_ADDRESS", "not an address",
                        "METRICS_TOKEN", "secret-ish",
                        "SHUTDOWN_TIMEOUT", "soon")))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e -> {
              assertThat(e.problems())
                  .containsExactlyInAnyOrder(
                      "MANAGEMENT_PORT is '70000'; expected a port number 0-65535",
                      "MANAGEMENT_BIND_ADDRESS is 'not an address'; expected an IP address such as"
                          + " 127.0.0.1 or 0.0.0.0, or a host name",
                      "METRICS_TOKEN is too short (10 characters); expected at least 16",
                      "SHUTDOWN_TIMEOUT is 'soon'; expected a positive duration such as 20s or"
                          + " 1m");
              assertThat(e.getMessage()).doesNotContain("secret-ish");
            });
  }
}
