package io.bookline.booking;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A closed day named before the service ("übermorgen?" of a Friday, a Sunday) is said closed at
 * once, with the next open day, instead of being recapped as if it could be booked; the day is
 * dropped, so the day question follows the service question.
 */
final class ClosedDayUpFront {
  /** How many days after the closed one are looked at for the next open day. */
  static final int SEARCH_DAYS = 14;

  private ClosedDayUpFront() {}

  /** Says the wished day is closed and which is next open; returns whether it did. */
  static boolean said(Turn t) {
    LocalDate day = t.slots().date();
    Catalog c = t.catalog();
    if (day == null
        || WhyNotFree.day(c, day, t.today()).isPresent()
        || (c.closureOn(day).isEmpty() && !c.hoursOn(day.getDayOfWeek()).isEmpty())) {
      return false;
    }
    Optional<LocalDate> next = nextOpen(c, day);
    if (next.isEmpty()) {
      return false;
    }
    t.update(s -> s.withSlots(s.slots().withDate(null)));
    t.say("understood.closed_next_open", t.phrases().day(day), t.phrases().day(next.get()));
    return true;
  }

  private static Optional<LocalDate> nextOpen(Catalog c, LocalDate day) {
    for (int i = 1; i <= SEARCH_DAYS; i++) {
      LocalDate d = day.plusDays(i);
      if (c.closureOn(d).isEmpty() && !c.hoursOn(d.getDayOfWeek()).isEmpty()) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }
}
