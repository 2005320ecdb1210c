package io.bookline.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Everything Bookline reads from its environment, validated. Built by {@link ConfigLoader}; tests
 * build it the same way from a map.
 *
 * @param port HTTP port ({@code PORT})
 * @param database where Postgres is; empty means "start the embedded one" ({@code DATABASE_URL})
 * @param databasePoolSize JDBC pool size ({@code DATABASE_POOL_SIZE})
 * @param redisUrl Redis for the shared session tier; empty means single-instance mode
 * @param adminKey bearer key of the admin API ({@code BOOKLINE_ADMIN_KEY})
 * @param adminKeyGenerated true when no key was configured and one was made up for this run
 * @param dataDir where the embedded database keeps its files ({@code BOOKLINE_DATA_DIR})
 * @param demo seed the demo business into an empty database ({@code BOOKLINE_DEMO})
 * @param sessionTtl inactivity after which a conversation's goal is dropped ({@code SESSION_TTL})
 * @param sessionCacheMax most sessions kept in memory per instance ({@code SESSION_CACHE_MAX})
 * @param llm the LLM understanding; off unless configured
 * @param channels WhatsApp, Telegram and Messenger settings
 * @param bindAddress the address the HTTP server listens on ({@code BIND_ADDRESS})
 * @param logFormat readable text or one JSON object per line ({@code LOG_FORMAT})
 * @param ingress limits at the edge: inbox attempts, web rate limits, verify-token failures
 * @param ops the management port, the metrics token and the stop time (ADR 0025)
 * @param outbox the outbox's lease and retry window (ADR 0028)
 * @param secretKey the secret behind tokens that hold across restarts and instances ({@code
 *     BOOKLINE_SECRET_KEY}, ADR 0020); required with {@code REDIS_URL}, never printed
 * @param previousSecretKeys keys that still open secrets sealed before a rotation ({@code
 *     BOOKLINE_SECRET_KEY_PREVIOUS}, comma-separated, ADR 0029); never printed
 */
public record Config(
    int port,
    Optional<DatabaseUrl> database,
    int databasePoolSize,
    Optional<String> redisUrl,
    String adminKey,
    boolean adminKeyGenerated,
    Path dataDir,
    boolean demo,
    Duration sessionTtl,
    long sessionCacheMax,
    LlmConfig llm,
    ChannelsConfig channels,
    String bindAddress,
    LogFormat logFormat,
    IngressConfig ingress,
    OpsConfig ops,
    OutboxConfig outbox,
    Optional<String> secretKey,
    List<String> previousSecretKeys) {

  public static final int DEFAULT_PORT = 8080;
  public static final int DEFAULT_POOL_SIZE = 10;
  public static final String DEFAULT_DATA_DIR = "./data";
  public static final boolean DEFAULT_DEMO = true;
  public static final Duration DEFAULT_SESSION_TTL = Duration.ofHours(2);
  public static final long DEFAULT_SESSION_CACHE_MAX = 10_000;

  /** Fewest characters {@code BOOKLINE_SECRET_KEY} may have ({@code openssl rand -hex 32}: 64). */
  public static final int MIN_SECRET_KEY = 32;

  /**
   * {@code BIND_ADDRESS} when unset and on the embedded database: a trial on one machine, so only
   * that machine reaches it.
   */
  public static final String DEFAULT_BIND_EMBEDDED = "127.0.0.1";

  /** {@code BIND_ADDRESS} when unset and {@code DATABASE_URL} is set: a server, reachable. */
  public static final String DEFAULT_BIND_SERVER = "0.0.0.0";

  @Override
  public String toString() {
    // Never print secrets: the admin key and database password stay out of logs.
    return "Config[bind=%s, port=%d, database=%s, poolSize=%d, redis=%s, dataDir=%s, demo=%s, sessionTtl=%s, sessionCacheMax=%d, llm=%s]"
        .formatted(
            bindAddress,
            port,
            database.map(DatabaseUrl::redacted).orElse("embedded"),
            databasePoolSize,
            redisUrl.map(u -> u.replaceAll("//[^@/]*@", "//***@")).orElse("off"),
            dataDir,
            demo,
            sessionTtl,
            sessionCacheMax,
            llm);
  }
}
