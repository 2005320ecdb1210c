package io.bookline.booking;

import static io.bookline.db.Schema.Bookings;
import static io.bookline.db.Schema.Conversations;
import static io.bookline.db.Schema.Customers;
import static org.jooq.impl.DSL.field;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.SQLDataType;

/** {@link BookingPort} on Postgres, bound to one transaction's {@link DSLContext}. */
public final class PgBookingPort implements BookingPort {
  private static final String EXCLUSION_VIOLATION = "23P01";
  private static final String UNIQUE_VIOLATION = "23505";

  private static final Field<OffsetDateTime> LOWER =
      field("lower({0})", SQLDataType.TIMESTAMPWITHTIMEZONE, Bookings.DURING);
  private static final Field<OffsetDateTime> UPPER =
      field("upper({0})", SQLDataType.TIMESTAMPWITHTIMEZONE, Bookings.DURING);

  private final DSLContext tx;
  private final Clock clock;

  /**
   * @param clock the app's clock: a booking's made, cancelled and moved times are its (ADR 0117),
   *     as the owner's changes are, never Postgres now()
   */
  public PgBookingPort(DSLContext tx, Clock clock) {
    this.tx = tx;
    this.clock = clock;
  }

  private OffsetDateTime now() {
    return clock.instant().atOffset(ZoneOffset.UTC);
  }

  @Override
  public List<Busy> busy(long businessId, Instant from, Instant until) {
    return tx.select(Bookings.ID, Bookings.RESOURCE_ID, LOWER, UPPER)
        .from(Bookings.T)
        .where(Bookings.BUSINESS_ID.eq(businessId))
        .and(Bookings.STATUS.eq("confirmed"))
        .and(
            field(
                    "{0} && tstzrange({1}, {2}, '[)')",
                    Boolean.class, Bookings.DURING, ts(from), ts(until))
                .isTrue())
        .fetch(
            r -> new Busy(r.value1(), r.value2(), r.value3().toInstant(), r.value4().toInstant()));
  }

  @Override
  public BookingResult book(BookingRequest req) {
    Long existing = byKey(req.idempotencyKey());
    if (existing != null) {
      return new BookingResult.Booked(existing, true);
    }
    try {
      // A nested transaction is a savepoint: a refused insert leaves the turn's transaction usable.
      long id = tx.transactionResult(nested -> insert(nested.dsl(), req, now()));
      return new BookingResult.Booked(id, false);
    } catch (DataAccessException e) {
      String state = e.sqlState();
      if (EXCLUSION_VIOLATION.equals(state)) {
        return new BookingResult.Taken();
      }
      if (UNIQUE_VIOLATION.equals(state)) {
        Long again = byKey(req.idempotencyKey());
        if (again != null) {
          return new BookingResult.Booked(again, true);
        }
      }
      throw e;
    }
  }

  private static long insert(DSLContext db, BookingRequest req, OffsetDateTime at) {
    return db.insertInto(Bookings.T)
        .set(Bookings.BUSINESS_ID, req.businessId())
        .set(Bookings.CUSTOMER_ID, req.customerId())
        .set(Bookings.SERVICE_ID, req.serviceId())
        .set(Bookings.RESOURCE_ID, req.slot().resourceId())
        .set(Bookings.STARTS_AT, ts(req.slot().start()))
        .set(Bookings.ENDS_AT, ts(req.slot().end()))
        // DURING is an opaque range column: a map avoids set(Field<T>, T)'s overload clash.
        .set(Map.of(Bookings.DURING, range(req.slot().blockedFrom(), req.slot().blockedUntil())))
        .set(Bookings.STATUS, "confirmed")
        .set(Bookings.PRICE, req.price())
        .set(Bookings.IDEMPOTENCY_KEY, req.idempotencyKey())
        .set(Bookings.GUEST_NAME, req.guestName())
        .set(Bookings.CREATED_AT, at)
        .returningResult(Bookings.ID)
        .fetchOne()
        .value1();
  }

  private Long byKey(String key) {
    return tx.select(Bookings.ID)
        .from(Bookings.T)
        .where(Bookings.IDEMPOTENCY_KEY.eq(key))
        .fetchOne(Bookings.ID);
  }

