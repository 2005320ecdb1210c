package io.bookline.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The outbox's lease and retry window settings (ADR 0028). */
class OutboxConfigTest {
  @Test
  void by_default_a_thirty_second_lease_six_hours_of_retries_and_pauses_up_to_ten_minutes() {
    assertThat(ConfigLoader.load(Map.of()).outbox()).isEqualTo(OutboxConfig.defaults());
    assertThat(OutboxConfig.defaults())
        .isEqualTo(
            new OutboxConfig(Duration.ofSeconds(30), Duration.ofHours(6), Duration.ofMinutes(10)));
    assertThat(
            ConfigLoader.load(
                    Map.of(
                        "OUTBOX_LEASE",
                        "1m",
                        "OUTBOX_RETRY_WINDOW",
                        "24h",
                        "OUTBOX_MAX_WAIT",
                        "2m"))
                .outbox())
        .isEqualTo(
            new OutboxConfig(Duration.ofMinutes(1), Duration.ofHours(24), Duration.ofMinutes(2)));
  }

  @Test
  void a_window_past_whatsapps_24_hours_or_a_lease_under_5_seconds_is_refused() {
    assertThatThrownBy(
            () ->
                ConfigLoader.load(
                    Map.of(
                        "OUTBOX_LEASE", "2s",
                        "OUTBOX_RETRY_WINDOW", "25h",
                        "OUTBOX_MAX_WAIT", "0s")))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e ->
                assertThat(e.problems())
                    .containsExactlyInAnyOrder(
                        "OUTBOX_LEASE is '2s'; expected a duration of at least 5s such as 30s",
                        "OUTBOX_RETRY_WINDOW is '25h'; expected a positive duration of at most 24h"
                            + " (WhatsApp's reply window) such as 6h",
                        "OUTBOX_MAX_WAIT is '0s'; expected a duration of at least 1s such as 10m"));
  }
}
