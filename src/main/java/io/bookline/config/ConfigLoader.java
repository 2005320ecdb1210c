package io.bookline.config;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
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
    Optional<String> adminKey = optional("BOOKLINE_ADMIN_KEY");
    adminKey.ifPresent(
        key -> {
          if (key.length() < 16) {
            problems.add(
                "BOOKLINE_ADMIN_KEY is too short ("
                    + key.length()
                    + " characters); expected at least 16");
          }
        });
    Optional<String> secretKey = secretKey(redis.isPresent());
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
    LlmConfig llm = llm();
    ChannelsConfig channels = channels();
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
    String key = adminKey.orElseGet(ConfigLoader::randomKey);
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
        previousSecretKeys(secretKey));
  }

  /**
   * {@code BOOKLINE_SECRET_KEY_PREVIOUS}: the keys of before a rotation, comma-separated, each as
   * long as a current key must be; they only open what they sealed (ADR 0029).
   */
  private List<String> previousSecretKeys(Optional<String> current) {
    Optional<String> raw = optional("BOOKLINE_SECRET_KEY_PREVIOUS");
    if (raw.isEmpty()) {
      return List.of();
    }
    List<String> keys =
        Arrays.stream(raw.get().split(",")).map(String::strip).filter(k -> !k.isEmpty()).toList();
    if (current.isEmpty()) {
      problems.add(
          "BOOKLINE_SECRET_KEY_PREVIOUS is set but BOOKLINE_SECRET_KEY is not; a rotation needs the"
              + " new key in BOOKLINE_SECRET_KEY");
    }
    for (int i = 0; i < keys.size(); i++) {
      if (keys.get(i).length() < Config.MIN_SECRET_KEY) {
        problems.add(
            "BOOKLINE_SECRET_KEY_PREVIOUS key "
                + (i + 1)
                + " is too short ("
                + keys.get(i).length()
                + " characters); expected at least "
                + Config.MIN_SECRET_KEY);
      }
    }
    return keys;
  }

  /**
   * {@code BOOKLINE_SECRET_KEY}: long enough to resist guessing, and required when several
   * instances run (REDIS_URL), since each must accept the visitor tokens the others sign.
   */
  private Optional<String> secretKey(boolean severalInstances) {
    Optional<String> key = optional("BOOKLINE_SECRET_KEY");
    if (key.isPresent() && key.get().length() < Config.MIN_SECRET_KEY) {
      problems.add(
          "BOOKLINE_SECRET_KEY is too short ("
              + key.get().length()
              + " characters); expected at least "
              + Config.MIN_SECRET_KEY
              + ", e.g. the output of `openssl rand -hex 32`");
    }
    if (key.isEmpty() && severalInstances) {
      problems.add(
          "BOOKLINE_SECRET_KEY is missing; it is required when REDIS_URL is set, because every"
              + " instance must accept the web-chat visitor tokens the others sign. Set the same"
              + " long random string on every instance, e.g. the output of `openssl rand -hex 32`");
    }
    return key;
  }

  private ChannelsConfig channels() {
    String graph = url("WHATSAPP_API_BASE_URL", ChannelsConfig.DEFAULT_GRAPH_API);
    String telegramApi = url("TELEGRAM_API_BASE_URL", ChannelsConfig.DEFAULT_TELEGRAM_API);
    String messengerApi = url("MESSENGER_API_BASE_URL", ChannelsConfig.DEFAULT_GRAPH_API);
    Optional<ChannelsConfig.EnvAccount> whatsapp =
        account(
            "WHATSAPP_PHONE_NUMBER_ID",
            Map.of(
                "accessToken",
                "WHATSAPP_ACCESS_TOKEN",
                "appSecret",
                "WHATSAPP_APP_SECRET",
                "verifyToken",
                "WHATSAPP_VERIFY_TOKEN"),
            List.of("WHATSAPP_ACCESS_TOKEN", "WHATSAPP_APP_SECRET"));
    Optional<ChannelsConfig.EnvAccount> telegram =
        optional("TELEGRAM_BOT_TOKEN")
            .map(
                token -> {
                  if (optional("TELEGRAM_SECRET_TOKEN").isEmpty()) {
                    problems.add(
                        "TELEGRAM_SECRET_TOKEN is missing; expected the secret token set with setWebhook, so forged updates are refused");
                  }
                  optional("TELEGRAM_SECRET_TOKEN")
                      .flatMap(v -> SettingValues.telegramSecretToken("TELEGRAM_SECRET_TOKEN", v))
                      .ifPresent(problems::add);
                  Map<String, String> secrets = new HashMap<>();
                  secrets.put("botToken", token);
                  optional("TELEGRAM_SECRET_TOKEN").ifPresent(v -> secrets.put("secretToken", v));
                  return new ChannelsConfig.EnvAccount(null, secrets);
                });
    Optional<ChannelsConfig.EnvAccount> messenger =
        account(
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
        read(
            "MESSAGE_MAX_AGE",
            ChannelsConfig.DEFAULT_MAX_AGE,
            SettingValues::duration,
            "a positive duration such as 1h or 30m");
    int perMinute =
        read(
            "RATE_LIMIT_PER_MINUTE",
            ChannelsConfig.DEFAULT_PER_MINUTE,
            v -> SettingValues.positiveInt(v, 10_000),
            "a whole number 1-10000");
    int attempts =
        read(
            "OUTBOX_MAX_ATTEMPTS",
            ChannelsConfig.DEFAULT_OUTBOX_ATTEMPTS,
            v -> SettingValues.positiveInt(v, 20),
            "a whole number 1-20");
    // Where platforms fetch files we send (a booking's .ics): this server as the internet sees it.
    Optional<String> publicBase =
        optional("PUBLIC_BASE_URL").map(v -> url("PUBLIC_BASE_URL", v).replaceAll("/+$", ""));
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

  private String url(String name, String fallback) {
    String v = optional(name).orElse(fallback);
    if (!v.startsWith("http://") && !v.startsWith("https://")) {
      problems.add(
          name + " is '" + SettingValues.redactedUrl(v) + "'; expected an http:// or https:// URL");
    }
    return v;
  }

  private Optional<ChannelsConfig.EnvAccount> account(
      String idKey, Map<String, String> secretKeys, List<String> required) {
    Optional<String> id = optional(idKey);
    if (id.isEmpty()) {
      return Optional.empty();
    }
    Map<String, String> secrets = new HashMap<>();
    secretKeys.forEach((name, env) -> optional(env).ifPresent(v -> secrets.put(name, v)));
    for (String env : required) {
      if (optional(env).isEmpty()) {
        problems.add(env + " is missing; it is required when " + idKey + " is set");
      }
    }
    return Optional.of(new ChannelsConfig.EnvAccount(id.get(), secrets));
  }

  private LlmConfig llm() {
    Optional<String> baseUrl = optional("OPENAI_BASE_URL");
    baseUrl.ifPresent(
        u -> {
          if (!u.startsWith("http://") && !u.startsWith("https://")) {
            problems.add(
                "OPENAI_BASE_URL is '"
                    + SettingValues.redactedUrl(u)
                    + "'; expected an http:// or https:// URL such as http://localhost:11434/v1");
          }
        });
    String model = optional("OPENAI_MODEL").orElse(LlmConfig.DEFAULT_MODEL);
    String durationHint = "a positive duration such as 10s or 1500ms";
    Duration timeout =
        read("LLM_TIMEOUT", LlmConfig.DEFAULT_TIMEOUT, SettingValues::duration, durationHint);
    Duration budget =
        read(
            "LLM_TURN_BUDGET",
            LlmConfig.DEFAULT_TURN_BUDGET,
            SettingValues::duration,
            durationHint);
    int attempts =
        read(
            "LLM_MAX_ATTEMPTS",
            LlmConfig.DEFAULT_MAX_ATTEMPTS,
            v -> SettingValues.positiveInt(v, 10),
            "a whole number 1-10");
    int history =
        read(
            "LLM_HISTORY_MESSAGES",
            LlmConfig.DEFAULT_HISTORY,
            v -> SettingValues.intInRange(v, 0, 100),
            "a whole number 0-100");
    Duration openFor =
        read(
            "LLM_CIRCUIT_OPEN_FOR",
            LlmConfig.DEFAULT_CIRCUIT_OPEN_FOR,
            SettingValues::duration,
            durationHint);
    boolean strict = flag("LLM_STRICT_SCHEMA", true);
    return new LlmConfig(
        optional("OPENAI_API_KEY"),
        baseUrl,
        model,
        timeout,
        budget,
        attempts,
        history,
        openFor,
        strict);
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

  private static String randomKey() {
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
