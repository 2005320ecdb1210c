package io.bookline.session;

import io.bookline.db.Tx;
import java.util.Optional;

/**
 * Where sessions live. Reads go through the tiers (memory, then Redis when configured, then
 * Postgres); writes go to Postgres inside the turn's transaction, checked against the version the
 * turn read, and reach the caches only after that transaction commits.
 */
public interface SessionStore {
  /** The newest session the tiers know for the key (expired ones included; the caller decides). */
  Optional<Session> load(String key);

  /** The session as Postgres has it, skipping every cache: used after a version conflict. */
  Optional<Session> loadFresh(String key);

  /**
   * Stores {@code next} in the turn's transaction if the stored version is still {@code
   * next.version() - 1}. The write may be held back with the turn's others ({@link Tx#later}).
   *
   * @throws VersionConflict when another turn got there first (at the latest when the transaction
   *     sends its held writes)
   */
  void write(Tx tx, Session next);

  /** Publishes a committed session to the caches. */
  void committed(Session session);

  /** Drops any cached copy in this instance. */
  void evict(String key);

  /** "up", "degraded" (shared tier unreachable, serving from memory and Postgres) or "off". */
  String sharedTierStatus();
}
