package io.bookline.booking;

import io.bookline.understanding.Evidence;
import io.bookline.understanding.Reading;
import io.bookline.understanding.Whom;

/**
 * A booking for another person, said by who they are to the writer ("for my mum Helen", "für meine
 * Mutter Helga", "para mi madre Carmen"; {@link Evidence.Sign#FOR_SOMEONE}, ADR 0108): the writer
 * stays the customer who books, and the appointment is that person's (bookings.guest_name, as a
 * party's second person's is, ADR 0058), so the owner's calendar and the confirmation name her.
 * Without a name ("for my mum"), hers is asked before the confirmation. Said with the request, at
 * the name question or at "Shall I book it?" alike; never while a party is set up.
 */
final class TheirBooking {
  private TheirBooking() {}

  /**
   * At the name question or at "Shall I book it?": makes the booking under way the person's and
   * remembers a name the writer gave as the writer's ("Ann, it's for my mum Helen"). Returns false
   * when the reading says no such thing there; when true, the booking goes on with the question
   * that follows (her name, or the confirmation naming her), never booked by this message.
   */
  static boolean saidLate(Turn t, Reading r) {
    DialogueState s = t.state();
    if (s.goal() != Goal.BOOK
        || s.awaiting() != Step.NAME && s.awaiting() != Step.CONFIRM
        || !applies(s, r)) {
      return false;
    }
    String writer = r.personName();
    String theirs = r.evidence().whom().name();
    if (writer != null && !Whom.same(writer, theirs)) {
      t.update(x -> x.withName(writer));
      t.port().rememberName(t.ctx().customerId(), writer);
    }
    forThem(t, theirs);
    if (theirs == null) {
      t.update(x -> x.withAwaiting(Step.NAME)); // "book it for my mum": her name first
    }
    return true;
  }

  /** With the request or at another of its questions: the booking is for that person. */
  static void saidWithTheRequest(Turn t, Reading r) {
    DialogueState s = t.state();
    if (s.awaiting() != Step.NAME && s.awaiting() != Step.CONFIRM && applies(s, r)) {
      forThem(t, r.evidence().whom().name());
    }
  }

  private static boolean applies(DialogueState s, Reading r) {
    Evidence e = r.evidence();
    return e.has(Evidence.Sign.FOR_SOMEONE)
        && !e.whom().notComing()
        && e.mentions().people() <= 1
        && s.guest() == null
        && s.guests() == 0
        && s.person() == 0
        && !Whom.same(e.whom().name(), s.customerName());
  }

  /** The person's name, or "" to ask for it before the confirmation (BookFlow). */
  private static void forThem(Turn t, String name) {
    t.update(x -> x.withGuest(name == null ? "" : name));
  }
}
