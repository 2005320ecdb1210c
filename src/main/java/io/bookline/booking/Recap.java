package io.bookline.booking;

import io.bookline.understanding.Slots;
import java.util.Optional;

/**
 * Says what the dialogue understood from the customer's message before it asks the next question
 * ("Gel Manicure on Fri 27 Nov at 14:00 is free."), so a misreading shows at once rather than at
 * the confirmation. Said at most once a turn, and only when the message changed what the customer
 * wants or picked a time. The offer of free times and the confirmation repeat the wish themselves.
 */
final class Recap {
  private Recap() {}

  /** Before asking for the service: the day, time and staff member understood, if any. */
  static void withoutService(Turn t) {
    say(t, t.phrases().wish(t.slots(), false));
  }

  /** Before a question about what was said: everything understood, the service included. */
  static void all(Turn t) {
    say(t, t.phrases().wish(t.slots(), true));
  }

  private static void say(Turn t, String wish) {
    if (!wish.isEmpty() && t.takeRecap()) {
      t.say("understood.noted", wish);
    }
  }

  /**
   * Before a question that names the service: says the whole wish when more than the service was
   * understood; returns whether it did, so the question can leave the service out.
   */
  static boolean beyondService(Turn t) {
    Slots w = t.slots();
    boolean more =
        w.date() != null || w.time() != null || w.partOfDay() != null || w.resourceId() != null;
    if (!more || !t.takeRecap()) {
      return false;
    }
    t.say("understood.noted", t.phrases().wish(w, true));
    return true;
  }

  /** Before asking for the name: the time asked for or picked is free. */
  static void free(Turn t) {
    Offer pending = t.state().pending();
    Optional<Service> service = t.catalog().service(t.slots().serviceId());
    if (pending == null || service.isEmpty() || !t.takeRecap()) {
      return;
    }
    boolean withStaff = t.slots().resourceId() != null;
    t.say("understood.free", t.phrases().offered(service.get(), pending, withStaff));
  }
}
