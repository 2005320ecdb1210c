package io.bookline.booking;

import io.bookline.understanding.Intent;
import io.bookline.understanding.Reading;
import java.util.Optional;

/**
 * Questions answered from the catalog at once (prices, services, opening hours, address) and the
 * greeting. A question mid-goal is answered and the goal goes on.
 */
final class AskFlow implements GoalFlow {

  @Override
  public Goal goal() {
    return Goal.NONE;
  }

  @Override
  public boolean takes(DialogueState state, Reading r) {
    boolean idle = state.goal() == Goal.NONE;
    return switch (r.intent()) {
      // "How much is a pedicure?" mid-booking picks the pedicure instead (the booking goal).
      case ASK_PRICE, ASK_SERVICES -> !r.hasSlots() || r.serviceId() != null && idle;
      case ASK_HOURS, ASK_ADDRESS -> true;
      case GREETING, THANKS -> !r.hasSlots() && !Clarify.needed(r) && idle;
      default -> false;
    };
  }

  @Override
  public Then start(Turn t, Reading r) {
    Phrases say = t.phrases();
    switch (r.intent()) {
      case ASK_HOURS -> t.say("answer.hours", say.hours());
      case ASK_ADDRESS -> {
        Business b = t.catalog().business();
        if (b.address() == null || b.address().isBlank()) {
          t.say("answer.no_address", b.name());
        } else {
          t.say("answer.address", b.name(), b.address());
        }
      }
      case GREETING, THANKS -> {
        welcome(t, r.intent() == Intent.THANKS);
        return Then.DONE;
      }
      default -> {
        Optional<Service> one = t.catalog().service(r.serviceId());
        if (one.isPresent()) {
          t.say("list.sentence", say.serviceLine(one.get()));
        } else if (t.catalog().services().isEmpty()) {
          t.say("service.none", t.catalog().business().name());
        } else {
          t.say("answer.prices", say.priceList());
        }
      }
    }
    return Then.RESUME;
  }

  /** Who we are and what the bot can do, with the ways to start. */
  void welcome(Turn t, boolean thanks) {
    if (thanks) {
      t.say("welcome.thanks");
    } else {
      t.say("welcome.hello", t.catalog().business().name());
    }
    if (t.catalog().services().isEmpty()) {
      t.say("service.none", t.catalog().business().name());
      return;
    }
    t.ask(t.startOptions(), "welcome.offer", String.join(", ", t.phrases().serviceNames()));
  }
}
