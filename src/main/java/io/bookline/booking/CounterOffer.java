package io.bookline.booking;

import io.bookline.understanding.Evidence;
import io.bookline.understanding.Intent;
import io.bookline.understanding.Reading;
import io.bookline.understanding.Slots;
import io.bookline.understanding.Unresolved;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

/**
 * "Freitag geht auch?", "and wednesday?", "¿podría ser el lunes?" said when asked whether to cancel
 * a booking: another day or time for it, so a move of that booking to it, not a yes or no left
 * unanswered nor a new booking. A yes is never a move (ADR 0093): "yes, the friday appointment",
 * "ja, den am Freitag", "sí, la del viernes" name the booking by its weekday or date and cancel it;
 * a yes naming another day or time says neither, so the question is asked again.
 */
final class CounterOffer {
  private CounterOffer() {}

  /** The reading as a change of the booking offered for cancelling, or as it is. */
  static Reading place(Turn t, Reading r) {
    DialogueState s = t.state();
    if (s.goal() != Goal.CANCEL || s.awaiting() != Step.CONFIRM || s.bookingId() == null) {
      return r;
    }
    if (r.intent() != Intent.NONE
        && r.intent() != Intent.BOOK
        && r.intent() != Intent.QUESTION
        && r.intent() != Intent.YES) {
      return r;
    }
    Optional<BookingView> offered = t.current();
    if (offered.isEmpty()) {
      return r;
    }
    if (r.intent() == Intent.YES) {
      // A yes answers the question: with the booking's own day it cancels that booking; with
      // another it is unclear, and the question is asked again.
      boolean itsOwn = !another(t, r, offered.get());
      return new Reading(
          itsOwn ? Intent.YES : Intent.NONE, Slots.NONE, null, null, r.source(), Evidence.NONE);
    }
    if (!another(t, r, offered.get())) {
      return r;
    }
    return new Reading(
        Intent.CHANGE, r.slots(), r.personName(), r.choice(), r.source(), r.evidence());
  }

  /** Whether the reading names a day, time or part of day other than the booking's. */
  private static boolean another(Turn t, Reading r, BookingView b) {
    LocalDate day = b.start().atZone(t.zone()).toLocalDate();
    LocalTime time = b.start().atZone(t.zone()).toLocalTime();
    boolean sameTime =
        r.evidence().unresolved().stream()
            .anyMatch(u -> Unresolved.SAME_AS_BOOKED.equals(u.reason()));
    boolean sameDay =
        r.date() == null
            || r.date().equals(day)
            || r.evidence().dateByWeekday() && r.date().getDayOfWeek() == day.getDayOfWeek();
    return !sameDay
        || (r.time() != null && !r.time().equals(time))
        || (r.partOfDay() != null && r.date() == null && r.intent() != Intent.YES)
        || (sameTime && r.intent() != Intent.YES);
  }
}
