package io.bookline.ingress;

import io.bookline.db.Schema;
import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The inbox rows set aside as {@code failed} after their last attempt (ADR 0019), for the admin
 * API: acknowledged to the platform, never answered, and no longer holding up their conversation.
 * Only what an operator acts on is shown: ids, attempts and the error's kind, never the payload.
 */
public final class FailedMessages {
  private final DSLContext db;

  public FailedMessages(DSLContext db) {
    this.db = db;
  }

  /** A message set aside after its last attempt, as the admin API shows it. */
  public record FailedRow(
      long id,
      long businessId,
      String platform,
      String platformMessageId,
      String sender,
      int attempts,
      String lastError,
      Instant receivedAt,
      Instant failedAt) {}

  /** A business's messages set aside as failed, newest first. */
  public List<FailedRow> list(long businessId, int limit) {
    return db.select(
            Schema.Inbox.ID,
            Schema.Inbox.BUSINESS_ID,
            Schema.Inbox.PLATFORM,
            Schema.Inbox.PLATFORM_MESSAGE_ID,
            Schema.Inbox.SENDER_ID,
            Schema.Inbox.ATTEMPTS,
            Schema.Inbox.LAST_ERROR,
            Schema.Inbox.RECEIVED_AT,
            Schema.Inbox.PROCESSED_AT)
        .from(Schema.Inbox.T)
        .where(Schema.Inbox.STATUS.eq(DSL.inline("failed")))
        .and(Schema.Inbox.BUSINESS_ID.eq(businessId))
        .orderBy(Schema.Inbox.ID.desc())
        .limit(limit)
        .fetch(
            r ->
                new FailedRow(
                    r.value1(),
                    r.value2(),
                    r.value3(),
                    r.value4(),
                    r.value5(),
                    r.value6(),
                    r.value7(),
                    r.value8().toInstant(),
                    r.value9().toInstant()));
  }
}
