package io.bookline.ops;

import io.bookline.db.Schema;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * Gauges of work waiting, read from Postgres at each scrape, so every instance reports the same
 * shared queue: messages acknowledged but not handled ({@code bookline_inbox_backlog}, which the
 * autoscaler reads), the age of the oldest of them, replies waiting to be sent, and messages set
 * aside as failed. Each is one query on a partial index; while the database is away they read NaN.
 */
public final class Backlog {
  private static final String RECEIVED = "received";
  private static final String PENDING = "pending";

  private final DSLContext db;
  private final Clock clock;

  public Backlog(DSLContext db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  public void bindTo(MeterRegistry metrics) {
    Gauge.builder("bookline.inbox.backlog", this, Backlog::inbox)
        .strongReference(true)
        .register(metrics);
    TimeGauge.builder("bookline.inbox.oldest.age", this, TimeUnit.SECONDS, Backlog::oldestAge)
        .strongReference(true)
        .register(metrics);
    Gauge.builder("bookline.outbox.backlog", this, Backlog::outbox)
        .strongReference(true)
        .register(metrics);
    Gauge.builder("bookline.inbox.failed", this, Backlog::failed)
        .strongReference(true)
        .register(metrics);
  }

  /** Messages set aside after their last attempt (ADR 0019), waiting for someone to look. */
  double failed() {
    try {
      return db.fetchCount(Schema.Inbox.T, Schema.Inbox.STATUS.eq(DSL.inline("failed")));
    } catch (DataAccessException away) {
      return Double.NaN;
    }
  }

  double inbox() {
    try {
      return db.fetchCount(Schema.Inbox.T, Schema.Inbox.STATUS.eq(DSL.inline(RECEIVED)));
    } catch (DataAccessException away) {
      return Double.NaN;
    }
  }

  /** Seconds since the oldest unhandled message was received; 0 when none waits. */
  double oldestAge() {
    try {
      OffsetDateTime oldest =
          db.select(DSL.min(Schema.Inbox.RECEIVED_AT))
              .from(Schema.Inbox.T)
              .where(Schema.Inbox.STATUS.eq(DSL.inline(RECEIVED)))
              .fetchOne(0, OffsetDateTime.class);
      if (oldest == null) {
        return 0;
      }
      Duration age = Duration.between(oldest.toInstant(), clock.instant());
      return Math.max(0, age.toMillis() / 1000.0);
    } catch (DataAccessException away) {
      return Double.NaN;
    }
  }

  double outbox() {
    try {
      return db.fetchCount(Schema.Outbox.T, Schema.Outbox.STATUS.eq(DSL.inline(PENDING)));
    } catch (DataAccessException away) {
      return Double.NaN;
    }
  }
}
