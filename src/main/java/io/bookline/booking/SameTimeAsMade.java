package io.bookline.booking;

import io.bookline.understanding.Intent;
import io.bookline.understanding.Reading;
import io.bookline.understanding.TimeQualifier;
import io.bookline.understanding.Unresolved;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * "And one for me at the same time, I'm Quinn", "und eine für mich zur selben Zeit", "y otra para
 * mí a la misma hora" right after a booking ({@link Unresolved#SAME_AS_BOOKED}): the day and time
 * of the booking made last in this conversation, and its service when the message names none (ADR
 * 0122). A new booking said so is placed there and checked like any other; with no booking made in
 * the conversation, or a time said, the words stay as they are and the time is asked.
 */
final class SameTimeAsMade {
  private SameTimeAsMade() {}

  /** The reading at the day and time of the booking made last; any other as it is. */
  static Reading place(Turn t, Reading r) {
    List<Unresolved> same =
        r.evidence().unresolved().stream()
            .filter(u -> Unresolved.SAME_AS_BOOKED.equals(u.reason()))
            .toList();
    boolean wish = r.intent() == Intent.BOOK || r.intent() == Intent.NONE;
    // A move or a cancel under way ("and wednesday?" then "same time"): the booking's own time on
    // the day named, which the move reads itself.
    Goal goal = t.state().goal();
    if (same.isEmpty() || !wish || r.time() != null || goal != Goal.NONE && goal != Goal.BOOK) {
      return r;
    }
    LocalDate held = t.state().slots().date();
    Long made = t.state().made();
    Optional<BookingView> last =
        made == null
            ? Optional.empty()
            : t.upcoming().stream().filter(b -> b.id() == made).findFirst();
    if (last.isEmpty()) {
      return r;
    }
    ZonedDateTime at = last.get().start().atZone(t.zone());
    LocalDate day = r.date() != null ? r.date() : held;
    if (day != null && !day.equals(at.toLocalDate())) {
      return r; // "same time on friday": another day, whose time is asked
    }
    List<Unresolved> rest =
        r.evidence().unresolved().stream().filter(u -> !same.contains(u)).toList();
    var slots =
        r.slots()
            .withDate(at.toLocalDate())
            .withTime(at.toLocalTime(), TimeQualifier.AT)
            .withPartOfDay(null);
    if (r.serviceId() == null) {
      slots = slots.withService(last.get().serviceId());
    }
    return new Reading(
        r.intent(),
        slots,
        r.personName(),
        r.choice(),
        r.source(),
        r.evidence().withUnresolved(rest));
  }
}
