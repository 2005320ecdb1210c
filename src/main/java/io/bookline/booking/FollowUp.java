package io.bookline.booking;

import io.bookline.understanding.Intent;
import io.bookline.understanding.Reading;
import io.bookline.understanding.Slots;

/**
 * A question left short right after an answer: "what time do you close today?" … "and tomorrow?"
 * asks for tomorrow's hours, "how much is a pedicure?" … "and the gel manicure?" for the gel
 * manicure's price, "is Anna in tomorrow?" … "and Marta on Monday?" whether Marta works then. It is
 * read as the question answered before, about the new day or service. While a goal waits for a day
 * or time, a day said so is still the goal's ("what about Saturday?" corrects the day, {@link
 * DayCorrection}).
 */
final class FollowUp {
  private FollowUp() {}

  /** The reading as the question it finishes, or the reading itself. */
  static Reading resolve(DialogueState s, Reading r) {
    if (s.answered() == null || r.intent() != Intent.NONE || !r.evidence().followUp()) {
      return r;
    }
    if (s.answered() == Topic.HOURS && dayOnly(r.slots()) && !dayUnderDiscussion(s)) {
      return r.withIntent(Intent.ASK_HOURS);
    }
    if (s.answered() == Topic.PRICE && serviceOnly(r.slots())) {
      return r.withIntent(Intent.ASK_PRICE);
    }
    if (s.answered() == Topic.LENGTH && serviceOnly(r.slots())) {
      return r.withIntent(Intent.ASK_LENGTH);
    }
    // "is Anna in tomorrow?" … "and Marta on Monday?": who works, not a booking with Marta.
    if (s.answered() == Topic.STAFF
        && !r.slots().isEmpty()
        && r.slots().withDate(null).withResource(null).isEmpty()
        && !dayUnderDiscussion(s)) {
      return r.withIntent(Intent.ASK_STAFF);
    }
    return r;
  }

  /** Whether the slots name a service and nothing else ("how long is a pedicure?"). */
  static boolean serviceOnly(Slots x) {
    return x.serviceId() != null && x.withService(null).isEmpty();
  }

  private static boolean dayOnly(Slots x) {
    return x.date() != null && x.withDate(null).isEmpty();
  }

  private static boolean dayUnderDiscussion(DialogueState s) {
    return s.goal() != Goal.NONE && (s.awaiting() == Step.DATE || s.awaiting() == Step.TIME);
  }
}
