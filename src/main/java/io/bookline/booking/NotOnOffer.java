package io.bookline.booking;

import io.bookline.understanding.Intent;
import io.bookline.understanding.Mentions;
import io.bookline.understanding.Reading;
import java.util.Set;

/**
 * What the business does not have, said plainly before the rest of the turn: a kind of service it
 * does not offer ("do you do haircuts?"), with what it does offer, and a name that is no one on the
 * team ("with Sarah"), with the team. The booking asked for goes on (ADR 0051).
 */
final class NotOnOffer {
  private NotOnOffer() {}

  /** The intents a service not offered can come with: a wish or a question about it. */
  private static final Set<Intent> ASKING =
      Set.of(
          Intent.NONE,
          Intent.BOOK,
          Intent.QUESTION,
          Intent.ASK_SERVICES,
          Intent.ASK_PRICE,
          Intent.ASK_LENGTH,
          Intent.GREETING);

  static boolean applies(Reading r) {
    return serviceNotOffered(r) || noSuchStaff(r);
  }

  /**
   * Says what is not on offer; returns the reading the turn goes on with, or null when the message
   * asked for nothing more (the goal under way asks again, else the ways to start are offered).
   */
  static Reading say(Turn t, Reading r) {
    Mentions m = r.evidence().mentions();
    boolean service = serviceNotOffered(r);
    if (service) {
      t.say("service.not_offered", m.unknownService());
      if (r.serviceId() != null) {
        // "a gel manicure and a massage": no service question follows to show what we offer.
        t.say("answer.prices", t.phrases().priceList());
      }
    }
    if (noSuchStaff(r)) {
      t.say("staff.unknown", m.unknownStaff(), t.phrases().team());
    }
    boolean idle = t.state().goal() == Goal.NONE;
    if (!r.hasSlots() && !idle) {
      return null;
    }
    if (!r.hasSlots() && service && r.intent() != Intent.BOOK) {
      t.say("answer.prices", t.phrases().priceList());
      return null;
    }
    return idle ? booking(r) : r;
  }

  private static boolean serviceNotOffered(Reading r) {
    return r.evidence().mentions().unknownService() != null && ASKING.contains(r.intent());
  }

  private static boolean noSuchStaff(Reading r) {
    return r.evidence().mentions().unknownStaff() != null
        && r.resourceId() == null
        && (r.intent() == Intent.BOOK || r.intent() == Intent.NONE);
  }

  private static Reading booking(Reading r) {
    return new Reading(
        Intent.BOOK,
        r.slots(),
        r.personName(),
        r.choice(),
        r.source(),
        r.evidence(),
        r.shift(),
        r.shiftBy());
  }
}
