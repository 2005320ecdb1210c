package io.bookline.booking;

import io.bookline.understanding.Intent;
import io.bookline.understanding.PartOfDay;
import io.bookline.understanding.Reading;
import io.bookline.understanding.TimeQualifier;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A weekday said alone that is today's ("friday" on a Friday) is read as today. It means the same
 * weekday next week when today cannot be meant: the part of the day asked for is over ("el viernes
 * por la mañana" on Friday afternoon), the clock time said with it has passed ("friday at 9am" on
 * Friday at 15:00), or a booking that lies after today is being moved ("can we do friday instead?"
 * of a booking on Wednesday).
 */
final class TodaysWeekday {
  private TodaysWeekday() {}

  /** The reading with next week's day where today's cannot be meant; any other as it is. */
  static Reading place(Turn t, Reading r) {
    LocalDate today = t.today();
    if (!r.evidence().dateByWeekday() || !today.equals(r.date())) {
      return r;
    }
    if (!partOfDayOver(t, r) && !timePassed(t, r) && !movingALaterBooking(t, r, today)) {
      return r;
    }
    return new Reading(
        r.intent(),
        r.slots().withDate(today.plusWeeks(1)),
        r.personName(),
        r.choice(),
        r.source(),
        r.evidence(),
        r.shift(),
        r.shiftBy());
  }

  /**
   * Whether the clock time said with the weekday is over today ("friday at 9am" on Friday at 15:00,
   * ADR 0087); "after 9am" still has today's later times, and a time still ahead stays today's.
   */
  private static boolean timePassed(Turn t, Reading r) {
    if (r.time() == null
        || r.qualifier() == TimeQualifier.AFTER
        || r.qualifier() == TimeQualifier.PAST) {
      return false;
    }
    return !FreeTimes.at(t.today(), r.time(), t.zone()).isAfter(t.ctx().now());
  }

  private static boolean partOfDayOver(Turn t, Reading r) {
    PartOfDay asked = r.partOfDay();
    if (asked == null || r.time() != null) {
      return false;
    }
    LocalTime now = t.ctx().now().atZone(t.zone()).toLocalTime();
    for (PartOfDay p : PartOfDay.values()) {
      if (p.contains(now)) {
        return asked.ordinal() < p.ordinal();
      }
    }
    return false;
  }

  /**
   * Whether the reading moves a booking and every booking it may move lies after today: the one
   * chosen (to move or offered for cancelling), else all upcoming ones.
   */
  private static boolean movingALaterBooking(Turn t, Reading r, LocalDate today) {
    DialogueState s = t.state();
    boolean moving =
        r.intent() == Intent.RESCHEDULE
            || (s.goal() == Goal.RESCHEDULE && s.bookingId() != null && !starting(r));
    if (!moving) {
      return false;
    }
    List<BookingView> bookings =
        s.bookingId() == null ? t.upcoming() : t.current().map(List::of).orElse(List.of());
    return !bookings.isEmpty()
        && bookings.stream().allMatch(b -> b.start().atZone(t.zone()).toLocalDate().isAfter(today));
  }

  /** A reading that starts another goal, not one that answers the move under way. */
  private static boolean starting(Reading r) {
    return r.intent() == Intent.BOOK || r.intent() == Intent.CANCEL;
  }
}
