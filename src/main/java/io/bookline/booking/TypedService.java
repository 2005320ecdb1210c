package io.bookline.booking;

import io.bookline.understanding.Reading;
import java.util.List;

/**
 * A service found only through a typo or a cut-off word ("pedicrue", "gel manicrue") that is not
 * the one the customer holds: asked about, not switched to without a word. The question offers both
 * names; the other's name, typed or tapped, switches as any exact name does, the held one's keeps
 * it.
 */
final class TypedService {
  private TypedService() {}

  /** Whether the reading names another service than the one held, and only through a typo. */
  static boolean guessed(Turn t, Reading r, TimeGoal goal) {
    Long held = t.slots().serviceId();
    return goal.choosesService()
        && held != null
        && r.serviceId() != null
        && !r.serviceId().equals(held)
        && r.evidence().serviceByTypo()
        && t.catalog().service(r.serviceId()).isPresent()
        && t.catalog().service(held).isPresent();
  }

  /** "Which service would you like: Pedicure instead, or Basic Manicure as before?" */
  static void ask(Turn t, Reading r) {
    Phrases say = t.phrases();
    String typed = say.name(t.catalog().service(r.serviceId()).orElseThrow());
    String held = say.name(t.catalog().service(t.slots().serviceId()).orElseThrow());
    t.update(s -> s.withAwaiting(Step.SERVICE));
    t.ask(List.of(typed, held), "service.typo_or_held", typed, held);
  }
}
