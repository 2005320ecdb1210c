package io.bookline.owner;

import static io.bookline.db.Schema.Bookings;
import static io.bookline.db.Schema.Businesses;
import static io.bookline.db.Schema.Conversations;
import static io.bookline.db.Schema.Customers;
import static io.bookline.db.Schema.Resources;
import static io.bookline.db.Schema.Services;

import io.bookline.ApiError;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectConditionStep;
import org.jooq.impl.DSL;

/**
 * A business's bookings as the owner reads them: with the service, the staff member, the customer's
 * name and platform, the second person's name on a party booking (ADR 0058), the conversation the
 * booking came from, and the customer's no-show total.
 */
public final class BookingList {
  /** Most bookings one list returns; narrow {@code from}/{@code to} for more. */
  public static final int MAX_LIST = 1000;

  /** How many of the customer's bookings were marked as no-shows, in all. */
  private static final Field<Integer> NO_SHOWS =
      DSL.field(
          "(select count(*) from bookings ns where ns.customer_id = {0} and ns.no_show_at is not"
              + " null)",
          Integer.class, Bookings.CUSTOMER_ID);

  private final DSLContext db;
  private final Clock clock;

  public BookingList(DSLContext db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /**
   * What the list shows, as sent: null means "any", but a missing {@code from} is the start of
   * today (business time). {@code from}/{@code to} are days or times ({@link Times}); a day as
   * {@code to} includes that day. {@code status} is confirmed, cancelled or no-show.
   */
  public record Query(String from, String to, Long staffId, String status) {}

  static final List<String> STATUSES = List.of("confirmed", "cancelled", "no-show");

  private record Filter(Instant from, Instant to, Long staffId, String status) {}

  /** The business's bookings the query asks for, by start time. */
  public List<Item> list(long business, Query q, Problems problems) {
    ZoneId zone =
        ZoneId.of(
            db.select(Businesses.TIME_ZONE)
                .from(Businesses.T)
                .where(Businesses.ID.eq(business))
                .fetchSingle(Businesses.TIME_ZONE));
    Instant from =
        q.from() == null
            ? LocalDate.now(clock.withZone(zone)).atStartOfDay(zone).toInstant()
            : Times.bound(problems, "from", q.from(), zone, false);
    Instant to = Times.bound(problems, "to", q.to(), zone, true);
    if (q.status() != null && !STATUSES.contains(q.status())) {
      problems.add("status", "must be one of " + STATUSES + ", not '" + q.status() + "'");
    }
    if (from != null && to != null && !from.isBefore(to)) {
      problems.add("to", "must be after from");
    }
    problems.throwIfAny();
    return list(business, new Filter(from, to, q.staffId(), q.status()));
  }

  /**
   * One booking; {@code conversationId} is null for a booking made at the desk, {@code guestName}
   * is the person it is for when the customer booked it for someone else (a party, ADR 0058), else
   * null.
   */
  public record Item(
      long id,
      OffsetDateTime start,
      OffsetDateTime end,
      String status,
      boolean noShow,
      long serviceId,
      String service,
      long staffId,
      String staff,
      BigDecimal price,
      long customerId,
      String customerName,
      String guestName,
      String customerPhone,
      String platform,
      Long conversationId,
      int customerNoShows,
      OffsetDateTime createdAt,
      String cancelledBy,
      String cancelReason) {}

  private List<Item> list(long business, Filter f) {
    Condition where = Bookings.BUSINESS_ID.eq(business);
    if (f.from() != null) {
      where = where.and(Bookings.STARTS_AT.ge(f.from().atOffset(ZoneOffset.UTC)));
    }
    if (f.to() != null) {
      where = where.and(Bookings.STARTS_AT.lt(f.to().atOffset(ZoneOffset.UTC)));
    }
    if (f.staffId() != null) {
      where = where.and(Bookings.RESOURCE_ID.eq(f.staffId()));
    }
    if (f.status() != null) {
      where =
          where.and(
              switch (f.status()) {
                case "no-show" -> Bookings.NO_SHOW_AT.isNotNull();
                case "confirmed" ->
                    Bookings.STATUS.eq("confirmed").and(Bookings.NO_SHOW_AT.isNull());
                default -> Bookings.STATUS.eq(f.status());
              });
    }
    return select(db, where)
        .orderBy(Bookings.STARTS_AT, Bookings.ID)
        .limit(MAX_LIST)
        .fetch(BookingList::item);
  }

  /** Every booking of one customer, any status and time, by start. */
  public List<Item> ofCustomer(long business, long customerId) {
    return select(db, Bookings.BUSINESS_ID.eq(business).and(Bookings.CUSTOMER_ID.eq(customerId)))
        .orderBy(Bookings.STARTS_AT, Bookings.ID)
        .fetch(BookingList::item);
  }

  /** One of the business's bookings; another business's is "not found". */
  public Item one(long business, long id) {
    return one(db, business, id);
  }

  Item one(DSLContext tx, long business, long id) {
    Record r = select(tx, Bookings.BUSINESS_ID.eq(business).and(Bookings.ID.eq(id))).fetchOne();
    if (r == null) {
      throw ApiError.notFound("no booking " + id);
    }
    return item(r);
  }

  private static SelectConditionStep<? extends Record> select(DSLContext db, Condition where) {
    return db.select(
            Bookings.ID,
            Bookings.STARTS_AT,
            Bookings.ENDS_AT,
            Bookings.STATUS,
            Bookings.NO_SHOW_AT,
            Bookings.SERVICE_ID,
            Services.NAME,
            Bookings.RESOURCE_ID,
            Resources.NAME,
            Bookings.PRICE,
            Bookings.CUSTOMER_ID,
            Customers.NAME,
            Bookings.GUEST_NAME,
            Customers.PHONE,
            Customers.PLATFORM,
            Conversations.ID,
            NO_SHOWS,
            Bookings.CREATED_AT,
            Bookings.CANCELLED_BY,
            Bookings.CANCEL_REASON,
            Businesses.TIME_ZONE)
        .from(Bookings.T)
        .join(Businesses.T)
        .on(Businesses.ID.eq(Bookings.BUSINESS_ID))
        .join(Services.T)
        .on(Services.ID.eq(Bookings.SERVICE_ID))
        .join(Resources.T)
        .on(Resources.ID.eq(Bookings.RESOURCE_ID))
        .join(Customers.T)
        .on(Customers.ID.eq(Bookings.CUSTOMER_ID))
        // A customer writes on one platform, so has at most one conversation per business.
        .leftJoin(Conversations.T)
        .on(Conversations.CUSTOMER_ID.eq(Bookings.CUSTOMER_ID))
        .and(Conversations.BUSINESS_ID.eq(Bookings.BUSINESS_ID))
        .where(where);
  }

  /**
   * Times in the business's offset ({@code 2026-11-24T10:00:00+01:00}), as closures, warnings and
   * free times answer them: the owner reads the clock time as written (ADR 0100).
   */
  private static Item item(Record r) {
    ZoneId zone = ZoneId.of(r.get(Businesses.TIME_ZONE));
    return new Item(
        r.get(Bookings.ID),
        inZone(r.get(Bookings.STARTS_AT), zone),
        inZone(r.get(Bookings.ENDS_AT), zone),
        r.get(Bookings.STATUS),
        r.get(Bookings.NO_SHOW_AT) != null,
        r.get(Bookings.SERVICE_ID),
        r.get(Services.NAME),
        r.get(Bookings.RESOURCE_ID),
        r.get(Resources.NAME),
        Prices.money(r.get(Bookings.PRICE)),
        r.get(Bookings.CUSTOMER_ID),
        r.get(Customers.NAME),
        r.get(Bookings.GUEST_NAME),
        r.get(Customers.PHONE),
        r.get(Customers.PLATFORM),
        r.get(Conversations.ID),
        r.get(NO_SHOWS),
        inZone(r.get(Bookings.CREATED_AT), zone),
        r.get(Bookings.CANCELLED_BY),
        r.get(Bookings.CANCEL_REASON));
  }

  private static OffsetDateTime inZone(OffsetDateTime at, ZoneId zone) {
    return at == null ? null : at.atZoneSameInstant(zone).toOffsetDateTime();
  }
}
