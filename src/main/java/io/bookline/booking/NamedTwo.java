package io.bookline.booking;

import io.bookline.understanding.Reading;
import io.bookline.understanding.Whom;

/**
 * Two names told at once at "What name should I put the booking under?" ("Kate and Tom", "Anke und
 * Birgit", "Ana y Bea"; ADR 0097): two names are two people. The first is the booking's name; with
 * no party under way one starts, as "for my friend and me" starts it (ADR 0058), so the second
 * person is neither lost nor the name question asked again. The second name is kept for the second
 * appointment ({@link DialogueState#secondName}).
 */
final class NamedTwo {
  private NamedTwo() {}

  /** Starts a party of two when the customer's name was asked and two names came back. */
  static void start(Turn t, Reading r) {
    Whom other = r.evidence().whom();
    DialogueState s = t.state();
    if (r.personName() == null
        || other.name() == null
        || other.notComing()
        || s.goal() != Goal.BOOK
        || s.awaiting() != Step.NAME
        || s.guest() != null) {
      return;
    }
    // The second name is the next appointment's: it is not asked again (NextPerson).
    t.update(x -> x.withSecondName(other.name()));
    if (s.guests() > 0) {
      return;
    }
    t.update(x -> x.withGuests(1));
    t.say("book.per_person", 2);
  }
}
