package io.bookline.booking;

import io.bookline.understanding.Reading;
import java.util.List;

/**
 * "That's not my name" at "Shall I book it?" without the right one: the name is asked for again,
 * and the booking is confirmed again with the new one. With the right one in the same message ("no,
 * the name is Eva") the name is simply corrected, as any name said at the confirmation.
 */
final class WrongName {
  private WrongName() {}

  /** Asks for the right name when the reading disputes the one being confirmed. */
  static boolean ask(Turn t, Reading r) {
    DialogueState s = t.state();
    if (!r.evidence().nameDisputed()
        || r.personName() != null
        || s.goal() != Goal.BOOK
        || s.awaiting() != Step.CONFIRM) {
      return false;
    }
    t.update(x -> x.withName(null).withAwaiting(Step.NAME));
    t.ask(List.of(), "ask.name_again");
    return true;
  }
}
