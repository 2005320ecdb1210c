package io.bookline.booking;

import io.bookline.understanding.Intent;
import io.bookline.understanding.Reading;

/** "I want to talk to a person": the conversation waits for staff; the bot stays silent. */
final class HandoffFlow implements GoalFlow {

  @Override
  public Goal goal() {
    return Goal.NONE;
  }

  @Override
  public boolean takes(DialogueState state, Reading r) {
    return r.intent() == Intent.HANDOFF;
  }

  @Override
  public Then start(Turn t, Reading r) {
    t.port().handOff(t.ctx().conversationId());
    t.update(s -> s.reset().withHandoff(true));
    t.say("handoff.asked");
    return Then.DONE;
  }
}
