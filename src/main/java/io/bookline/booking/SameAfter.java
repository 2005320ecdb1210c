package io.bookline.booking;

import io.bookline.understanding.Evidence;
import io.bookline.understanding.Intent;
import io.bookline.understanding.Reading;
import io.bookline.understanding.TimeQualifier;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

/**
 * "same again for the saturday after", "das gleiche nochmal für den Samstag danach", "lo mismo para
 * el sábado siguiente" right after a booking ({@link Evidence.Sign#SAME_AFTER}): the service, staff
 * member and time of the booking just made, on the first such weekday after its day. The rest is
 * any booking's: asked to confirm, or told it is closed or taken and offered times.
 */
final class SameAfter {
  private SameAfter() {}

  /** The reading with the booking just made, moved to the weekday after it; else as it was. */
  static Reading place(Turn t, DialogueState before, Reading r) {
    if (!r.evidence().has(Evidence.Sign.SAME_AFTER) || r.date() == null || before.made() == null) {
      return r;
    }
    long made = before.made();
    BookingView booking =
        t.upcoming().stream().filter(b -> b.id() == made).findFirst().orElse(null);
    if (booking == null) {
      return r;
    }
    ZonedDateTime at = booking.start().atZone(t.zone());
    LocalDate day = at.toLocalDate().with(TemporalAdjusters.next(r.date().getDayOfWeek()));
    return new Reading(
        Intent.BOOK,
        r.slots()
            .withService(booking.serviceId())
            .withResource(booking.resourceId())
            .withDate(day)
            .withTime(at.toLocalTime(), TimeQualifier.AT),
        r.personName(),
        r.choice(),
        r.source(),
        r.evidence(),
        r.shift(),
        r.shiftBy());
  }
}
