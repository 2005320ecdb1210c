package io.bookline.booking;

import io.bookline.understanding.Reading;
import io.bookline.understanding.Whom;
import java.util.List;

/**
 * "My friend can't come after all", "meine Freundin kann doch nicht", "mi amiga al final no puede
 * venir" (ADR 0086): a person of a party drops out, never the customer. While the party is set up
 * it goes on with one person fewer; once booked, that person's booking alone is offered for
 * cancelling, and only a yes cancels it.
 */
final class OneFewer {
  private OneFewer() {}

  /**
   * Whether the message says someone other than the customer cannot come, and there is a party to
   * drop them from: one being set up, a guest's booking, or nothing else said ("my friend can't
   * come, so a manicure for me friday at 10" with no party is a booking like any other).
   */
  static boolean applies(Turn t, Reading r) {
    return r.evidence().whom().notComing()
        && (settingUp(t.state()) || !guests(t).isEmpty() || !r.hasSlots());
  }

  private static boolean settingUp(DialogueState s) {
    return s.goal() == Goal.BOOK && (s.guests() > 0 || s.guest() != null);
  }

  private static List<BookingView> guests(Turn t) {
    return t.upcoming().stream().filter(b -> b.guest() != null && !b.guest().isBlank()).toList();
  }

  /**
   * Drops the person; returns true when the question under way is to be asked again (the booking
   * goes on with one person fewer).
   */
  static boolean drop(Turn t, Reading r) {
    DialogueState s = t.state();
    if (settingUp(s)) {
      if (s.guests() > 0) {
        // A person still to come after this booking is the one who drops out: the question under
        // way stands, for one person fewer.
        t.update(x -> x.withGuests(x.guests() - 1));
        t.say("party.one_fewer");
        return true;
      }
      // The booking under way is the last person's: it is not booked.
      int person = s.person();
      t.update(DialogueState::reset);
      t.ask(t.startOptions(), "party.not_booked", person);
      return false;
    }
    return offerTheirs(t, r.evidence().whom());
  }

  /**
   * Once booked: the person's booking offered for cancelling; of several, which one. With none, the
   * customer is told so and the question under way, if any, is asked again (returns true).
   */
  private static boolean offerTheirs(Turn t, Whom whom) {
    List<BookingView> guests = guests(t);
    List<BookingView> named =
        whom.name() == null
            ? List.of()
            : guests.stream().filter(b -> whom.names(b.guest())).toList();
    if (named.isEmpty() && whom.names(t.state().customerName())) {
      // "Ann can't come after all" from Ann, who booked for herself and Lily: her own booking.
      named = t.upcoming().stream().filter(b -> b.guest() == null || b.guest().isBlank()).toList();
    }
    if (whom.name() != null && named.isEmpty() && !guests.isEmpty()) {
      // "Tom can't come" with Lily booked, not Tom: nobody of that name, so no one's booking is
      // offered for cancelling; the guests' bookings are listed to pick from.
      t.update(x -> x.reset().with(Goal.CANCEL, Step.NONE));
      GuestPick.noneFor(t, whom.name(), guests, "which.cancel");
      return false;
    }
    List<BookingView> theirs = named.isEmpty() ? guests : named;
    if (theirs.isEmpty()) {
      if (t.state().goal() != Goal.NONE) {
        t.say("party.no_guest");
        return true;
      }
      t.ask(t.startOptions(), "party.no_guest");
      return false;
    }
    t.update(x -> x.reset().with(Goal.CANCEL, Step.NONE));
    if (theirs.size() > 1) {
      BookingChoice.ask(t, theirs, "which.cancel");
      return false;
    }
    BookingView b = theirs.getFirst();
    if (!ChangeNotice.refuses(t, b, "change.too_late_cancel")) {
      t.update(x -> x.withBooking(b.id(), List.of()).withAwaiting(Step.CONFIRM));
      t.ask(t.yesNo(), "cancel.confirm", t.phrases().describe(b));
    }
    return false;
  }
}
