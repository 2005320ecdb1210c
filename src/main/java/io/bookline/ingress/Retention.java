package io.bookline.ingress;

import io.bookline.db.Schema;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps what customers and platforms sent no longer than {@code RETENTION} (default 90 days, ADR
 * 0021): a message's raw payload is emptied once it is older (its text, the conversation and the
 * bookings stay), and finished inbox rows are deleted (raw body, stored answer and all). A row
 * still waiting for its turn is never touched. Runs in small batches, so no statement holds many
 * rows locked; periodic from {@code Components.startUp}.
 */
public final class Retention {
  private static final Logger LOG = LoggerFactory.getLogger(Retention.class);

  /** How often the clean-up runs. */
  public static final Duration EVERY = Duration.ofHours(1);

  static final int BATCH = 1_000;

  private final DSLContext db;
  private final Clock clock;
  private final Duration keep;

  public Retention(DSLContext db, Clock clock, Duration keep) {
    this.db = db;
    this.clock = clock;
    this.keep = keep;
  }

  /** What one run removed. */
  public record Removed(int rawPayloads, int inboxRows) {}

  /** Removes what is older than the retention, batch by batch, until nothing is left. */
  public Removed runOnce() {
    var cutoff = clock.instant().minus(keep).atOffset(ZoneOffset.UTC);
    int raw = 0;
    for (int n = BATCH; n == BATCH; raw += n) {
      n =
          db.update(Schema.Messages.T)
              .setNull(Schema.Messages.RAW_MESSAGE)
              .where(
                  Schema.Messages.ID.in(
                      DSL.select(Schema.Messages.ID)
                          .from(Schema.Messages.T)
                          .where(Schema.Messages.RAW_MESSAGE.isNotNull())
                          .and(Schema.Messages.CREATED_AT.lt(cutoff))
                          .limit(BATCH)))
              .execute();
    }
    int inbox = 0;
    for (int n = BATCH; n == BATCH; inbox += n) {
      n =
          db.deleteFrom(Schema.Inbox.T)
              .where(
                  Schema.Inbox.ID.in(
                      DSL.select(Schema.Inbox.ID)
                          .from(Schema.Inbox.T)
                          .where(Schema.Inbox.STATUS.ne(DSL.inline("received")))
                          .and(Schema.Inbox.RECEIVED_AT.lt(cutoff))
                          .limit(BATCH)))
              .execute();
    }
    if (raw + inbox > 0) {
      LOG.info(
          "retention ({} days): emptied {} raw payloads, deleted {} finished inbox rows",
          keep.toDays(),
          raw,
          inbox);
    }
    return new Removed(raw, inbox);
  }
}
