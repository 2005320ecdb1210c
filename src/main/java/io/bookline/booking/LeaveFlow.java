package io.bookline.booking;

import io.bookline.understanding.Intent;
import io.bookline.understanding.Reading;

/**
 * The way out: "stop", "nevermind", "forget it" leave whatever goal is under way, and so does a
 * bare "no" ("nope", "not that", "wrong") unless the bot's last question is one a "no" answers.
 * Nothing is changed; the customer sees the ways to start (see ADR 0022).
 *
 * <p>A "no" answers the question, and does not leave, when the bot asked to confirm (it declines
 * the offer, or keeps the booking it offered to cancel) and when it asked which staff member ("no
 * preference" means anyone). A "no" that says something more ("no, Friday at 3", "no, later")
 * corrects the goal under way instead.
 */
final class LeaveFlow implements GoalFlow {
  private final CancelFlow cancel;

  LeaveFlow(CancelFlow cancel) {
    this.cancel = cancel;
  }

  @Override
  public Goal goal() {
    return Goal.NONE;
  }

  @Override
  public boolean takes(DialogueState state, Reading r) {
    return exits(state, r);
  }

  /** Whether this reading leaves the goal under way (see the class comment). */
  static boolean exits(DialogueState state, Reading r) {
    if (r.intent() == Intent.STOP || r.intent() == Intent.GOODBYE) {
      return true;
    }
    if (r.intent() == Intent.NO && r.evidence().thatOne()) {
      return true; // "I don't want to book", at any step (ADR 0092)
    }
    boolean bareNo =
        r.intent() == Intent.NO
            && !r.hasSlots()
            && r.choice() == null
            && r.shift() == null
            && r.evidence().unresolved().isEmpty();
    return bareNo && state.awaiting() != Step.CONFIRM && state.awaiting() != Step.RESOURCE;
  }

  @Override
  public Then start(Turn t, Reading r) {
    if (CancelFlow.alsoABookingMade(t, r)) {
      // "cancel that as well as my monday appointment": the new one goes, Monday's is offered.
      return cancel.start(t, r);
    }
    if (r.intent() == Intent.GOODBYE) {
      Farewell.say(t);
      return Then.DONE;
    }
    if (t.state().goal() == Goal.BOOK && r.evidence().thatOne()) {
      // "forget that", "olvídalo" while a booking is set up: that booking goes (ADR 0085).
      CancelFlow.dropTheNewOne(t);
      return Then.DONE;
    }
    t.stop();
    return Then.DONE;
  }
}
