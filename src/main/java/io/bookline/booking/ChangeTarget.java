package io.bookline.booking;

import io.bookline.understanding.Intent;
import io.bookline.understanding.Reading;
import io.bookline.understanding.Unresolved;
import java.time.LocalDate;
import java.util.List;

/**
 * What "it" is when a customer asks to change it ({@link Intent#CHANGE}: "move it to Tuesday",
 * "make it 5pm", "can we do Tuesday instead?", "cámbiala", "verlegen"). Decided before the goals
 * are offered the reading, from where the conversation stands:
 *
 * <ul>
 *   <li>a booking or a move under way is what "it" is: the message corrects it ("actually make it
 *       5pm"); "I need a different day" asks the day again; with nothing in it to change to ("can
 *       we change it?"), the customer is asked for the new day or time and the question under way
 *       stands: nothing held is dropped; but a booking named by a day it is on, other than the day
 *       held ("¿me pasas la cita del lunes al miércoles?" while booking a manicure), is that
 *       booking: a move; a move asked with nothing booked yet ("kann ich auf 12 verschieben?" while
 *       booking) moves the booking under way;
 *   <li>otherwise, with an upcoming booking, "it" is that booking: a move (while cancelling, of the
 *       booking offered for cancelling); another service than any booked ("a pedicure instead") is
 *       a new booking;
 *   <li>with nothing booked, a day or time said starts a booking, as any slot does; said with
 *       nothing, the customer hears that there is nothing to change.
 * </ul>
 */
final class ChangeTarget {
  private ChangeTarget() {}

  /**
   * The reading with the intent "it" stands for; any other reading as it is; null when the customer
   * was asked what to change, and the question under way is to be asked again.
   */
  static Reading resolve(Turn t, Reading r) {
    DialogueState s = t.state();
    if (r.intent() == Intent.RESCHEDULE
        && s.goal() == Goal.BOOK
        && r.hasSlots()
        && t.upcoming().isEmpty()) {
      // "kann ich auf 12 verschieben?" with nothing booked yet moves the booking under way.
      return as(r, Intent.NONE);
    }
    if (r.intent() != Intent.CHANGE) {
      return r;
    }
    if (s.goal() == Goal.BOOK && namesAnotherBooking(t, r)) {
      return as(r, Intent.RESCHEDULE);
    }
    if (s.goal() == Goal.BOOK || s.goal() == Goal.RESCHEDULE) {
      boolean somethingToChange = s.goal() == Goal.BOOK || s.bookingId() != null;
      if (r.hasSlots() || Clarify.needed(r) || !somethingToChange) {
        return as(r, Intent.NONE);
      }
      if (!r.evidence().unresolved(Unresolved.What.DATE)) {
        t.say("change.what");
        return null;
      }
      // "I need a different day": the day (and the times of it) go, and the goal asks for another.
      t.update(
          x ->
              x.withSlots(x.slots().withDate(null).withTime(null, null).withPartOfDay(null))
                  .withOffers(List.of(), null)
                  .withAwaiting(Step.DATE));
      return as(r, Intent.BOOK);
    }
    List<BookingView> upcoming = t.upcoming();
    if (r.serviceId() != null && upcoming.stream().noneMatch(b -> b.serviceId() == r.serviceId())) {
      return as(r, Intent.BOOK);
    }
    if (upcoming.isEmpty() && r.hasSlots()) {
      return as(r, Intent.BOOK);
    }
    return as(r, Intent.RESCHEDULE);
  }

  /** Whether the day said of the booking is an upcoming booking's and not the day held. */
  private static boolean namesAnotherBooking(Turn t, Reading r) {
    LocalDate day = r.evidence().booked().date();
    return day != null
        && !day.equals(t.state().slots().date())
        && t.upcoming().stream()
            .anyMatch(b -> b.start().atZone(t.zone()).toLocalDate().equals(day));
  }

  private static Reading as(Reading r, Intent intent) {
    return new Reading(intent, r.slots(), r.personName(), r.choice(), r.source(), r.evidence());
  }
}
