package io.bookline.config;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Platform channels: API base URLs (tests and load tests point them at a local fake), the channel
 * accounts a single-business deployment attaches from the environment, and ingress limits.
 *
 * @param whatsapp secrets keyed as in {@code ChannelAccount}, plus the phone number id
 * @param maxMessageAge older messages are recorded but not answered ({@code MESSAGE_MAX_AGE})
 * @param perSenderPerMinute more messages than this from one sender get one polite note
 * @param outboxMaxAttempts send attempts before a reply is dead-lettered
 * @param publicBaseUrl this server as platforms reach it ({@code PUBLIC_BASE_URL}), for files they
 *     fetch (a booking's .ics); none: no files are sent
 */
public record ChannelsConfig(
    String whatsappApiBase,
    String telegramApiBase,
    String messengerApiBase,
    Optional<EnvAccount> whatsapp,
    Optional<EnvAccount> telegram,
    Optional<EnvAccount> messenger,
    Duration maxMessageAge,
    int perSenderPerMinute,
    int outboxMaxAttempts,
    Optional<String> publicBaseUrl) {

  public static final String DEFAULT_GRAPH_API = "https://graph.facebook.com/v21.0";
  public static final String DEFAULT_TELEGRAM_API = "https://api.telegram.org";
  public static final Duration DEFAULT_MAX_AGE = Duration.ofHours(1);
  public static final int DEFAULT_PER_MINUTE = 20;
  public static final int DEFAULT_OUTBOX_ATTEMPTS = 5;

  /**
   * Reads the platform settings: API base URLs, the accounts attached from the environment (with
   * the secrets each needs), and the limits at the edge; every problem is reported with the others.
   */
  static ChannelsConfig read(ConfigLoader env) {
    String graph = url(env, "WHATSAPP_API_BASE_URL", DEFAULT_GRAPH_API);
    String telegramApi = url(env, "TELEGRAM_API_BASE_URL", DEFAULT_TELEGRAM_API);
    String messengerApi = url(env, "MESSENGER_API_BASE_URL", DEFAULT_GRAPH_API);
    Optional<EnvAccount> whatsapp =
        account(
            env,
            "WHATSAPP_PHONE_NUMBER_ID",
            Map.of(
                "accessToken",
                "WHATSAPP_ACCESS_TOKEN",
                "appSecret",
                "WHATSAPP_APP_SECRET",
                "verifyToken",
                "WHATSAPP_VERIFY_TOKEN"),
            List.of("WHATSAPP_ACCESS_TOKEN", "WHATSAPP_APP_SECRET"));
    Optional<EnvAccount> telegram = env.optional("TELEGRAM_BOT_TOKEN").map(t -> telegram(env, t));
    Optional<EnvAccount> messenger =
        account(
            env,
            "MESSENGER_PAGE_ID",
            Map.of(
                "accessToken",
                "MESSENGER_PAGE_ACCESS_TOKEN",
                "appSecret",
                "MESSENGER_APP_SECRET",
                "verifyToken",
                "MESSENGER_VERIFY_TOKEN"),
            List.of("MESSENGER_PAGE_ACCESS_TOKEN", "MESSENGER_APP_SECRET"));
    Duration maxAge =
        env.read(
            "MESSAGE_MAX_AGE",
            DEFAULT_MAX_AGE,
            SettingValues::duration,
            "a positive duration such as 1h or 30m");
    int perMinute =
        env.read(
            "RATE_LIMIT_PER_MINUTE",
            DEFAULT_PER_MINUTE,
            v -> SettingValues.positiveInt(v, 10_000),
            "a whole number 1-10000");
    int attempts =
        env.read(
            "OUTBOX_MAX_ATTEMPTS",
            DEFAULT_OUTBOX_ATTEMPTS,
            v -> SettingValues.positiveInt(v, 20),
            "a whole number 1-20");
    // Where platforms fetch files we send (a booking's .ics): this server as the internet sees it.
    Optional<String> publicBase =
        env.optional("PUBLIC_BASE_URL")
            .map(v -> url(env, "PUBLIC_BASE_URL", v).replaceAll("/+$", ""));
    return new ChannelsConfig(
        graph,
        telegramApi,
        messengerApi,
        whatsapp,
        telegram,
        messenger,
        maxAge,
        perMinute,
        attempts,
        publicBase);
  }

  /** The Telegram bot: its token, and the webhook secret token that refuses forged updates. */
  private static EnvAccount telegram(ConfigLoader env, String token) {
    Optional<String> secretToken = env.optional("TELEGRAM_SECRET_TOKEN");
    if (secretToken.isEmpty()) {
      env.problem(
          "TELEGRAM_SECRET_TOKEN is missing; expected the secret token set with setWebhook, so"
              + " forged updates are refused");
    }
    secretToken
        .flatMap(v -> SettingValues.telegramSecretToken("TELEGRAM_SECRET_TOKEN", v))
        .ifPresent(env::problem);
    Map<String, String> secrets = new HashMap<>();
    secrets.put("botToken", token);
    secretToken.ifPresent(v -> secrets.put("secretToken", v));
    return new EnvAccount(null, secrets);
  }

  private static String url(ConfigLoader env, String name, String fallback) {
    String v = env.optional(name).orElse(fallback);
    if (!v.startsWith("http://") && !v.startsWith("https://")) {
      env.problem(
          name + " is '" + SettingValues.redactedUrl(v) + "'; expected an http:// or https:// URL");
    }
    return v;
  }

  /** An account whose id is set: its secrets, and a problem for each required one missing. */
  private static Optional<EnvAccount> account(
      ConfigLoader env, String idKey, Map<String, String> secretKeys, List<String> required) {
    Optional<String> id = env.optional(idKey);
    if (id.isEmpty()) {
      return Optional.empty();
    }
    Map<String, String> secrets = new HashMap<>();
    secretKeys.forEach((name, key) -> env.optional(key).ifPresent(v -> secrets.put(name, v)));
    for (String key : required) {
      if (env.optional(key).isEmpty()) {
        env.problem(key + " is missing; it is required when " + idKey + " is set");
      }
    }
    return Optional.of(new EnvAccount(id.get(), secrets));
  }

  /**
   * An account attached from environment variables; {@code externalId} null means the business
   * slug.
   */
  public record EnvAccount(String externalId, Map<String, String> secrets) {
    public EnvAccount {
      secrets = Map.copyOf(secrets);
    }

    @Override
    public String toString() {
      return "EnvAccount[" + externalId + ", secrets " + secrets.keySet() + "]";
    }
  }
}
