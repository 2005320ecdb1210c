package io.bookline.booking;

/**
 * "bye", "tschüss", "gracias, adiós" (ADR 0092): a booking being set up ends, nothing booked, and
 * the customer is told so briefly ("OK, nothing booked. Bye!"); with nothing under way the farewell
 * is answered with one, and the day of the next booking. A later message starts fresh.
 */
final class Farewell {
  private Farewell() {}

  static void say(Turn t) {
    Goal goal = t.state().goal();
    if (goal == Goal.NONE) {
      AskFlow.goodbye(t, "farewell.bye");
      return;
    }
    t.update(DialogueState::reset);
    t.ask(
        t.startOptions(),
        goal == Goal.BOOK ? "farewell.nothing_booked" : "farewell.nothing_changed");
  }
}
