package io.bookline.processor;

import static io.bookline.db.Prepared.value;
import static io.bookline.db.Schema.Inbox;

import io.bookline.db.Prepared;
import org.jooq.impl.DSL;

/**
 * The statement that marks a turn's inbox row done with its replies, rendered once: it changes
 * nothing when another turn already did, or while an earlier message of the conversation still
 * waits (the order check rides on the write, so keeping order costs no read).
 */
final class InboxDone {
  static final Prepared STATEMENT = statement();

  private InboxDone() {}

  private static Prepared statement() {
    var earlier = Inbox.T.as("earlier");
    var earlierKey =
        DSL.field(DSL.name("earlier", "conversation_key"), Inbox.CONVERSATION_KEY.getDataType());
    var earlierStatus = DSL.field(DSL.name("earlier", "status"), Inbox.STATUS.getDataType());
    var earlierSent = DSL.field(DSL.name("earlier", "sent_at"), Inbox.SENT_AT.getDataType());
    var earlierId = DSL.field(DSL.name("earlier", "id"), Inbox.ID.getDataType());
    return Prepared.of(
        DSL.update(Inbox.T)
            .set(Inbox.STATUS, DSL.inline("done"))
            .set(Inbox.RESULT, value("result", Inbox.RESULT))
            .set(Inbox.PROCESSED_AT, value("now", Inbox.PROCESSED_AT))
            .where(Inbox.ID.eq(value("inbox", Inbox.ID)))
            .and(Inbox.STATUS.ne(DSL.inline("done")))
            .andNotExists(
                DSL.selectOne()
                    .from(earlier)
                    .where(earlierKey.eq(value("conversation_key", Inbox.CONVERSATION_KEY)))
                    .and(earlierStatus.eq(DSL.inline("received")))
                    .and(
                        earlierSent
                            .lt(Inbox.SENT_AT)
                            .or(earlierSent.eq(Inbox.SENT_AT).and(earlierId.lt(Inbox.ID))))),
        "result",
        "now",
        "inbox",
        "conversation_key");
  }
}
