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

  /** Whether the message says someone other than the customer cannot come. */
  static boolean applies(Reading r) {
    return r.evidence().whom().notComing();
  }

  /**
   * Drops the person; returns true when the question under way is to be asked again (the booking
   * goes on with one person fewer).
   */
  static boolean drop(Turn t, Reading r) {
    DialogueState s = t.state();
    if (s.goal() == Goal.BOOK && (s.guests() > 0 || s.guest() != null)) {
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
    offerTheirs(t, r.evidence().whom());
    return false;
  }

  /** Once booked: the person's booking offered for cancelling; of several, which one. */
  private static void offerTheirs(Turn t, Whom whom) {
    List<BookingView> guests =
        t.upcoming().stream().filter(b -> b.guest() != null && !b.guest().isBlank()).toList();
    List<BookingView> named =
        whom.name() == null
            ? List.of()
            : guests.stream().filter(b -> whom.names(b.guest())).toList();
    List<BookingView> theirs = named.isEmpty() ? guests : named;
    if (theirs.isEmpty()) {
      t.ask(t.startOptions(), "party.no_guest");
      return;
    }
    t.update(x -> x.reset().with(Goal.CANCEL, Step.NONE));
    if (theirs.size() > 1) {
      BookingChoice.ask(t, theirs, "which.cancel");
      return;
    }
    BookingView b = theirs.getFirst();
    if (ChangeNotice.refuses(t, b, "change.too_late_cancel")) {
      return;
    }
    t.update(x -> x.withBooking(b.id(), List.of()).withAwaiting(Step.CONFIRM));
    t.ask(t.yesNo(), "cancel.confirm", t.phrases().describe(b));
  }
}
