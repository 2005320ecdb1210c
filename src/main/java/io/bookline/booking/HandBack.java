package io.bookline.booking;

import io.bookline.understanding.Intent;
import io.bookline.understanding.Reading;

/**
 * A customer waiting for a person changes their mind: "never mind", "back to the bot", "ich mache
 * es selbst", "déjalo, lo hago yo", or they simply go on with a booking ("actually, a pedicure
 * friday at 10"). While nobody from the team has written yet, the request is withdrawn and the bot
 * answers again; once a person has written, the conversation is theirs and the bot stays silent
 * (ADR 0081).
 */
final class HandBack {
  private HandBack() {}

  /** Whether the reading takes back a request for a person that nobody has answered yet. */
  static boolean applies(DialogueState state, Reading r) {
    if (!state.handoff() || state.personIn()) {
      return false;
    }
    return switch (r.intent()) {
      case STOP, RESTART, RESCHEDULE, CHANGE, CANCEL, LIST -> true;
      // "can I book?" may be a question for the person; a service, day or time is a booking.
      case BOOK -> !r.slots().isEmpty();
      default -> false;
    };
  }

  /**
   * Gives the conversation back to the bot and says so. Returns true when the message asked for
   * nothing more than that (the turn then offers what the bot can do).
   */
  static boolean withdraw(Turn t, Reading r) {
    t.port().handBack(t.ctx().conversationId());
    t.update(s -> s.withHandoff(false).withHeldAt(0));
    t.say("handoff.withdrawn");
    return r.intent() == Intent.STOP || r.intent() == Intent.RESTART;
  }
}
