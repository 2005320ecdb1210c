package io.bookline.booking;

import io.bookline.wording.Messages;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The days offered as options when a day is asked for: the next four the business is open, "Today",
 * "Tomorrow", then weekday names. The same for a question in the chat and for a reminder's Move, so
 * either way the customer taps a day. Today is left out once no service fits before closing: at
 * 19:00 after the studio closed, "Today" would only lead to "no times left".
 */
public final class DayOptions {
  private static final int SHOWN = 4;
  private static final int LOOK_AHEAD = 10;

  private DayOptions() {}

  public static List<String> from(Instant now, Catalog catalog, Messages words) {
    ZonedDateTime here = now.atZone(catalog.business().zone());
    LocalDate today = here.toLocalDate();
    List<String> out = new ArrayList<>();
    for (int i = 0; i < LOOK_AHEAD && out.size() < SHOWN; i++) {
      LocalDate d = today.plusDays(i);
      if (catalog.hoursOn(d.getDayOfWeek()).isEmpty()
          || catalog.closureOn(d).isPresent()
          || (i == 0 && !timeLeft(here.toLocalTime(), catalog, d))) {
        continue;
      }
      out.add(
          switch (i) {
            case 0 -> words.text("option.today");
            case 1 -> words.text("option.tomorrow");
            default -> words.formats().weekday(d.getDayOfWeek());
          });
    }
    return out;
  }

  /** Whether the shortest bookable service still fits in one of the day's windows after now. */
  private static boolean timeLeft(LocalTime now, Catalog catalog, LocalDate day) {
    Duration shortest =
        catalog.bookable().stream()
            .map(Service::duration)
            .min(Duration::compareTo)
            .orElse(Duration.ZERO);
    return catalog.hoursOn(day.getDayOfWeek()).stream()
        .anyMatch(
            w -> {
              LocalTime start = now.isAfter(w.opens()) ? now : w.opens();
              // Measured as a length, not a clock time: 23:30 plus an hour wraps to 00:30.
              return start.isBefore(w.closes())
                  && Duration.between(start, w.closes()).compareTo(shortest) >= 0;
            });
  }
}
