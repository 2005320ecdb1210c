package io.bookline.session;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * Caffeine in front of Postgres. The memory tier only ever moves forward: a session replaces a
 * cached one only when its version is newer, so a slow writer cannot put old state back.
 */
public final class TieredSessionStore implements SessionStore {
  private final Cache<String, Session> memory;
  private final PostgresSessions postgres;

  public TieredSessionStore(DSLContext db, long maxSessions, Duration ttl) {
    this.memory = Caffeine.newBuilder().maximumSize(maxSessions).expireAfterAccess(ttl).build();
    this.postgres = new PostgresSessions(db, new SessionCodec());
  }

  @Override
  public Optional<Session> load(String key) {
    Session cached = memory.getIfPresent(key);
    if (cached != null) {
      return Optional.of(cached);
    }
    return postgres.load(key);
  }

  @Override
  public void write(DSLContext tx, Session next) {
    postgres.write(tx, next);
  }

  @Override
  public void committed(Session session) {
    memory
        .asMap()
        .merge(session.key(), session, (old, neu) -> neu.version() > old.version() ? neu : old);
  }

  @Override
  public void evict(String key) {
    memory.invalidate(key);
  }
}
