package io.bookline.owner;

import static io.bookline.db.Schema.Bookings;
import static io.bookline.db.Schema.Businesses;
import static io.bookline.db.Schema.Customers;
import static io.bookline.db.Schema.Resources;
import static io.bookline.db.Schema.Services;

import java.time.ZoneId;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * The confirmed bookings a change of the owner's catches: inside a closure, outside new hours, of a
 * person who stops taking bookings. Each is listed the same way ({@link
 * ClosureAdmin.BookingInside}), earliest first, its times in the business's offset as every booking
 * time the owner reads (the console shows the clock time as written).
 */
final class BookingsCaught {
  private BookingsCaught() {}

  static ZoneId zone(DSLContext db, long business) {
    return ZoneId.of(
        db.select(Businesses.TIME_ZONE)
            .from(Businesses.T)
            .where(Businesses.ID.eq(business))
            .fetchSingle(Businesses.TIME_ZONE));
  }

  /** The business's confirmed bookings that also meet {@code which}. */
  static List<ClosureAdmin.BookingInside> of(DSLContext db, long business, Condition which) {
    ZoneId zone = zone(db, business);
    return db.select(
            Bookings.ID,
            Bookings.STARTS_AT,
            Bookings.ENDS_AT,
            Services.ID,
            Services.NAME,
            Resources.ID,
            Resources.NAME,
            Customers.NAME,
            Bookings.GUEST_NAME)
        .from(Bookings.T)
        .join(Services.T)
        .on(Services.ID.eq(Bookings.SERVICE_ID))
        .join(Resources.T)
        .on(Resources.ID.eq(Bookings.RESOURCE_ID))
        .join(Customers.T)
        .on(Customers.ID.eq(Bookings.CUSTOMER_ID))
        .where(Bookings.BUSINESS_ID.eq(business))
        .and(Bookings.STATUS.eq("confirmed"))
        .and(which)
        .orderBy(Bookings.STARTS_AT, Bookings.ID)
        .fetch(
            r ->
                new ClosureAdmin.BookingInside(
                    r.value1(),
                    r.value2().atZoneSameInstant(zone).toOffsetDateTime(),
                    r.value3().atZoneSameInstant(zone).toOffsetDateTime(),
                    r.value4(),
                    r.value5(),
                    r.value6(),
                    r.value7(),
                    r.value8(),
                    r.value9()));
  }
}
