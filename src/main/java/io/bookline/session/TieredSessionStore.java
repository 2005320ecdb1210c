package io.bookline.session;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.bookline.db.Tx;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Optional;

/**
 * L1 Caffeine, L2 Redis (when configured), L3 Postgres. Reads go down the tiers; a session found
 * lower is copied up. Before trusting L1, a Redis script checks whether another instance wrote a
 * newer version (one round trip, no payload when L1 is current). Writes: Postgres in the turn's
 * transaction, then after commit Redis (only ever forward in version) and L1.
 */
public final class TieredSessionStore implements SessionStore {
  /**
   * The heap a session may take and still count once against the cap; a bigger one counts once per
   * started {@value} bytes, so the cap bounds the memory tier's heap (ADR 0038).
   */
  static final int WEIGHT_UNIT = 4096;

  private final Cache<String, Session> memory;

  /**
   * What each session written in a turn still to commit was written as, by the session's identity:
   * its Redis copy reuses the text (ADR 0119). A turn that fails leaves its entry to the collector.
   */
  private final Cache<Session, SessionCodec.Encoded> written =
      Caffeine.newBuilder().weakKeys().build();

  private final PostgresSessions postgres;
  private final Optional<RedisSessions> redis;
  private final SessionCodec codec;
  private final Duration ttl;
  private final Counter l1Hits;
  private final Counter l1Misses;
  private final Counter redisHits;
  private final Counter redisMisses;
  private final Counter pgHits;
  private final Counter pgMisses;

  /**
   * @param redis the shared tier; empty for single-instance mode. Whoever built it closes it.
   * @param maxSessions sessions kept in this instance's memory, each of at most {@link
   *     #WEIGHT_UNIT} bytes; a bigger session counts as several
   * @param ttl inactivity after which a cached session is dropped
   */
  public TieredSessionStore(
      PostgresSessions postgres,
      Optional<RedisSessions> redis,
      SessionCodec codec,
      long maxSessions,
      Duration ttl,
      MeterRegistry metrics) {
    this.memory =
        Caffeine.newBuilder()
            .maximumWeight(maxSessions)
            .weigher((String key, Session s) -> weight(s))
            .expireAfterWrite(ttl)
            .build();
    this.postgres = postgres;
    this.redis = redis;
    this.codec = codec;
    this.ttl = ttl;
    this.l1Hits = counter(metrics, "memory", "hit");
    this.l1Misses = counter(metrics, "memory", "miss");
    this.redisHits = counter(metrics, "redis", "hit");
    this.redisMisses = counter(metrics, "redis", "miss");
    this.pgHits = counter(metrics, "postgres", "hit");
    this.pgMisses = counter(metrics, "postgres", "miss");
    FunctionCounter.builder(
            "bookline.session.redis.roundtrips",
            redis,
            r -> r.map(RedisSessions::roundTrips).orElse(0L))
        .register(metrics);
  }

  /** The session's share of the cap: one per started {@link #WEIGHT_UNIT} bytes of its heap. */
  static int weight(Session s) {
    long units = (SessionFootprint.bytes(s) + WEIGHT_UNIT - 1) / WEIGHT_UNIT;
    return (int) Math.min(Integer.MAX_VALUE, Math.max(1, units));
  }

  private static Counter counter(MeterRegistry metrics, String tier, String result) {
    return Counter.builder("bookline.session.lookups")
        .tag("tier", tier)
        .tag("result", result)
        .register(metrics);
  }

  @Override
  public Optional<Session> load(String key) {
    Session cached = memory.getIfPresent(key);
    if (redis.isPresent()) {
      Optional<String> shared = redis.get().getIfNewer(key, cached == null ? 0 : cached.version());
      if (shared.isPresent() && shared.get().isEmpty()) {
        l1Hits.increment(); // Redis confirmed the memory copy is current
        return Optional.of(cached);
      }
      if (shared.isPresent()) {
        if (cached == null) {
          l1Misses.increment();
        }
        redisHits.increment();
        Session s = codec.decodeSession(shared.get());
        remember(s);
        return Optional.of(s);
      }
      redisMisses.increment();
    }
    if (cached != null) {
      // No Redis, or Redis cannot answer / lost the key: the memory copy is still checked by
      // the version condition on write.
      l1Hits.increment();
      return Optional.of(cached);
    }
    l1Misses.increment();
    Optional<Session> stored = postgres.load(key);
    if (stored.isPresent()) {
      pgHits.increment();
      remember(stored.get());
      publish(stored.get());
    } else {
      pgMisses.increment();
    }
    return stored;
  }

  @Override
  public Optional<Session> loadFresh(String key) {
    memory.invalidate(key);
    Optional<Session> stored = postgres.load(key);
    // Postgres is the truth. Redis may hold a higher version than it (a restored database, an
    // erased customer); offered "if newer", that copy would win every later read, so it goes.
    redis.ifPresent(r -> r.forget(key));
    stored.ifPresent(
        s -> {
          remember(s);
          publish(s);
        });
    return stored;
  }

  @Override
  public void write(Tx tx, Session next) {
    SessionCodec.Encoded parts = postgres.write(tx, next);
    if (redis.isPresent()) {
      written.put(next, parts);
    }
  }

  @Override
  public void committed(Session session) {
    remember(session);
    SessionCodec.Encoded parts = written.asMap().remove(session);
    redis.ifPresent(
        r ->
            r.setIfNewer(
                session.key(),
                session.version(),
                parts == null ? codec.encodeSession(session) : codec.encodeSession(session, parts),
                ttl));
  }

  private void remember(Session s) {
    memory.asMap().merge(s.key(), s, (old, neu) -> neu.version() > old.version() ? neu : old);
  }

  private void publish(Session s) {
    redis.ifPresent(r -> r.setIfNewer(s.key(), s.version(), codec.encodeSession(s), ttl));
  }

  /**
   * Drops this session from this instance's memory and from Redis, whatever the version: for an
   * erased customer, after Postgres deleted it. Other instances' memory is told by a signal.
   */
  public void forget(String key) {
    memory.invalidate(key);
    redis.ifPresent(r -> r.forget(key));
  }

  @Override
  public void evict(String key) {
    memory.invalidate(key);
  }

  /** How many sessions this instance's memory holds, once pending evictions are done. */
  long cachedSessions() {
    memory.cleanUp();
    return memory.estimatedSize();
  }

  @Override
  public String sharedTierStatus() {
    return redis.map(r -> r.ping() ? "up" : "degraded").orElse("off");
  }
}
