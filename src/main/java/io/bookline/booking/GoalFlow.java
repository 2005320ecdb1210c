package io.bookline.booking;

import io.bookline.understanding.Reading;

/**
 * One thing a customer can get done in the chat. {@link BookingDialogue} offers each reading to the
 * goals in a fixed order; the first that {@linkplain #takes takes} it starts. A reading no goal
 * takes continues the goal under way ({@link #proceed}). Goals that last several turns (book,
 * reschedule, cancel) are remembered in the state as a {@link Goal}; the others (list, ask,
 * handoff) answer at once, and the goal under way is then asked for again ({@link #resume}).
 *
 * <p>A new goal is a new class here and one line in the router's list.
 */
sealed interface GoalFlow
    permits AskFlow, BookFlow, CancelFlow, HandoffFlow, LeaveFlow, ListFlow, RescheduleFlow {

  /** What the router does after a goal started. */
  enum Then {
    /** The turn is complete. */
    DONE,
    /** A question was answered in passing: ask again for what the goal under way needs. */
    RESUME
  }

  /** The goal as the state remembers it; {@link Goal#NONE} for goals answered at once. */
  Goal goal();

  /** Whether this reading asks for this goal, given where the conversation stands. */
  boolean takes(DialogueState state, Reading r);

  /** Starts the goal (or answers at once). */
  Then start(Turn t, Reading r);

  /** Continues the goal under way with the next reading. */
  default void proceed(Turn t, Reading r) {
    throw new IllegalStateException(goal() + " is answered at once and never under way");
  }

  /** After a question answered in passing, asks again for what the goal needs next. */
  default void resume(Turn t) {
    throw new IllegalStateException(goal() + " is answered at once and never under way");
  }
}
