package io.bookline.config;

import java.time.Duration;
import java.util.Optional;

/**
 * How operators reach an instance and how it stops (ADR 0025): where Prometheus scrapes it, and how
 * long a SIGTERM may take.
 *
 * @param managementPort a second port serving only {@code GET /metrics} ({@code MANAGEMENT_PORT});
 *     empty: no management port
 * @param managementBindAddress the address the management port listens on ({@code
 *     MANAGEMENT_BIND_ADDRESS}); loopback unless said otherwise, so the scrape is never public by
 *     accident
 * @param metricsToken when set, {@code GET /metrics} on the main port answers to {@code
 *     Authorization: Bearer <token>} ({@code METRICS_TOKEN}); when empty, not at all
 * @param shutdownTimeout how long a stop may take, turns in flight included, before the process
 *     ends anyway ({@code SHUTDOWN_TIMEOUT})
 * @param accessLog whether each HTTP request writes its line on {@code bookline.access} ({@code
 *     ACCESS_LOG}); logback reads the setting itself ({@code ops.AccessLogProperty}), as logging
 *     starts before this is loaded, so this is here to refuse a value that is no boolean
 */
public record OpsConfig(
    Optional<Integer> managementPort,
    String managementBindAddress,
    Optional<String> metricsToken,
    Duration shutdownTimeout,
    boolean accessLog) {

  public static final String DEFAULT_MANAGEMENT_BIND = "127.0.0.1";
  public static final Duration DEFAULT_SHUTDOWN_TIMEOUT = Duration.ofSeconds(20);

  /** A bearer token shorter than this is refused: it would be guessable. */
  public static final int MIN_TOKEN_LENGTH = 16;

  static OpsConfig read(ConfigLoader env) {
    // A bad value is reported by read() and stops start-up; the fallbacks below are never used.
    Optional<Integer> port =
        env.optional("MANAGEMENT_PORT")
            .map(v -> env.read("MANAGEMENT_PORT", 0, SettingValues::port, "a port number 0-65535"));
    String bind =
        env.read(
            "MANAGEMENT_BIND_ADDRESS",
            DEFAULT_MANAGEMENT_BIND,
            SettingValues::bindAddress,
            "an IP address such as 127.0.0.1 or 0.0.0.0, or a host name");
    Optional<String> token = env.optional("METRICS_TOKEN");
    token
        .filter(t -> t.length() < MIN_TOKEN_LENGTH)
        .ifPresent(
            t ->
                env.problem(
                    "METRICS_TOKEN is too short (%s); expected at least %d"
                        .formatted(SecretKeySettings.characters(t.length()), MIN_TOKEN_LENGTH)));
    Duration shutdown =
        env.read(
            "SHUTDOWN_TIMEOUT",
            DEFAULT_SHUTDOWN_TIMEOUT,
            SettingValues::duration,
            "a positive duration such as 20s or 1m");
    return new OpsConfig(port, bind, token, shutdown, env.flag("ACCESS_LOG", true));
  }

  /** No management port, no token, the default stop time: for tests that build parts by hand. */
  public static OpsConfig defaults() {
    return new OpsConfig(
        Optional.empty(),
        DEFAULT_MANAGEMENT_BIND,
        Optional.empty(),
        DEFAULT_SHUTDOWN_TIMEOUT,
        true);
  }
}
