package io.bookline.reminders;

import static io.bookline.db.Schema.Conversations;
import static io.bookline.db.Schema.Customers;
import static io.bookline.db.Schema.Messages;

import io.bookline.channel.InboundMessage;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.impl.DSL;

/**
 * The reminder a customer's typed button word answers: the latest line of their conversation, when
 * that line is a reminder. Once anything else was said (by the customer, the bot or a person), the
 * word belongs to the dialogue again: "cancel" mid-booking leaves the booking, not the reminded
 * appointment. The owner's notes (a reminder not sent) are not lines the customer saw.
 */
final class OpenReminder {
  private static final Field<String> AUTHOR =
      DSL.field("{0} ->> 'author'", String.class, Messages.METADATA);
  private static final Field<Long> REMINDER =
      DSL.field("({0} ->> 'reminderId')::bigint", Long.class, Messages.METADATA);

  private OpenReminder() {}

  /** The reminder the sender of {@code message} was last told, if it is the latest line. */
  static Optional<Long> of(DSLContext db, InboundMessage message) {
    return of(
        db,
        Customers.BUSINESS_ID
            .eq(message.businessId())
            .and(Customers.PLATFORM.eq(message.platform().id()))
            .and(Customers.PLATFORM_USER_ID.eq(message.senderId())));
  }

  /** The reminder the customer was last told, if it is the latest line. */
  static Optional<Long> of(DSLContext db, long customer) {
    return of(db, Customers.ID.eq(customer));
  }

  private static Optional<Long> of(DSLContext db, Condition customer) {
    // The conversation first, so the latest line is read from its index backwards.
    var conversation =
        DSL.select(Conversations.ID)
            .from(Conversations.T)
            .join(Customers.T)
            .on(Customers.ID.eq(Conversations.CUSTOMER_ID))
            .where(customer)
            .orderBy(Conversations.ID.desc())
            .limit(1);
    Record2<String, Long> last =
        db.select(Messages.PROVIDER, REMINDER)
            .from(Messages.T)
            .where(Messages.CONVERSATION_ID.eq(conversation))
            .and(AUTHOR.isDistinctFrom("system"))
            .orderBy(Messages.ID.desc())
            .limit(1)
            .fetchOne();
    return last != null && "reminder".equals(last.value1())
        ? Optional.ofNullable(last.value2())
        : Optional.empty();
  }
}
