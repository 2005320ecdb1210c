package io.bookline.booking;

import io.bookline.understanding.Intent;
import io.bookline.understanding.Reading;
import io.bookline.understanding.Unresolved;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

/**
 * "Freitag geht auch?", "and wednesday?", "¿podría ser el lunes?" said when asked whether to cancel
 * a booking: another day or time for it, so a move of that booking to it, not a yes or no left
 * unanswered nor a new booking. A day and time that are the booking's own ("yes, the one on
 * Tuesday") still only say which booking, and a yes or no answers the question.
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
    if (offered.isEmpty() || !another(t, r, offered.get())) {
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
    return (r.date() != null && !r.date().equals(day))
        || (r.time() != null && !r.time().equals(time))
        || (r.partOfDay() != null && r.date() == null && r.intent() != Intent.YES)
        || (sameTime && r.intent() != Intent.YES);
  }
}
