package io.bookline.booking;

import io.bookline.understanding.Intent;
import io.bookline.understanding.Reading;

/**
 * "y el jueves?", "and thursday?", "und Donnerstag?" when the bot asked whether to cancel a
 * booking: no consent, another day or time for it. Read as a move of that booking, the way "I can't
 * on Wednesday, how about Thursday?" is: the move flow takes the booking offered for cancelling and
 * offers the times of the day said.
 */
final class CounterProposal {
  private CounterProposal() {}

  /** The reading as a move when it proposes another day or time for the booking; else as it is. */
  static Reading resolve(Turn t, Reading r) {
    DialogueState s = t.state();
    boolean askedToCancel =
        s.goal() == Goal.CANCEL && s.awaiting() == Step.CONFIRM && s.bookingId() != null;
    if (!askedToCancel || r.intent() != Intent.NONE || r.serviceId() != null) {
      return r;
    }
    return t.current().filter(b -> another(t, r, b)).isPresent()
        ? r.withIntent(Intent.RESCHEDULE)
        : r;
  }

  /**
   * Whether the reading names a day or time other than the booking's ("tomorrow" said of a booking
   * tomorrow only repeats which one it is, and the question stands).
   */
  private static boolean another(Turn t, Reading r, BookingView b) {
    var start = b.start().atZone(t.zone());
    return r.date() != null && !r.date().equals(start.toLocalDate())
        || r.time() != null && !r.time().equals(start.toLocalTime())
        || r.partOfDay() != null && r.date() == null && r.time() == null;
  }
}