  @Override
  public List<BookingView> upcoming(long customerId, Instant now) {
    return tx.select(
            Bookings.ID,
            Bookings.SERVICE_ID,
            Bookings.RESOURCE_ID,
            Bookings.STARTS_AT,
            Bookings.ENDS_AT,
            Bookings.GUEST_NAME)
        .from(Bookings.T)
        .where(Bookings.CUSTOMER_ID.eq(customerId))
        .and(Bookings.STATUS.eq("confirmed"))
        .and(Bookings.STARTS_AT.gt(ts(now)))
        .orderBy(Bookings.STARTS_AT)
        .fetch(
            r ->
                new BookingView(
                    r.value1(),
                    r.value2(),
                    r.value3(),
                    r.value4().toInstant(),
                    r.value5().toInstant(),
                    r.value6()));
  }

  @Override
  public Optional<BookingView> lastBefore(long customerId, Instant now) {
    return tx.select(
            Bookings.ID,
            Bookings.SERVICE_ID,
            Bookings.RESOURCE_ID,
            Bookings.STARTS_AT,
            Bookings.ENDS_AT)
        .from(Bookings.T)
        .where(Bookings.CUSTOMER_ID.eq(customerId))
        .and(Bookings.STATUS.eq("confirmed"))
        .and(Bookings.GUEST_NAME.isNull())
        .and(Bookings.STARTS_AT.lt(ts(now)))
        .orderBy(Bookings.STARTS_AT.desc())
        .limit(1)
        .fetchOptional(
            r ->
                new BookingView(
                    r.value1(),
                    r.value2(),
                    r.value3(),
                    r.value4().toInstant(),
                    r.value5().toInstant()));
  }

  @Override
  public boolean cancel(long bookingId, long customerId, String reason) {
    return tx.update(Bookings.T)
            .set(Bookings.STATUS, "cancelled")
            .set(Bookings.CANCELLED_AT, now())
            .set(Bookings.CANCELLED_BY, "customer")
            .set(Bookings.CANCEL_REASON, reason)
            .where(Bookings.ID.eq(bookingId))
            .and(Bookings.CUSTOMER_ID.eq(customerId))
            .and(Bookings.STATUS.eq("confirmed"))
            .execute()
        == 1;
  }

  @Override
  public BookingResult reschedule(long bookingId, long customerId, Slot slot) {
    try {
      int rows =
          tx.transactionResult(
              nested ->
                  nested
                      .dsl()
                      .update(Bookings.T)
                      .set(Bookings.RESOURCE_ID, slot.resourceId())
                      .set(Bookings.STARTS_AT, ts(slot.start()))
                      .set(Bookings.ENDS_AT, ts(slot.end()))
                      .set(Map.of(Bookings.DURING, range(slot.blockedFrom(), slot.blockedUntil())))
                      .set(Bookings.RESCHEDULED_AT, now())
                      // The booking's calendar file keeps its UID; a move raises its SEQUENCE.
                      .set(Bookings.ICS_SEQUENCE, Bookings.ICS_SEQUENCE.plus(1))
                      .where(Bookings.ID.eq(bookingId))
                      .and(Bookings.CUSTOMER_ID.eq(customerId))
                      .and(Bookings.STATUS.eq("confirmed"))
                      .execute());
      return rows == 1 ? new BookingResult.Booked(bookingId, false) : new BookingResult.Taken();
    } catch (DataAccessException e) {
      if (EXCLUSION_VIOLATION.equals(e.sqlState())) {
        return new BookingResult.Taken();
      }
      throw e;
    }
  }

  @Override
  public void handOff(long conversationId) {
    tx.update(Conversations.T)
        .set(Conversations.STATUS, "handoff")
        .where(Conversations.ID.eq(conversationId))
        .execute();
  }

  @Override
  public void handBack(long conversationId) {
    tx.update(Conversations.T)
        .set(Conversations.STATUS, "bot")
        .where(Conversations.ID.eq(conversationId))
        .and(Conversations.STATUS.eq("handoff"))
        .execute();
  }

  @Override
  public void rememberName(long customerId, String name) {
    tx.update(Customers.T).set(Customers.NAME, name).where(Customers.ID.eq(customerId)).execute();
  }

  private static Field<Object> range(Instant from, Instant until) {
    return field("tstzrange({0}, {1}, '[)')", SQLDataType.OTHER, ts(from), ts(until));
  }

  static OffsetDateTime ts(Instant i) {
    return i.atOffset(ZoneOffset.UTC);
  }
}
