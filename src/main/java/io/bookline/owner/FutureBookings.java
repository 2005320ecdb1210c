package io.bookline.owner;

import static io.bookline.db.Schema.Bookings;

import java.time.Clock;
import java.time.ZoneOffset;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * Confirmed bookings still to come of a service or a staff member: what keeps one from being
 * deleted, and what stays with a person who stops taking bookings.
 */
final class FutureBookings {
  private FutureBookings() {}

  static int of(DSLContext db, Condition which, Clock clock) {
    return db.fetchCount(
        Bookings.T,
        which
            .and(Bookings.STATUS.eq("confirmed"))
            .and(Bookings.STARTS_AT.gt(clock.instant().atOffset(ZoneOffset.UTC))));
  }
}
