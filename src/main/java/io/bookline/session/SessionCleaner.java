package io.bookline.session;

import static io.bookline.db.Schema.Sessions;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes session rows that expired a while ago, in small batches so no long lock is held. The
 * conversation and its messages stay; the next message starts a new goal.
 */
public final class SessionCleaner {
  private static final Logger LOG = LoggerFactory.getLogger(SessionCleaner.class);

  /** Rows are kept this long past expiry, so caches (which expire with the session) go first. */
  static final Duration GRACE = Duration.ofMinutes(5);

  static final int BATCH = 1_000;

  /** How often expired rows are deleted (the first run is a minute after start). */
  public static final Duration EVERY = Duration.ofMinutes(10);

  private final DSLContext db;
  private final Clock clock;

  public SessionCleaner(DSLContext db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** Deletes every expired row; returns how many. */
  public int runOnce() {
    var cutoff = clock.instant().minus(GRACE).atOffset(ZoneOffset.UTC);
    int total = 0;
    while (true) {
      int deleted =
          db.deleteFrom(Sessions.T)
              .where(
                  Sessions.SESSION_KEY.in(
                      DSL.select(Sessions.SESSION_KEY)
                          .from(Sessions.T)
                          // By the index on the bound (ADR 0112); the exact expiry decides.
                          .where(Sessions.SWEEP_AFTER.lt(cutoff))
                          .and(Sessions.EXPIRES_AT.lt(cutoff))
                          .limit(BATCH)))
              .execute();
      total += deleted;
      if (deleted < BATCH) {
        break;
      }
    }
    if (total > 0) {
      LOG.info("deleted {} expired sessions", total);
    }
    return total;
  }
}
