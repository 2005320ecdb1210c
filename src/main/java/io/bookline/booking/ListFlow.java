package io.bookline.booking;

import io.bookline.understanding.Intent;
import io.bookline.understanding.Reading;
import java.util.List;

/** "What bookings do I have?": the customer's upcoming appointments. */
final class ListFlow implements GoalFlow {

  @Override
  public Goal goal() {
    return Goal.NONE;
  }

  @Override
  public boolean takes(DialogueState state, Reading r) {
    return r.intent() == Intent.LIST;
  }

  @Override
  public Then start(Turn t, Reading r) {
    List<BookingView> upcoming = t.upcoming();
    if (upcoming.isEmpty()) {
      t.say("bookings.none");
    } else {
      List<String> lines = upcoming.stream().map(t.phrases()::describe).toList();
      t.say("bookings.list", upcoming.size(), String.join("; ", lines));
    }
    return Then.RESUME;
  }
}
