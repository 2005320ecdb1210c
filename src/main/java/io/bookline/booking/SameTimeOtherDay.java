package io.bookline.booking;

import io.bookline.understanding.Reading;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A bare time said while times are offered (ADR 0091): it picks the offer at that time on the day
 * asked for; only when that day has none does it pick the one on another day, and the reply says so
 * first ("09:15 is not free on Thu 3 Dec, but it is on Fri 4 Dec."), so the day never changes
 * silently under the confirmation.
 */
final class SameTimeOtherDay {
  private SameTimeOtherDay() {}

  /** The offer at {@code time}: on the day asked for if there is one, else the first on any day. */
  static Optional<Offer> at(Turn t, LocalTime time) {
    List<Offer> at =
        t.state().offers().stream()
            .filter(o -> o.start().atZone(t.zone()).toLocalTime().equals(time))
            .toList();
    LocalDate asked = t.slots().date();
    return at.stream()
        .filter(o -> o.start().atZone(t.zone()).toLocalDate().equals(asked))
        .findFirst()
        .or(() -> at.stream().findFirst());
  }

  /** Says that the time picked is on another day than the one asked for, when it is. */
  static void tell(Turn t, Reading r, Offer picked) {
    LocalDate asked = t.slots().date();
    ZonedDateTime start = picked.start().atZone(t.zone());
    if (r.date() != null || r.time() == null || asked == null) {
      return;
    }
    if (!start.toLocalDate().equals(asked)) {
      Phrases p = t.phrases();
      t.say(
          "offer.same_time_other_day",
          p.time(start.toLocalTime()),
          p.day(asked),
          p.day(start.toLocalDate()));
    }
  }
}
