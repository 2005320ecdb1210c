package io.bookline.booking;

import io.bookline.understanding.Reading;
import io.bookline.understanding.TimeQualifier;
import io.bookline.understanding.Unresolved;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * "Ok and the pedicure right after?", "und direkt danach eine Pediküre?", "¿y justo después una
 * pedicura?" ({@link Unresolved#RIGHT_AFTER_BOOKED}): the time the booking made last in this
 * conversation ends, or the first free time of the service after it that day, placed as a day and
 * time the goals then check like any other. With no time or part of day said only ("monday right
 * after work" is Monday evening), and no day but the booking's. With no booking made in the
 * conversation, or another day said, the words stay unplaced and the time is asked.
 */
final class RightAfter {
  private RightAfter() {}

  /** The reading with the day and time right after the booking made last; any other as it is. */
  static Reading place(Turn t, Reading r) {
    List<Unresolved> after =
        r.evidence().unresolved().stream()
            .filter(u -> Unresolved.RIGHT_AFTER_BOOKED.equals(u.reason()))
            .toList();
    if (after.isEmpty() || r.time() != null || r.partOfDay() != null) {
      return r;
    }
    // Only a booking made in this conversation: one made weeks ago is not what "right after" means.
    Long made = t.state().made();
    Optional<BookingView> last =
        made == null
            ? Optional.empty()
            : t.upcoming().stream().filter(b -> b.id() == made).findFirst();
    if (last.isEmpty()) {
      return r;
    }
    Instant end = last.get().end();
    Long serviceId = r.serviceId() != null ? r.serviceId() : t.slots().serviceId();
    ZonedDateTime day = end.atZone(t.zone());
    // "tuesday right after" on another day than the booking's: a time the customer is asked for.
    if (r.date() != null && !r.date().equals(day.toLocalDate())) {
      return r;
    }
    Instant at =
        t.catalog()
            .service(serviceId)
            .flatMap(
                service ->
                    t.freeSlots(service, day.toLocalDate(), null).stream()
                        .map(Slot::start)
                        .filter(start -> !start.isBefore(end))
                        .findFirst())
            .orElse(end);
    ZonedDateTime local = at.atZone(t.zone());
    List<Unresolved> rest =
        r.evidence().unresolved().stream().filter(u -> !after.contains(u)).toList();
    return new Reading(
        r.intent(),
        r.slots()
            .withDate(local.toLocalDate())
            .withTime(local.toLocalTime(), TimeQualifier.AT)
            .withPartOfDay(null),
        r.personName(),
        r.choice(),
        r.source(),
        r.evidence().withUnresolved(rest));
  }
}
