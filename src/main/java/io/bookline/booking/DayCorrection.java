package io.bookline.booking;

import io.bookline.understanding.Reading;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * "No, Tuesday", "what about Tuesday?", "lieber Dienstag", "mejor el martes" while a day is under
 * discussion. A weekday said alone means that weekday of the discussed day's week (Monday to
 * Sunday): talking about Friday 11 December, "Tuesday" is Tuesday 8 December, not the first Tuesday
 * from today. If that day has passed, it is the first such weekday from today. A weekday that says
 * which one ("next Tuesday", "this Tuesday", "Tuesday the 8th") is taken as read.
 */
final class DayCorrection {
  private DayCorrection() {}

  /** The day the reading names, placed against the day under discussion (null when none). */
  static LocalDate place(Reading r, LocalDate discussed, LocalDate today) {
    if (discussed == null || !r.evidence().dateByWeekday()) {
      return r.date();
    }
    DayOfWeek weekday = r.date().getDayOfWeek();
    LocalDate sameWeek =
        discussed
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
            .plusDays(weekday.getValue() - 1L);
    return sameWeek.isBefore(today) ? today.with(TemporalAdjusters.nextOrSame(weekday)) : sameWeek;
  }
}
