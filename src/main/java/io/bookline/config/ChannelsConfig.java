package io.bookline.config;

import java.time.Duration;
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
