package io.bookline.booking;

import io.bookline.understanding.Reading;
import io.bookline.understanding.Whom;

/**
 * Whom the booking under way is for, said only at the name question ("it's for my mum Helen", "es
 * ist für meine Mutter Helga", "es para mi madre Pilar") or at "Shall I book it?" ("book it for my
 * mum Helen", "buch es für meine Mama Helga", "resérvalo para mi madre Pilar"): the booking is that
 * person's, as when said with the request, and the goodbye stays the writer's. A name said with it
 * ("Ann, it's for my mum Helen") is the writer's own.
 */
final class GuestSaidLate {
  private GuestSaidLate() {}

  /**
   * Makes the person named the booking's guest and returns the reading without a name of the
   * customer's, or returns {@code r} itself when it names no such person at those questions.
   */
  static Reading take(Turn t, Reading r) {
    Whom whom = r.evidence().whom();
    DialogueState s = t.state();
    if (whom.name() == null
        || whom.notComing()
        || s.goal() != Goal.BOOK
        || s.awaiting() != Step.NAME && s.awaiting() != Step.CONFIRM
        || s.guest() != null
        || s.guests() > 0
        || Whom.same(whom.name(), s.customerName())) {
      return r;
    }
    t.update(x -> x.withGuest(whom.name()));
    String writer = r.personName();
    if (writer != null && !Whom.same(writer, whom.name())) {
      t.update(x -> x.withName(writer));
      t.port().rememberName(t.ctx().customerId(), writer);
    }
    return new Reading(
        r.intent(), r.slots(), null, r.choice(), r.source(), r.evidence(), r.shift(), r.shiftBy());
  }
}
