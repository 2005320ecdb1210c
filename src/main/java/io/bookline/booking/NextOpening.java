package io.bookline.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.Optional;

/** When the business is next open, seen from an instant: its opening hours, less its closures. */
final class NextOpening {
  /** How far ahead it looks; a business closed for longer has no next opening to name. */
  static final int DAYS = 14;

  private NextOpening() {}

  /**
   * {@code now} while the business is open, else the start of its next opening window within
   * {@value #DAYS} days (a day it is closed for is skipped); empty when there is none.
   */
  static Optional<Instant> from(Catalog catalog, Instant now) {
    ZoneId zone = catalog.business().zone();
    ZonedDateTime at = now.atZone(zone);
    for (int d = 0; d <= DAYS; d++) {
      LocalDate day = at.toLocalDate().plusDays(d);
      if (catalog.closureOn(day).isPresent()) {
        continue;
      }
      var windows =
          catalog.hoursOn(day.getDayOfWeek()).stream()
              .sorted(Comparator.comparing(OpeningInterval::opens))
              .toList();
      for (OpeningInterval w : windows) {
        ZonedDateTime opens = day.atTime(w.opens()).atZone(zone);
        // A window closing at midnight is stored as 00:00: it runs to the end of its day.
        ZonedDateTime closes =
            w.closes().equals(LocalTime.MIDNIGHT)
                ? day.plusDays(1).atStartOfDay(zone)
                : day.atTime(w.closes()).atZone(zone);
        if (!at.isBefore(opens) && at.isBefore(closes)) {
          return Optional.of(now);
        }
        if (opens.isAfter(at)) {
          return Optional.of(opens.toInstant());
        }
      }
    }
    return Optional.empty();
  }
}
