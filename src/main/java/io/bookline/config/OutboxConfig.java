package io.bookline.config;

import java.time.Duration;

/**
 * How the outbox sends replies to the platforms (ADR 0028).
 *
 * @param lease how long a claimed reply is left alone by other senders; the sender holding it
 *     renews it while it works ({@code OUTBOX_LEASE}), so only a sender that stopped loses it
 * @param retryWindow how long a reply is retried before it is dead-lettered, from when it was
 *     queued ({@code OUTBOX_RETRY_WINDOW}); at most {@link #MAX_RETRY_WINDOW}, inside WhatsApp's
 *     24-hour customer-service window
 * @param longestWait the longest pause between two tries of our own choosing ({@code
 *     OUTBOX_MAX_WAIT}); a platform's {@code Retry-After} may ask for longer
 */
public record OutboxConfig(Duration lease, Duration retryWindow, Duration longestWait) {
  public static final Duration DEFAULT_LEASE = Duration.ofSeconds(30);
  public static final Duration DEFAULT_RETRY_WINDOW = Duration.ofHours(6);
  public static final Duration DEFAULT_LONGEST_WAIT = Duration.ofMinutes(10);

  /** Shorter leases would be renewed more often than the sender polls. */
  public static final Duration MIN_LEASE = Duration.ofSeconds(5);

  /** WhatsApp refuses free-form replies 24 hours after the customer's last message. */
  public static final Duration MAX_RETRY_WINDOW = Duration.ofHours(24);

  static OutboxConfig read(ConfigLoader env) {
    Duration lease =
        env.read(
            "OUTBOX_LEASE",
            DEFAULT_LEASE,
            v -> atLeast(SettingValues.duration(v), MIN_LEASE),
            "a duration of at least 5s such as 30s");
    Duration window =
        env.read(
            "OUTBOX_RETRY_WINDOW",
            DEFAULT_RETRY_WINDOW,
            v -> atMost(SettingValues.duration(v), MAX_RETRY_WINDOW),
            "a positive duration of at most 24h (WhatsApp's reply window) such as 6h");
    Duration wait =
        env.read(
            "OUTBOX_MAX_WAIT",
            DEFAULT_LONGEST_WAIT,
            v -> atLeast(SettingValues.duration(v), Duration.ofSeconds(1)),
            "a duration of at least 1s such as 10m");
    return new OutboxConfig(lease, window, wait);
  }

  /** The defaults, for tests that build parts by hand. */
  public static OutboxConfig defaults() {
    return new OutboxConfig(DEFAULT_LEASE, DEFAULT_RETRY_WINDOW, DEFAULT_LONGEST_WAIT);
  }

  private static Duration atLeast(Duration d, Duration min) {
    if (d.compareTo(min) < 0) {
      throw new IllegalArgumentException("too short");
    }
    return d;
  }

  private static Duration atMost(Duration d, Duration max) {
    if (d.compareTo(max) > 0) {
      throw new IllegalArgumentException("too long");
    }
    return d;
  }
}
