package io.bookline.owner;

import static io.bookline.db.Schema.Bookings;

import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * Confirmed bookings still to come that a change of the owner's leaves stranded: outside new
 * opening hours, outside a staff member's new hours, or with a person who stops taking bookings.
 * The change is saved all the same (the owner decides; ADR 0094), and its answer carries one
 * warning listing them the way a closure lists {@code bookingsInside}, so none is forgotten.
 */
final class StrandedBookings {
  /** The field every such warning names: the bookings, not a row of the request. */
  static final String FIELD = "bookings";

  private final DSLContext db;
  private final Clock clock;

  StrandedBookings(DSLContext db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** The business's bookings to come that the new opening hours no longer hold. */
  Optional<HoursAdmin.Warning> outsideOpening(long business, List<WeeklyHours.Interval> week) {
    return warning(
        outside(ahead(business, null), week),
        "the opening hours",
        "move or cancel them, or widen the hours");
  }

  /** A staff member's bookings to come that their new hours ({@code week}) no longer hold. */
  Optional<HoursAdmin.Warning> outsideStaffHours(
      long business, long staff, String name, List<WeeklyHours.Interval> week) {
    return warning(
        outside(ahead(business, staff), week),
        name + "'s hours",
        "move or cancel them, or widen " + name + "'s hours");
  }

  /** The bookings to come of a staff member who takes no new ones (kept, with them). */
  Optional<HoursAdmin.Warning> ofInactive(long business, long staff, String name) {
    return kept(ahead(business, staff), name, " with ");
  }

  /** The bookings to come of a service no longer offered (kept, as booked). */
  Optional<HoursAdmin.Warning> ofInactiveService(long business, long service, String name) {
    var future = Bookings.STARTS_AT.gt(clock.instant().atOffset(ZoneOffset.UTC));
    return kept(
        BookingsCaught.of(db, business, future.and(Bookings.SERVICE_ID.eq(service))),
        name,
        " for ");
  }

  /**
   * The bookings to come whose clock time a new time zone changes: each keeps its moment, so it now
   * reads (and is listed) at another hour in {@code after} than in {@code before}.
   */
  Optional<HoursAdmin.Warning> ofZoneChange(long business, ZoneId before, ZoneId after) {
    var future = Bookings.STARTS_AT.gt(clock.instant().atOffset(ZoneOffset.UTC));
    List<ClosureAdmin.BookingInside> moved =
        BookingsCaught.of(db, business, future).stream()
            .filter(
                b ->
                    !b.start()
                        .atZoneSameInstant(before)
                        .toLocalDateTime()
                        .equals(b.start().atZoneSameInstant(after).toLocalDateTime()))
            .toList();
    if (moved.isEmpty()) {
      return Optional.empty();
    }
    boolean one = moved.size() == 1;
    return Optional.of(
        new HoursAdmin.Warning(
            "timeZone",
            count(moved.size())
                + " still to come "
                + (one ? "keeps its" : "keep their")
                + " moment but now "
                + (one ? "reads" : "read")
                + " at another clock time in "
                + after.getId()
                + " than in "
                + before.getId()
                + ": move "
                + (one ? "it" : "them")
                + " or tell the "
                + (one ? "customer" : "customers"),
            moved));
  }

  private static Optional<HoursAdmin.Warning> kept(
      List<ClosureAdmin.BookingInside> kept, String name, String preposition) {
    if (kept.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new HoursAdmin.Warning(
            FIELD,
            name
                + " takes no new bookings, but "
                + count(kept.size())
                + preposition
                + name
                + (kept.size() == 1 ? " is" : " are")
                + " still to come and kept: move or cancel "
                + (kept.size() == 1 ? "it" : "them"),
            kept));
  }

  private List<ClosureAdmin.BookingInside> ahead(long business, Long staff) {
    var future = Bookings.STARTS_AT.gt(clock.instant().atOffset(ZoneOffset.UTC));
    return BookingsCaught.of(
        db, business, staff == null ? future : future.and(Bookings.RESOURCE_ID.eq(staff)));
  }

  private static Optional<HoursAdmin.Warning> warning(
      List<ClosureAdmin.BookingInside> outside, String hours, String advice) {
    if (outside.isEmpty()) {
      return Optional.empty();
    }
    boolean one = outside.size() == 1;
    return Optional.of(
        new HoursAdmin.Warning(
            FIELD,
            count(outside.size())
                + " still to come "
                + (one ? "is" : "are")
                + " now outside "
                + hours
                + " and kept: "
                + (one ? advice.replace("them", "it") : advice),
            outside));
  }

  private static String count(int n) {
    return n + (n == 1 ? " confirmed booking" : " confirmed bookings");
  }

  /** The bookings no window of the week holds from start to end (times in business time). */
  static List<ClosureAdmin.BookingInside> outside(
      List<ClosureAdmin.BookingInside> bookings, List<WeeklyHours.Interval> week) {
    return bookings.stream().filter(b -> !within(b, week)).toList();
  }

  private static boolean within(ClosureAdmin.BookingInside b, List<WeeklyHours.Interval> week) {
    if (!b.end().toLocalDate().equals(b.start().toLocalDate())) {
      return false;
    }
    int weekday = b.start().getDayOfWeek().getValue();
    LocalTime from = b.start().toLocalTime();
    LocalTime to = b.end().toLocalTime();
    return week.stream()
        .anyMatch(
            w ->
                w.weekday() == weekday
                    && !from.isBefore(LocalTime.parse(w.opens()))
                    && !to.isAfter(LocalTime.parse(w.closes())));
  }
}
