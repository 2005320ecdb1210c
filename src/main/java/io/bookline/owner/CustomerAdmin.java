package io.bookline.owner;

import static io.bookline.db.Schema.Bookings;
import static io.bookline.db.Schema.Conversations;
import static io.bookline.db.Schema.Customers;
import static io.bookline.db.Schema.Inbox;
import static io.bookline.db.Schema.Outbox;
import static io.bookline.db.Schema.Sessions;

import io.bookline.ApiError;
import io.bookline.session.SessionKey;
import java.time.OffsetDateTime;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * One customer's data: everything Bookline holds about them ({@link CustomerExport}) and erasure
 * (ADR 0032). Erasure deletes their messages, raw payloads (inbox rows with their bytes), outbox
 * rows, conversations and sessions, and clears their name, phone, language and platform id; the
 * booking rows stay, pointing at the anonymous customer, so the calendar stays true. Cached copies
 * go too: {@code forget} drops the session key from Redis and from every instance's memory.
 */
public final class CustomerAdmin {
  private final DSLContext db;
  private final Consumer<String> forget;

  /**
   * @param forget drops everything cached under a conversation key, on every tier and instance
   */
  public CustomerAdmin(DSLContext db, Consumer<String> forget) {
    this.db = db;
    this.forget = forget;
  }

  /** The profile as stored. */
  public record Profile(
      long id,
      String platform,
      String platformUserId,
      String name,
      String phone,
      String language,
      OffsetDateTime createdAt) {}

  /** What is left of a customer after erasure. */
  public record Erased(long customer, int bookingsKept, int messagesDeleted, int inboxDeleted) {}

  public Profile profile(long business, long id) {
    return profile(db, business, id);
  }

  static Profile profile(DSLContext db, long business, long id) {
    Record r =
        db.select(
                Customers.ID,
                Customers.PLATFORM,
                Customers.PLATFORM_USER_ID,
                Customers.NAME,
                Customers.PHONE,
                Customers.LANGUAGE,
                Customers.CREATED_AT)
            .from(Customers.T)
            .where(Customers.ID.eq(id))
            .and(Customers.BUSINESS_ID.eq(business))
            .fetchOne();
    if (r == null) {
      throw ApiError.notFound("no customer " + id);
    }
    return new Profile(
        r.get(Customers.ID),
        r.get(Customers.PLATFORM),
        r.get(Customers.PLATFORM_USER_ID),
        r.get(Customers.NAME),
        r.get(Customers.PHONE),
        r.get(Customers.LANGUAGE),
        r.get(Customers.CREATED_AT));
  }

  /** Erases the customer; a second erasure finds nothing more to erase and says so. */
  public Erased erase(long business, long id) {
    Profile who = profile(business, id);
    String key = SessionKey.of(business, who.platform(), who.platformUserId());
    Erased erased =
        db.transactionResult(
            cfg -> {
              DSLContext tx = cfg.dsl();
              var conversations =
                  tx.select(Conversations.ID)
                      .from(Conversations.T)
                      .where(Conversations.CUSTOMER_ID.eq(id))
                      .and(Conversations.BUSINESS_ID.eq(business));
              tx.deleteFrom(Outbox.T).where(Outbox.CONVERSATION_ID.in(conversations)).execute();
              tx.deleteFrom(Sessions.T)
                  .where(
                      Sessions.CONVERSATION_ID.in(conversations).or(Sessions.SESSION_KEY.eq(key)))
                  .execute();
              int messages =
                  tx.deleteFrom(io.bookline.db.Schema.Messages.T)
                      .where(io.bookline.db.Schema.Messages.CONVERSATION_ID.in(conversations))
                      .execute();
              tx.deleteFrom(Conversations.T)
                  .where(Conversations.CUSTOMER_ID.eq(id))
                  .and(Conversations.BUSINESS_ID.eq(business))
                  .execute();
              int inbox =
                  tx.deleteFrom(Inbox.T)
                      .where(Inbox.BUSINESS_ID.eq(business))
                      .and(
                          Inbox.CONVERSATION_KEY
                              .eq(key)
                              .or(
                                  Inbox.PLATFORM
                                      .eq(who.platform())
                                      .and(Inbox.SENDER_ID.eq(who.platformUserId()))))
                      .execute();
              tx.update(Bookings.T)
                  .set(Bookings.CANCEL_REASON, (String) null)
                  .where(Bookings.CUSTOMER_ID.eq(id))
                  .execute();
              tx.update(Customers.T)
                  .set(Customers.NAME, (String) null)
                  .set(Customers.PHONE, (String) null)
                  .set(Customers.LANGUAGE, (String) null)
                  .set(Customers.PLATFORM_USER_ID, "erased:" + id)
                  .where(Customers.ID.eq(id))
                  .execute();
              int kept = tx.fetchCount(Bookings.T, Bookings.CUSTOMER_ID.eq(id));
              return new Erased(id, kept, messages, inbox);
            });
    // After the commit: a turn that read a cached session now finds no conversation in Postgres
    // and starts afresh (issue 14), so dropping the caches cannot race into a stale answer.
    forget.accept(key);
    return erased;
  }
}
