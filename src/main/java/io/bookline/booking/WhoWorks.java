package io.bookline.booking;

import io.bookline.booking.WhyNotFree.Reason;
import io.bookline.understanding.Slots;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * "Who is working tomorrow?", "is Anna in on Saturday?": the staff who work a day, from their own
 * hours (else the business's), their leave and the business's closures.
 */
final class WhoWorks {
  private WhoWorks() {}

  /** Answers for the day named (today when none) and the staff member named, if any. */
  static void answer(Turn t, LocalDate named, Long resourceId) {
    Catalog catalog = t.catalog();
    Phrases say = t.phrases();
    LocalDate day = named == null ? t.today() : named;
    t.update(s -> s.withAnswered(Topic.STAFF));
    Optional<Closure> closure = catalog.closureOn(day);
    if (closure.isPresent()) {
      ReasonSentences.say(t, new Reason.Closed(day, closure.get()), Slots.NONE);
      return;
    }
    if (catalog.hoursOn(day.getDayOfWeek()).isEmpty()) {
      t.say("reason.closed_on", say.day(day));
      return;
    }
    List<String> working =
        catalog.resources().stream()
            .filter(r -> works(catalog, r, day))
            .map(Resource::name)
            .toList();
    Optional<Resource> asked = catalog.resource(resourceId);
    // Whom "with her" means next (ADR 0107): the one asked about, else those named working.
    t.update(
        s ->
            s.withNamed(
                asked.isPresent()
                    ? List.of(asked.get().id())
                    : catalog.resources().stream()
                        .filter(r -> works(catalog, r, day))
                        .map(Resource::id)
                        .toList()));
    if (asked.isPresent()) {
      if (working.contains(asked.get().name())) {
        t.say("staff.in_on", asked.get().name(), say.day(day));
        return;
      }
      t.say("staff.off_on", asked.get().name(), say.day(day));
    }
    if (working.isEmpty()) {
      t.say("staff.nobody_on", say.day(day));
    } else {
      t.say("staff.working_on", say.day(day), say.names(working), working.size());
    }
  }

  private static boolean works(Catalog catalog, Resource r, LocalDate day) {
    List<OpeningInterval> own = r.hoursOn(day.getDayOfWeek());
    return !catalog.onLeave(r.id(), day) && (own == null || !own.isEmpty());
  }
}
