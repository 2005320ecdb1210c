package io.bookline.session;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * L1 Caffeine, L2 Redis (when configured), L3 Postgres. Reads go down the tiers; a session found
 * lower is copied up. Before trusting L1, a Redis script checks whether another instance wrote a
 * newer version (one round trip, no payload when L1 is current). Writes: Postgres in the turn's
 * transaction, then after commit Redis (only ever forward in version) and L1.
 */
public final class TieredSessionStore implements SessionStore, AutoCloseable {
  private final Cache<String, Session> memory;
  private final PostgresSessions postgres;
  private final RedisSessions redis;
  private final SessionCodec codec = new SessionCodec();
  private final Duration ttl;
  private final Counter l1Hits;
  private final Counter l1Misses;
  private final Counter redisHits;
  private final Counter redisMisses;
  private final Counter pgHits;
  private final Counter pgMisses;

  /**
   * @param redisUrl empty for single-instance mode
   */
  public TieredSessionStore(
      DSLContext db,
      Optional<String> redisUrl,
      long maxSessions,
      Duration ttl,
      MeterRegistry metrics) {
    this.memory = Caffeine.newBuilder().maximumSize(maxSessions).expireAfterWrite(ttl).build();
    this.postgres = new PostgresSessions(db, codec);
    this.redis = redisUrl.map(RedisSessions::new).orElse(null);
    this.ttl = ttl;
    this.l1Hits = counter(metrics, "memory", "hit");
    this.l1Misses = counter(metrics, "memory", "miss");
    this.redisHits = counter(metrics, "redis", "hit");
    this.redisMisses = counter(metrics, "redis", "miss");
    this.pgHits = counter(metrics, "postgres", "hit");
    this.pgMisses = counter(metrics, "postgres", "miss");
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
    if (redis != null) {
      Optional<String> shared = redis.getIfNewer(key, cached == null ? 0 : cached.version());
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
    stored.ifPresent(
        s -> {
          remember(s);
          publish(s);
        });
    return stored;
  }

  @Override
  public void write(DSLContext tx, Session next) {
    postgres.write(tx, next);
  }

  @Override
  public void committed(Session session) {
    remember(session);
    publish(session);
  }

  private void remember(Session s) {
    memory.asMap().merge(s.key(), s, (old, neu) -> neu.version() > old.version() ? neu : old);
  }

  private void publish(Session s) {
    if (redis != null) {
      redis.setIfNewer(s.key(), s.version(), codec.encodeSession(s), ttl);
    }
  }

  @Override
  public void evict(String key) {
    memory.invalidate(key);
  }

  @Override
  public String sharedTierStatus() {
    if (redis == null) {
      return "off";
    }
    return redis.ping() ? "up" : "degraded";
  }

  /** Redis round trips so far (for the per-message benchmark). */
  public long redisRoundTrips() {
    return redis == null ? 0 : redis.roundTrips.get();
  }

  @Override
  public void close() {
    if (redis != null) {
      redis.close();
    }
  }
}
