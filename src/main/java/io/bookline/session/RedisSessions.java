package io.bookline.session;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.DefaultClientResources;
import io.lettuce.core.resource.Delay;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shared session tier: one Redis hash per session ({@code v} = version, {@code d} = the session
 * as JSON). Both scripts touch one key, so they run on Redis Cluster too.
 *
 * <p>Redis is a cache here, never the truth: every failure is reported as "not available" and the
 * caller falls back to Postgres. Commands time out after {@link #TIMEOUT} and are rejected at once
 * while disconnected; Lettuce reconnects in the background, so the tier comes back by itself.
 */
public final class RedisSessions implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RedisSessions.class);
  static final Duration TIMEOUT = Duration.ofMillis(250);
  private static final String PREFIX = "bookline:session:";

  /** Returns the stored session if it is newer than ARGV[1], '' if not, nil if none. */
  private static final String GET_IF_NEWER =
      """
      local v = redis.call('HGET', KEYS[1], 'v')
      if not v then return false end
      if tonumber(v) <= tonumber(ARGV[1]) then return '' end
      return redis.call('HGET', KEYS[1], 'd')
      """;

  /** Stores the session only if it is newer than what is there: the tier never goes back. */
  private static final String SET_IF_NEWER =
      """
      local v = redis.call('HGET', KEYS[1], 'v')
      if v and tonumber(v) >= tonumber(ARGV[1]) then return 0 end
      redis.call('HSET', KEYS[1], 'v', ARGV[1], 'd', ARGV[2])
      redis.call('PEXPIRE', KEYS[1], ARGV[3])
      return 1
      """;

  /** How often a tier that could not connect at all tries again. */
  private static final long RECONNECT_EVERY_NANOS = Duration.ofSeconds(2).toNanos();

  private final ClientResources resources;
  private final RedisClient client;
  private final String url;
  private final RedisHealth health = new RedisHealth();
  private volatile StatefulRedisConnection<String, String> connection;
  private volatile long lastConnectAttempt;
  private volatile String getSha;
  private volatile String setSha;

  /** Round trips made, for the benchmark that counts them. */
  private final AtomicLong roundTrips = new AtomicLong();

  /** Connects in the background; an unreachable server only degrades the tier (see above). */
  public RedisSessions(String url) {
    this.url = url;
    RedisURI uri = RedisURI.create(url);
    uri.setTimeout(TIMEOUT);
    // Reconnect quickly after an outage (Lettuce's default backs off to 30 s).
    this.resources =
        DefaultClientResources.builder()
            .reconnectDelay(
                Delay.exponential(
                    Duration.ofMillis(100), Duration.ofSeconds(2), 2, TimeUnit.MILLISECONDS))
            .build();
    this.client = RedisClient.create(resources, uri);
    client.setOptions(
        ClientOptions.builder()
            .autoReconnect(true)
            .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
            .timeoutOptions(TimeoutOptions.enabled(TIMEOUT))
            .build());
    if (commands() == null) {
      LOG.warn(
          "Redis at {} is not reachable; sessions are served from memory and Postgres until it is",
          redacted(url));
    }
  }

  /**
   * The connection's commands, connecting first if no connection was ever made. Once connected,
   * Lettuce itself reconnects after an outage.
   */
  private RedisAsyncCommands<String, String> commands() {
    StatefulRedisConnection<String, String> c = connection;
    if (c != null) {
      return c.async();
    }
    long now = System.nanoTime();
    if (lastConnectAttempt != 0 && now - lastConnectAttempt < RECONNECT_EVERY_NANOS) {
      return null;
    }
    synchronized (this) {
      if (connection == null) {
        lastConnectAttempt = now;
        try {
          connection = client.connect();
          health.answered();
          LOG.info("Redis session tier connected at {}", redacted(url));
        } catch (RuntimeException e) {
          health.failed(e);
          return null;
        }
      }
      return connection.async();
    }
  }

  /**
   * The stored session JSON if newer than {@code knownVersion}; {@code Optional.of("")} when the
   * caller's copy is current; empty when Redis has none or cannot answer.
   */
  Optional<String> getIfNewer(String key, long knownVersion) {
    RedisAsyncCommands<String, String> redis = commands();
    if (redis == null) {
      return Optional.empty();
    }
    try {
      roundTrips.incrementAndGet();
      String result = evalsha(redis, true, key, String.valueOf(knownVersion));
      answered();
      return Optional.ofNullable(result);
    } catch (RuntimeException e) {
      degraded(e);
      return Optional.empty();
    }
  }

  void setIfNewer(String key, long version, String json, Duration ttl) {
    RedisAsyncCommands<String, String> redis = commands();
    if (redis == null) {
      return;
    }
    try {
      roundTrips.incrementAndGet();
      evalsha(redis, false, key, String.valueOf(version), json, String.valueOf(ttl.toMillis()));
      answered();
    } catch (RuntimeException e) {
      degraded(e);
    }
  }

  /** Drops the shared copy whatever its version, so the next read goes to Postgres. */
  void forget(String key) {
    RedisAsyncCommands<String, String> redis = commands();
    if (redis == null) {
      return;
    }
    try {
      roundTrips.incrementAndGet();
      RedisReplies.await(redis.del(PREFIX + key));
      answered();
    } catch (RuntimeException e) {
      degraded(e);
    }
  }

  private String evalsha(
      RedisAsyncCommands<String, String> redis, boolean get, String key, String... args) {
    String[] keys = {PREFIX + key};
    String script = get ? GET_IF_NEWER : SET_IF_NEWER;
    ScriptOutputType type = get ? ScriptOutputType.VALUE : ScriptOutputType.INTEGER;
    String sha = get ? getSha : setSha;
    if (sha != null) {
      try {
        Object out = RedisReplies.await(redis.<Object>evalsha(sha, type, keys, args));
        return out == null ? null : out.toString();
      } catch (RedisNoScriptException e) {
        // Redis restarted and lost its script cache: send the script once more below.
      }
    }
    String loaded = RedisReplies.await(redis.scriptLoad(script));
    if (get) {
      getSha = loaded;
    } else {
      setSha = loaded;
    }
    Object out = RedisReplies.await(redis.<Object>evalsha(loaded, type, keys, args));
    return out == null ? null : out.toString();
  }

  /** Round trips made so far (the per-message measure counts them). */
  long roundTrips() {
    return roundTrips.get();
  }

  /** True when the last call answered; checked live by {@link #ping()}. */
  boolean ping() {
    RedisAsyncCommands<String, String> redis = commands();
    if (redis == null) {
      return false;
    }
    try {
      boolean ok = "PONG".equals(RedisReplies.await(redis.ping()));
      if (ok) {
        answered();
      }
      return ok;
    } catch (RuntimeException e) {
      degraded(e);
      return false;
    }
  }

  private void answered() {
    if (health.answered()) {
      LOG.info("Redis session tier answers again");
    }
  }

  /** Logged once per outage, not for one late reply (see {@link RedisHealth}). */
  private void degraded(RuntimeException e) {
    if (health.failed(e)) {
      LOG.warn("Redis session tier degraded, serving from memory and Postgres: {}", e.getMessage());
    }
  }

  private static String redacted(String url) {
    return url.replaceAll("//[^@/]*@", "//***@");
  }

  @Override
  public void close() {
    StatefulRedisConnection<String, String> c = connection;
    if (c != null) {
      c.close();
    }
    client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    resources.shutdown(0, 2, TimeUnit.SECONDS);
  }
}
