package io.bookline.config;

import java.time.Duration;
import java.util.Optional;

/**
 * Limits at the edge (ADR 0019, docs/security.md): attempts per inbox row, the web chat's rate
 * limits, and how many wrong verify tokens one address may try.
 *
 * @param inboxMaxAttempts turns tried per message before it is set aside as failed ({@code
 *     INBOX_MAX_ATTEMPTS})
 * @param webPerVisitorPerMinute web-chat messages per visitor per minute ({@code
 *     WEB_RATE_LIMIT_PER_MINUTE})
 * @param webPerAddressPerMinute web-chat requests per client address per minute ({@code
 *     WEB_IP_RATE_LIMIT_PER_MINUTE})
 * @param verifyFailuresPerMinute wrong webhook verify tokens per address per minute before 429
 *     ({@code VERIFY_FAILURES_PER_MINUTE})
 * @param clientAddressHeader the header a trusted proxy puts the client address in; its last value
 *     counts ({@code CLIENT_IP_HEADER}); empty: the connection's address
 * @param payloadRetention how long raw payloads and finished inbox rows are kept ({@code
 *     PAYLOAD_RETENTION}, ADR 0021)
 * @param webTrustsUserIds whether the web chat takes a {@code userId} nobody vouches for ({@code
 *     WEB_TRUST_USER_ID}, default false): any visitor can then act as any other, so only for load
 *     tests whose scripts name their users, and never on a reachable server (ADR 0020)
 */
public record IngressConfig(
    int inboxMaxAttempts,
    int webPerVisitorPerMinute,
    int webPerAddressPerMinute,
    int verifyFailuresPerMinute,
    Optional<String> clientAddressHeader,
    Duration payloadRetention,
    boolean webTrustsUserIds) {

  public static final int DEFAULT_INBOX_ATTEMPTS = 5;
  public static final int DEFAULT_WEB_PER_VISITOR = 20;
  public static final int DEFAULT_WEB_PER_ADDRESS = 120;
  public static final int DEFAULT_VERIFY_FAILURES = 5;
  public static final Duration DEFAULT_PAYLOAD_RETENTION = Duration.ofDays(90);

  static IngressConfig read(ConfigLoader env) {
    return new IngressConfig(
        count(env, "INBOX_MAX_ATTEMPTS", DEFAULT_INBOX_ATTEMPTS, 100),
        count(env, "WEB_RATE_LIMIT_PER_MINUTE", DEFAULT_WEB_PER_VISITOR, 100_000),
        count(env, "WEB_IP_RATE_LIMIT_PER_MINUTE", DEFAULT_WEB_PER_ADDRESS, 1_000_000),
        count(env, "VERIFY_FAILURES_PER_MINUTE", DEFAULT_VERIFY_FAILURES, 10_000),
        env.optional("CLIENT_IP_HEADER"),
        env.read(
            "PAYLOAD_RETENTION",
            DEFAULT_PAYLOAD_RETENTION,
            SettingValues::duration,
            "a positive duration such as 90d or 2160h"),
        env.flag("WEB_TRUST_USER_ID", false));
  }

  private static int count(ConfigLoader env, String name, int fallback, int max) {
    return env.read(
        name, fallback, v -> SettingValues.positiveInt(v, max), "a whole number 1-" + max);
  }

  /** The defaults, for tests that build parts by hand. */
  public static IngressConfig defaults() {
    return new IngressConfig(
        DEFAULT_INBOX_ATTEMPTS,
        DEFAULT_WEB_PER_VISITOR,
        DEFAULT_WEB_PER_ADDRESS,
        DEFAULT_VERIFY_FAILURES,
        Optional.empty(),
        DEFAULT_PAYLOAD_RETENTION,
        false);
  }
}
