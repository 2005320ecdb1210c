package io.bookline.ingress;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.bookline.session.RedisHealth;
import io.bookline.session.RedisReplies;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.output.IntegerOutput;
import io.lettuce.core.protocol.AsyncCommand;
import io.lettuce.core.protocol.Command;
import io.lettuce.core.protocol.CommandArgs;
import io.lettuce.core.protocol.CommandType;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToLongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts events per key in fixed one-minute windows. With Redis, one counter per key and minute
 * ({@code INCR} and its expiry in one script, so Redis Cluster works too) is shared by every
 * instance, and a limit holds however many there are. Without Redis, or while it does not answer,
 * each instance counts in its own memory: a limit then holds per instance, which is the most that
 * can be promised without a shared store, and no request fails for it.
 */
public final class RateCounter implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RateCounter.class);
  private static final Duration TIMEOUT = Duration.ofMillis(250);
  private static final Duration WINDOW = Duration.ofMinutes(1);
  private static final String PREFIX = "bookline:rate:";
  private static final long RECONNECT_EVERY_NANOS = Duration.ofSeconds(2).toNanos();

  /** A counter's expiry, two windows, as the scripts take it (once: every request counts). */
  private static final String TTL_MILLIS = String.valueOf(WINDOW.multipliedBy(2).toMillis());

  /** Adds one to the window's counter, setting its expiry on the first; returns the count. */
  private static final String HIT =
      """
      local n = redis.call('INCR', KEYS[1])
      if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
      return n
      """;

  /** Takes one back from the window's counter if it exists (never makes one without expiry). */
  private static final String UNHIT =
      """
      if redis.call('EXISTS', KEYS[1]) == 1 then return redis.call('DECR', KEYS[1]) end
      return 0
      """;

  private final Clock clock;
  private final Optional<RedisClient> client;
  private final Cache<String, AtomicLong> local =
      Caffeine.newBuilder().expireAfterWrite(WINDOW.multipliedBy(2)).maximumSize(200_000).build();
  private final RedisHealth health = new RedisHealth();
  private volatile StatefulRedisConnection<String, String> connection;
  private volatile long lastConnectAttempt;
  private volatile boolean triedToConnect;

  private RateCounter(Clock clock, Optional<RedisClient> client) {
    this.clock = clock;
    this.client = client;
  }

  /** Counts in this instance's memory only (single-instance mode). */
  public static RateCounter local(Clock clock) {
    return new RateCounter(clock, Optional.empty());
  }

  /** Counts in Redis, shared by every instance, and in memory while Redis does not answer. */
  public static RateCounter shared(String redisUrl, Clock clock) {
    RedisURI uri = RedisURI.create(redisUrl);
    uri.setTimeout(TIMEOUT);
    RedisClient client = RedisClient.create(uri);
    client.setOptions(
        ClientOptions.builder()
            .autoReconnect(true)
            .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
            .timeoutOptions(TimeoutOptions.enabled(TIMEOUT))
            .build());
    return new RateCounter(clock, Optional.of(client));
  }

  /** Counts one event for {@code key} in the current minute; returns the count with this one. */
  public long hit(String key) {
    return hit(List.of(key))[0];
  }

  /**
   * Counts one event for each of {@code keys} in the current minute, in one round trip: the
   * commands go to Redis in one write and their replies come back together. Returns the counts with
   * this one, in the order of the keys.
   */
  public long[] hit(List<String> keys) {
    return run(HIT, keys, window -> local.get(window, k -> new AtomicLong()).incrementAndGet());
  }

  /**
   * Takes back one event counted for each of {@code keys} in the current minute (one round trip),
   * as if it had not been counted: a redelivered message found to be recorded already.
   */
  public void unhit(List<String> keys) {
    run(
        UNHIT,
        keys,
        window -> {
          AtomicLong n = local.getIfPresent(window);
          return n == null ? 0 : n.decrementAndGet();
        });
  }

  /**
   * Runs {@code script} on each key's current window, all commands in one write to Redis; a key
   * Redis did not answer for is counted by {@code locally} instead.
   */
  private long[] run(String script, List<String> keys, ToLongFunction<String> locally) {
    String[] windows = keys.stream().map(this::window).toArray(String[]::new);
    long[] counts = new long[windows.length];
    int counted = 0;
    StatefulRedisConnection<String, String> redis = connection();
    if (redis != null && windows.length > 0) {
      try {
        List<AsyncCommand<String, String, Long>> commands = new ArrayList<>(windows.length);
        for (String window : windows) {
          CommandArgs<String, String> args =
              new CommandArgs<>(StringCodec.UTF8)
                  .add(script)
                  .add(1)
                  .addKey(window)
                  .addValue(TTL_MILLIS);
          commands.add(
              new AsyncCommand<>(
                  new Command<>(CommandType.EVAL, new IntegerOutput<>(StringCodec.UTF8), args)));
        }
        redis.dispatch(commands);
        for (; counted < windows.length; counted++) {
          counts[counted] = RedisReplies.await(commands.get(counted));
        }
        sharedAgain();
        return counts;
      } catch (RuntimeException e) {
        fallBack(e);
      }
    }
    for (int i = counted; i < windows.length; i++) {
      counts[i] = locally.applyAsLong(windows[i]);
    }
    return counts;
  }

  /** The count for {@code key} in the current minute, without adding to it. */
  public long count(String key) {
    String window = window(key);
    RedisAsyncCommands<String, String> redis = commands();
    if (redis != null) {
      try {
        String n = RedisReplies.await(redis.get(window));
        sharedAgain();
        return n == null ? 0 : Long.parseLong(n);
      } catch (RuntimeException e) {
        fallBack(e);
      }
    }
    AtomicLong n = local.getIfPresent(window);
    return n == null ? 0 : n.get();
  }

  /**
   * Drops the counts of {@code key} (the current and the previous window, the only ones that have
   * not expired): an erased customer's id must not linger in Redis, even for two minutes.
   */
  public void forget(String key) {
    long now = Math.floorDiv(clock.millis(), WINDOW.toMillis());
    String[] windows = {PREFIX + key + ":" + now, PREFIX + key + ":" + (now - 1)};
    local.invalidateAll(List.of(windows));
    RedisAsyncCommands<String, String> redis = commands();
    if (redis != null) {
      try {
        RedisReplies.await(redis.del(windows));
        sharedAgain();
      } catch (RuntimeException e) {
        fallBack(e);
      }
    }
  }

  /** Seconds until the current window ends: what a {@code Retry-After} says. */
  public long secondsLeft() {
    long ms = WINDOW.toMillis();
    return (ms - Math.floorMod(clock.millis(), ms) + 999) / 1000;
  }

  private String window(String key) {
    return PREFIX + key + ":" + Math.floorDiv(clock.millis(), WINDOW.toMillis());
  }

  /** Redis's commands, connecting first (at most every two seconds); null when not available. */
  private RedisAsyncCommands<String, String> commands() {
    StatefulRedisConnection<String, String> c = connection();
    return c == null ? null : c.async();
  }

  /** The connection, connecting first (at most every two seconds); null when not available. */
  private StatefulRedisConnection<String, String> connection() {
    if (client.isEmpty()) {
      return null;
    }
    StatefulRedisConnection<String, String> c = connection;
    if (c != null) {
      return c;
    }
    synchronized (this) {
      // Monotonic time, not the clock: a test's stopped clock must not stop reconnecting.
      long now = System.nanoTime();
      if (connection == null
          && (!triedToConnect || now - lastConnectAttempt >= RECONNECT_EVERY_NANOS)) {
        triedToConnect = true;
        lastConnectAttempt = now;
        try {
          connection = client.get().connect();
        } catch (RuntimeException e) {
          fallBack(e);
        }
      }
      return connection;
    }
  }

  /** This call counts locally; logged once per outage, not for one late reply (RedisHealth). */
  private void fallBack(RuntimeException e) {
    if (health.failed(e)) {
      LOG.warn("rate limits count per instance until Redis answers again: {}", e.getMessage());
    }
  }

  private void sharedAgain() {
    if (health.answered()) {
      LOG.info("rate limits are shared through Redis again");
    }
  }

  @Override
  public void close() {
    StatefulRedisConnection<String, String> c = connection;
    if (c != null) {
      c.close();
    }
    client.ifPresent(r -> r.shutdown(Duration.ZERO, Duration.ofSeconds(2)));
  }
}
