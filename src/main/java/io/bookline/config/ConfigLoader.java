package io.bookline.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads {@link Config} from environment variables, with an optional {@code .env} file underneath
 * (the environment wins). Every key is checked and all problems are reported together.
 *
 * <p>This class reads the top-level settings (port, database, Redis, session, bind address) and
 * holds the reading mechanism ({@link #optional}, {@link #read}, {@link #flag}, {@link #problem});
 * each settings group reads its own keys through it: {@link LlmConfig}, {@link ChannelsConfig},
 * {@link IngressConfig}, {@link OpsConfig}, {@link OutboxConfig} and {@link SecretKeySettings}.
 */
public final class ConfigLoader {

  private static final Logger LOG = LoggerFactory.getLogger(ConfigLoader.class);

  /** A resource only the slim jar has (see the {@code slim} profile in pom.xml). */
  static final String SLIM_MARKER = "META-INF/bookline-slim";

  private final Map<String, String> values;
  private final List<String> problems = new ArrayList<>();

  private ConfigLoader(Map<String, String> values) {
    this.values = values;
  }

  /** The real thing: process environment over {@code ./.env} when that file exists. */
  public static Config fromEnvironment() {
    Map<String, String> merged = new LinkedHashMap<>(DotEnv.read(Path.of(".env")));
    merged.putAll(System.getenv());
    SettingNames.lookalikes(merged.keySet()).forEach(LOG::warn);
    return load(merged);
  }

  /**
   * Builds a config from explicit values; unknown keys are ignored (see {@link
   * SettingNames#lookalikes}).
   */
  public static Config load(Map<String, String> values) {
    return new ConfigLoader(values).build();
  }

  private Config build() {
    int port = read("PORT", Config.DEFAULT_PORT, SettingValues::port, "a port number 0-65535");
    Optional<DatabaseUrl> database = optional("DATABASE_URL").flatMap(this::databaseUrl);
    if (optional("DATABASE_URL").isEmpty() && isSlimBuild(ConfigLoader.class.getClassLoader())) {
      problems.add(
          "DATABASE_URL is missing; this slim build of Bookline carries no embedded PostgreSQL, so"
              + " set DATABASE_URL=postgres://user:password@host:5432/db or run the full"
              + " bookline.jar");
    }
    int poolSize =
        read(
            "DATABASE_POOL_SIZE",
            Config.DEFAULT_POOL_SIZE,
            v -> SettingValues.positiveInt(v, 1000),
            "a whole number 1-1000");
    Optional<String> redis = optional("REDIS_URL").flatMap(this::redisUrl);
    Optional<String> adminKey = SecretKeySettings.adminKey(this);
    Optional<String> secretKey = SecretKeySettings.secretKey(this, redis.isPresent());
    List<String> previousKeys = SecretKeySettings.previousSecretKeys(this, secretKey);
    Path dataDir =
        read("BOOKLINE_DATA_DIR", Path.of(Config.DEFAULT_DATA_DIR), Path::of, "a directory path");
    boolean demo = flag("BOOKLINE_DEMO", Config.DEFAULT_DEMO);
    Duration ttl =
        read(
            "SESSION_TTL",
            Config.DEFAULT_SESSION_TTL,
            SettingValues::duration,
            "a positive duration such as 2h, 30m or PT2H");
    long cacheMax =
        read(
            "SESSION_CACHE_MAX",
            Config.DEFAULT_SESSION_CACHE_MAX,
            v -> (long) SettingValues.positiveInt(v, Integer.MAX_VALUE),
            "a positive whole number");
    LlmConfig llm = LlmConfig.read(this);
    ChannelsConfig channels = ChannelsConfig.read(this);
    String bind =
        read(
            "BIND_ADDRESS",
            database.isEmpty() ? Config.DEFAULT_BIND_EMBEDDED : Config.DEFAULT_BIND_SERVER,
            SettingValues::bindAddress,
            "an IP address such as 127.0.0.1, 0.0.0.0 or ::, or a host name");
    LogFormat logFormat = read("LOG_FORMAT", LogFormat.TEXT, LogFormat::parse, "text or json");
    IngressConfig ingress = IngressConfig.read(this);
    OpsConfig ops = OpsConfig.read(this);
    OutboxConfig outbox = OutboxConfig.read(this);
    if (!problems.isEmpty()) {
      throw new ConfigException(problems);
    }
    String key = adminKey.orElseGet(SecretKeySettings::randomAdminKey);
    return new Config(
        port,
        database,
        poolSize,
        redis,
        key,
        adminKey.isEmpty(),
        dataDir,
        demo,
        ttl,
        cacheMax,
        llm,
        channels,
        bind,
        logFormat,
        ingress,
        ops,
        outbox,
        secretKey,
        previousKeys);
  }

  Optional<String> optional(String name) {
    assert SettingNames.KNOWN.contains(name) : name + " is read but not in SettingNames.KNOWN";
    String v = values.get(name);
    return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
  }

  /** A problem a key's own check found; reported with all the others. */
  void problem(String message) {
    problems.add(message);
  }

  /** A boolean setting: {@link SettingValues#BOOLEAN_VALUES}, anything else a problem. */
  boolean flag(String name, boolean fallback) {
    return read(name, fallback, SettingValues::bool, SettingValues.BOOLEAN_VALUES);
  }

  <T> T read(String name, T fallback, Function<String, T> parser, String expected) {
    Optional<String> raw = optional(name);
    if (raw.isEmpty()) {
      return fallback;
    }
    try {
      return parser.apply(raw.get());
    } catch (RuntimeException e) {
      problems.add(name + " is '" + raw.get() + "'; expected " + expected);
      return fallback;
    }
  }

  private Optional<DatabaseUrl> databaseUrl(String raw) {
    try {
      return Optional.of(DatabaseUrl.parse(raw));
    } catch (IllegalArgumentException e) {
      problems.add("DATABASE_URL " + e.getMessage());
      return Optional.empty();
    }
  }

  private Optional<String> redisUrl(String raw) {
    if (!raw.startsWith("redis://") && !raw.startsWith("rediss://")) {
      // The value may carry the Redis password: quoted masked, as every log line has it.
      problems.add(
          "REDIS_URL is '"
              + SettingValues.redactedUrl(raw)
              + "'; expected redis://host:port or rediss://host:port");
      return Optional.empty();
    }
    return Optional.of(raw);
  }

  /**
   * True in the jar built by {@code mvn -Pslim package}: it lacks the embedded-PostgreSQL binaries
   * and carries {@link #SLIM_MARKER} instead.
   */
  static boolean isSlimBuild(ClassLoader classes) {
    return classes.getResource(SLIM_MARKER) != null;
  }
}
