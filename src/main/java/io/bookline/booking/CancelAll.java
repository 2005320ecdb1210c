package io.bookline.booking;

import io.bookline.understanding.Intent;
import io.bookline.understanding.Reading;
import java.util.ArrayList;
import java.util.List;

/**
 * "Cancel all my appointments", or "both" / "alle" / "todas" to the list of which one: every
 * booking in question, confirmed once by a yes and then cancelled one by one as a single cancel is
 * (the owner hears of each). While it waits for the yes, the state holds the goal CANCEL, no single
 * booking and the bookings named as its choices (ADR 0081).
 */
final class CancelAll {
  private CancelAll() {}

  /** Whether the turn waits for a yes to cancelling all of {@link DialogueState#choices()}. */
  static boolean pending(DialogueState s) {
    return s.goal() == Goal.CANCEL
        && s.awaiting() == Step.CONFIRM
        && s.bookingId() == null
        && !s.choices().isEmpty();
  }

  /**
   * Asks to cancel every booking in question (those listed, else all upcoming) when there are two
   * or more that may still be cancelled here; false, asking nothing, otherwise.
   */
  static boolean ask(Turn t) {
    DialogueState s = t.state();
    List<BookingView> meant =
        t.upcoming().stream()
            .filter(b -> s.awaiting() != Step.WHICH_BOOKING || s.choices().contains(b.id()))
            .filter(b -> !tooSoon(t, b))
            .toList();
    if (meant.size() < 2) {
      return false;
    }
    t.update(x -> x.withBooking(null, meant.stream().map(BookingView::id).toList()));
    t.update(x -> x.withAwaiting(Step.CONFIRM));
    askAgain(t);
    return true;
  }

  /** "Cancel all 2: … and …?" */
  static void askAgain(Turn t) {
    List<BookingView> meant = meant(t);
    t.ask(t.yesNo(), "cancel.all_confirm", meant.size(), described(t, meant));
  }

  static void proceed(Turn t, Reading r) {
    if (r.intent() == Intent.NO) {
      t.update(DialogueState::reset);
      t.say("cancel.all_kept");
      return;
    }
    if (r.intent() != Intent.YES) {
      askAgain(t);
      return;
    }
    List<BookingView> cancelled = new ArrayList<>();
    for (BookingView b : meant(t)) {
      if (t.port().cancel(b.id(), t.ctx().customerId(), "cancelled in chat")) {
        cancelled.add(b);
      }
    }
    t.update(DialogueState::reset);
    List<String> book = List.of(t.phrases().text("option.book"));
    if (cancelled.isEmpty()) {
      t.ask(book, "cancel.already");
    } else {
      t.ask(book, "cancel.all_done", cancelled.size(), described(t, cancelled));
    }
  }

  /** The bookings asked about that are still there, in the order asked. */
  private static List<BookingView> meant(Turn t) {
    List<Long> ids = t.state().choices();
    return t.upcoming().stream().filter(b -> ids.contains(b.id())).toList();
  }

  private static String described(Turn t, List<BookingView> bookings) {
    return t.phrases().names(bookings.stream().map(t.phrases()::describe).toList());
  }

  /** Within the business's change notice: not cancelled in the chat (see {@link ChangeNotice}). */
  private static boolean tooSoon(Turn t, BookingView b) {
    var notice = t.catalog().business().changeNotice();
    return !notice.isZero() && b.start().isBefore(t.ctx().now().plus(notice));
  }
}
