package io.bookline.booking;

import io.bookline.understanding.Intent;
import io.bookline.understanding.Reading;

/** A message with nothing in it the bot can use: say so, and ask again what the bot waits for. */
final class Reprompt {

  /**
   * Whether the reading carries nothing: no intent, no slot, no pick from a list, no date or time
   * to ask about, no later or earlier time than one offered or held, no first free time of the
   * service held.
   */
  static boolean applies(DialogueState s, Reading r) {
    // Asked "who would you like?", any answer that names no one means anyone free.
    return r.intent() == Intent.NONE
        && !r.hasSlots()
        && r.choice() == null
        && !(r.evidence().everyOne() && s.goal() == Goal.CANCEL)
        // "Lily's", "die von Lily", "la de Lily" to "which one?" (ADR 0086).
        && !(r.evidence().whom().name() != null && s.awaiting() == Step.WHICH_BOOKING)
        && !Clarify.needed(r)
        && !OtherDayTimes.possible(s, r)
        && (r.shift() == null || !(ShiftedTimes.possible(s) || SoonestTimes.possible(s, r)))
        && s.awaiting() != Step.RESOURCE;
  }

  void ask(Turn t) {
    // "auf Deutsch bitte" says nothing else: the switch was acknowledged, the question follows.
    if (!t.ctx().languageSwitched()) {
      t.say("control.not_understood");
    }
    Phrases say = t.phrases();
    switch (t.state().awaiting()) {
      case SERVICE -> t.ask(say.serviceNames(), "ask.service");
      case RESOURCE -> t.say("ask.resource_again");
      case DATE -> t.ask(t.dayOptions(), "ask.day");
      case TIME -> t.ask(t.offeredTimes(), "ask.time");
      case NAME -> {
        if (WritersName.asked(t.state())) {
          t.say("ask.writer_name", t.state().guest());
        } else {
          t.say("ask.name");
        }
      }
      case CONFIRM -> t.ask(t.yesNo(), "ask.yes_no");
      case WHICH_BOOKING -> t.say("ask.which_booking");
      case NONE -> t.ask(t.startOptions(), "ask.anything");
      case BOOK_OFFER, PERSON_OFFER -> {
        // "What would you like?" replaces the offer ("Would you like to book one?"): a later "ok",
        // "danke" or "vale" answers this question, so it must not take up that offer (ADR 0110).
        t.update(s -> s.reset());
        t.ask(t.startOptions(), "ask.anything");
      }
    }
  }
}
