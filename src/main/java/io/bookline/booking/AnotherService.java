package io.bookline.booking;

import io.bookline.understanding.Intent;
import io.bookline.understanding.Reading;
import io.bookline.understanding.Slots;
import java.util.ArrayList;
import java.util.List;

/**
 * "And a gel manicure thursday at 4pm" while the bot asks for the name or the yes of a booking set
 * up: a second booking, not a correction of the first. The booking under way is kept, and the other
 * service joins those offered once it is booked, as when both are named in one message (ADR 0051,
 * 0081), with the day and time said with it (ADR 0087).
 */
final class AnotherService {
  private AnotherService() {}

  /** Whether the reading adds another service to the booking being finished; if so, queues it. */
  static boolean queued(Turn t, Reading r) {
    DialogueState s = t.state();
    Long service = r.serviceId();
    boolean finishing =
        s.goal() == Goal.BOOK
            && (s.awaiting() == Step.NAME || s.awaiting() == Step.CONFIRM)
            && s.guests() == 0
            && s.guest() == null;
    // "and the gel manicure, how much is it?" asks; only a wish to book adds a booking.
    boolean wish = r.intent() == Intent.BOOK || r.intent() == Intent.NONE;
    if (!finishing
        || !wish
        || !r.evidence().followUp()
        || service == null
        || service.equals(s.slots().serviceId())
        || t.catalog().service(service).isEmpty()) {
      return false;
    }
    List<Long> later = new ArrayList<>(s.later());
    if (!later.contains(service)) {
      later.add(service);
    }
    // The day and time said with it are its own: offered once its turn comes (ADR 0087).
    Slots said = r.slots().withService(service);
    List<Slots> wishes = new ArrayList<>(s.laterWishes());
    wishes.removeIf(w -> service.equals(w.serviceId()));
    if (!said.withService(null).isEmpty()) {
      wishes.add(said);
    }
    t.update(x -> x.withLater(later).withLaterWishes(wishes));
    t.say("book.one_at_a_time", t.phrases().name(t.catalog().service(service).orElseThrow()));
    return true;
  }
}
