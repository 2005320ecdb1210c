package io.bookline.booking;

import io.bookline.understanding.Intent;
import io.bookline.understanding.Mentions;
import io.bookline.understanding.Reading;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A service in the catalog that no staff member performs: never listed or offered as bookable
 * ({@link Catalog#bookable()}), and when a customer asks for it by name, told plainly that nobody
 * does it at the moment, in their language; the turn goes on without it, so the conversation never
 * circles on "nothing free" for a service no one can give (ADR 0075).
 */
final class Unstaffed {
  private Unstaffed() {}

  /**
   * The intents a wish for a service comes with. Cancelling, moving or listing a booking of it
   * still names the booking, so those are left alone.
   */
  private static final Set<Intent> ASKING =
      Set.of(
          Intent.NONE,
          Intent.BOOK,
          Intent.YES,
          Intent.QUESTION,
          Intent.ASK_SERVICES,
          Intent.ASK_PRICE,
          Intent.ASK_LENGTH,
          Intent.GREETING);

  /** Whether the reading asks for a service nobody performs. */
  static boolean applies(Turn t, Reading r) {
    return ASKING.contains(r.intent()) && !unstaffed(t, named(r)).isEmpty();
  }

  /**
   * Says who is missing ("We don't have anyone for Hot Stone Massage at the moment."); returns the
   * reading without those services, or null when nothing is left of it (the goal under way asks
   * again, else what can be booked is listed).
   */
  static Reading say(Turn t, Reading r) {
    List<Long> named = named(r);
    List<Long> missing = unstaffed(t, named);
    Phrases say = t.phrases();
    t.say(
        "service.nobody_for",
        say.names(missing.stream().map(id -> say.name(t.catalog().service(id).get())).toList()));
    List<Long> kept = new ArrayList<>(named);
    kept.removeAll(missing);
    Mentions m = r.evidence().mentions();
    Mentions rest =
        new Mentions(
            m.unknownService(),
            kept.size() > 1
                ? kept.subList(1, kept.size()).stream()
                    .filter(id -> !m.forOthers().contains(id))
                    .toList()
                : List.of(),
            m.unknownStaff(),
            m.questions(),
            m.people(),
            m.forOthers().stream().filter(kept::contains).toList());
    Reading without =
        new Reading(
            r.intent(),
            r.slots().withService(kept.isEmpty() ? null : kept.getFirst()),
            r.personName(),
            r.choice(),
            r.source(),
            r.evidence().withMentions(rest),
            r.shift(),
            r.shiftBy());
    boolean idle = t.state().goal() == Goal.NONE;
    if (!without.hasSlots() && (!idle || r.intent() != Intent.BOOK)) {
      if (idle) {
        bookableList(t);
      }
      return null;
    }
    return idle ? without.withIntent(Intent.BOOK) : without;
  }

  /**
   * A service held from earlier that nobody performs any more (the owner changed the team mid
   * conversation): said, and dropped so the service is asked again. Returns whether it was.
   */
  static boolean dropHeld(Turn t) {
    Catalog c = t.catalog();
    Service held = c.service(t.slots().serviceId()).orElse(null);
    if (held == null || c.performed(held)) {
      return false;
    }
    t.say("service.nobody_for", t.phrases().name(held));
    t.update(s -> s.withSlots(s.slots().withService(null)).withOffers(List.of(), null));
    return true;
  }

  /** What can be booked instead; nothing at all when the business has no one for anything. */
  private static void bookableList(Turn t) {
    if (t.catalog().bookable().isEmpty()) {
      t.say("service.none", t.catalog().business().name());
    } else {
      t.say("answer.prices", t.phrases().priceList());
    }
  }

  private static List<Long> named(Reading r) {
    List<Long> ids = new ArrayList<>();
    if (r.serviceId() != null) {
      ids.add(r.serviceId());
    }
    Mentions m = r.evidence().mentions();
    for (Long id : Stream.concat(m.moreServices().stream(), m.forOthers().stream()).toList()) {
      if (!ids.contains(id)) {
        ids.add(id);
      }
    }
    return ids;
  }

  private static List<Long> unstaffed(Turn t, List<Long> ids) {
    Catalog c = t.catalog();
    return ids.stream()
        .filter(id -> c.service(id).map(s -> !c.performed(s)).orElse(false))
        .toList();
  }
}
