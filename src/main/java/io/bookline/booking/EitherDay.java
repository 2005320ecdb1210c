package io.bookline.booking;

import io.bookline.understanding.Evidence;
import io.bookline.understanding.Mentions;
import io.bookline.understanding.Reading;
import io.bookline.understanding.Slots;
import io.bookline.understanding.Unresolved;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * "monday or tuesday afternoon would be best", "morgen oder übermorgen nachmittags", "el lunes o el
 * martes por la tarde" for a service: either day will do, so the earlier of them with free times in
 * the time or part of the day said is the day, and its times are offered (ADR 0113). When neither
 * has any, or no service is known yet, {@link Clarify} asks which day is meant.
 */
final class EitherDay {
  private EitherDay() {}

  /** The reading placed on the first of the two days said that has free times for it. */
  static Reading place(Turn t, Reading r) {
    Optional<Unresolved> either =
        r.evidence().unresolved().stream()
            .filter(
                u ->
                    "alternatives".equals(u.reason())
                        && u.what() == Unresolved.What.DATE
                        && u.days().size() >= 2)
            .findFirst();
    if (either.isEmpty() || r.date() != null || Mentions.QUESTIONS.contains(r.intent())) {
      return r;
    }
    boolean booking = t.state().goal() == Goal.BOOK || t.state().goal() == Goal.NONE;
    Long id = r.serviceId() != null ? r.serviceId() : t.state().slots().serviceId();
    Optional<Service> service = t.catalog().service(id);
    if (!booking || service.isEmpty()) {
      return r;
    }
    Slots held = t.state().slots();
    Slots wish =
        r.time() != null || r.partOfDay() != null
            ? r.slots()
            : r.slots().withTime(held.time(), held.qualifier()).withPartOfDay(held.partOfDay());
    Long resource = wish.resourceId() != null ? wish.resourceId() : held.resourceId();
    FreeTimes.DaySlots free = t.offerable(service.get(), resource, null);
    for (LocalDate day : either.get().days().stream().sorted().toList()) {
      if (!day.isBefore(t.today()) && !FreeTimes.fitting(free.on(day), wish, t.zone()).isEmpty()) {
        List<Unresolved> rest =
            r.evidence().unresolved().stream().filter(u -> u != either.get()).toList();
        Evidence e = r.evidence().withUnresolved(rest);
        return new Reading(
            r.intent(),
            r.slots().withDate(day),
            r.personName(),
            r.choice(),
            r.source(),
            e,
            r.shift(),
            r.shiftBy());
      }
    }
    return r;
  }
}
