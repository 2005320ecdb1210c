package io.bookline.booking;

import io.bookline.understanding.Reading;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * "manicure tomorrow at 10" on a closed Sunday is offered Monday's times around 10:00; "ok monday
 * then" names the day of those times and no time: the 10:00 still asked for is the pick, where the
 * bot asked "Which one?" although it had been told.
 */
final class DayOfTheOffers {
  private DayOfTheOffers() {}

  /** The offer at the time held, when the reading names only the day it is on; else null. */
  static Offer askedTime(Turn t, Reading r) {
    LocalTime asked = t.slots().time();
    LocalDate day = t.slots().date();
    if (r.date() == null || asked == null || day == null) {
      return null;
    }
    return SameTimeOtherDay.at(t, asked)
        .filter(o -> o.start().atZone(t.zone()).toLocalDate().equals(day))
        .orElse(null);
  }
}
