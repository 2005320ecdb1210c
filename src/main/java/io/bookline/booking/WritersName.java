package io.bookline.booking;

/**
 * The writer's own name when the booking under way is another person's ("for my mum Helen", ADR
 * 0108): asked once before the confirmation, as for any booking (ADR 0115), so the customer who
 * books is named in the owner's lists ("Helen (guest of Ann)") and the goodbye is theirs. A name
 * said at that question is the writer's, never a new name for the person the booking is for.
 */
final class WritersName {
  private WritersName() {}

  /** The booking is a named person's, not a party's, and the writer has given no name yet. */
  static boolean needed(DialogueState s) {
    String guest = s.guest();
    return guest != null
        && !guest.isEmpty()
        && s.person() == 0
        && s.guests() == 0
        && s.customerName() == null;
  }

  /** Whether the question waiting for an answer is the writer's own name. */
  static boolean asked(DialogueState s) {
    return s.awaiting() == Step.NAME && needed(s);
  }

  /** Asks for it, saying whom the appointment is for; the slot is told free when not yet said. */
  static void ask(Turn t) {
    boolean first = t.state().awaiting() != Step.NAME;
    t.update(s -> s.withAwaiting(Step.NAME));
    if (first) {
      Recap.free(t);
    }
    t.say("ask.writer_name", t.state().guest());
  }
}
