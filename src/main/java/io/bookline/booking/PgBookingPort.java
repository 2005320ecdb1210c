package io.bookline.booking;

import static io.bookline.db.Schema.Bookings;
import static io.bookline.db.Schema.Customers;
import static org.jooq.impl.DSL.field;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
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

  public PgBookingPort(DSLContext tx) {
    this.tx = tx;
  }

  @Override
  public List<Busy> busy(long businessId, Instant from, Instant until) {
    return tx.select(Bookings.RESOURCE_ID, LOWER, UPPER)
        .from(Bookings.T)
        .where(Bookings.BUSINESS_ID.eq(businessId))
        .and(Bookings.STATUS.eq("confirmed"))
        .and(
            field(
                    "{0} && tstzrange({1}, {2}, '[)')",
                    Boolean.class, Bookings.DURING, ts(from), ts(until))
                .isTrue())
        .fetch(r -> new Busy(r.value1(), r.value2().toInstant(), r.value3().toInstant()));
  }

  @Override
  public BookingResult book(BookingRequest req) {
    Long existing = byKey(req.idempotencyKey());
    if (existing != null) {
      return new BookingResult.Booked(existing, true);
    }
    try {
      // A nested transaction is a savepoint: a refused insert leaves the turn's transaction usable.
      long id =
          tx.transactionResult(
              nested ->
                  nested
                      .dsl()
                      .insertInto(Bookings.T)
                      .set(Bookings.BUSINESS_ID, req.businessId())
                      .set(Bookings.CUSTOMER_ID, req.customerId())
                      .set(Bookings.SERVICE_ID, req.serviceId())
                      .set(Bookings.RESOURCE_ID, req.slot().resourceId())
                      .set(Bookings.STARTS_AT, ts(req.slot().start()))
                      .set(Bookings.ENDS_AT, ts(req.slot().end()))
                      // DURING is an opaque range column: a map avoids set(Field<T>, T)'s overload
                      // clash.
                      .set(
                          java.util.Map.of(
                              Bookings.DURING,
                              range(req.slot().blockedFrom(), req.slot().blockedUntil())))
                      .set(Bookings.STATUS, "confirmed")
                      .set(Bookings.PRICE, req.price())
                      .set(Bookings.IDEMPOTENCY_KEY, req.idempotencyKey())
                      .returningResult(Bookings.ID)
                      .fetchOne()
                      .value1());
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

  private Long byKey(String key) {
    return tx.select(Bookings.ID)
        .from(Bookings.T)
        .where(Bookings.IDEMPOTENCY_KEY.eq(key))
        .fetchOne(Bookings.ID);
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
