package io.bookline.booking;

import io.bookline.wording.Messages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The days offered as options when a day is asked for: the next four the business is open, "Today",
 * "Tomorrow", then weekday names. The same for a question in the chat and for a reminder's Move, so
 * either way the customer taps a day.
 */
public final class DayOptions {
  private static final int SHOWN = 4;
  private static final int LOOK_AHEAD = 10;

  private DayOptions() {}

  public static List<String> from(LocalDate today, Catalog catalog, Messages words) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < LOOK_AHEAD && out.size() < SHOWN; i++) {
      LocalDate d = today.plusDays(i);
      if (catalog.hoursOn(d.getDayOfWeek()).isEmpty() || catalog.closureOn(d).isPresent()) {
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
}
