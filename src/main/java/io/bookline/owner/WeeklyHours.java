package io.bookline.owner;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Weekly hours as owners send them, {@code [{"weekday": 1, "opens": "09:00", "closes": "13:00"}]}:
 * the business's opening hours and a staff member's own. Several rows on one day make a split
 * shift; rows of one day must not overlap, and each closes after it opens.
 */
public final class WeeklyHours {
  static final int MAX_ROWS = 70;
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

  private WeeklyHours() {}

  /** One window as sent; a null element is one the front end could not read (already reported). */
  public record IntervalInput(Integer weekday, String opens, String closes) {}

  /** One window: ISO weekday (1 = Monday), times as "HH:mm". */
  public record Interval(int weekday, String opens, String closes) {
    static Interval of(int weekday, LocalTime opens, LocalTime closes) {
      return new Interval(weekday, opens.format(CLOCK), closes.format(CLOCK));
    }
  }

  /** A window read and checked. */
  record Window(int index, short weekday, LocalTime opens, LocalTime closes) {}

  /** The windows, each wrong field named by its index ({@code [2].closes}); 400 if any. */
  static List<Window> check(List<IntervalInput> in, Problems problems) {
    if (in.size() > MAX_ROWS) {
      problems.add("hours", "must hold at most " + MAX_ROWS + " rows, not " + in.size());
    }
    List<Window> ok = new ArrayList<>();
    for (int i = 0; i < in.size(); i++) {
      IntervalInput row = in.get(i);
      if (row == null) {
        continue;
      }
      String at = "[" + i + "].";
      if (row.weekday() == null) {
        problems.add(at + "weekday", "is required (1 = Monday … 7 = Sunday)");
        problems
            .tooLargeAsSent(at + "weekday")
            .ifPresent(
                sent ->
                    problems.replaceTooLarge(
                        at + "weekday", "must be 1 (Monday) to 7 (Sunday), not " + sent));
      } else if (row.weekday() < 1 || row.weekday() > 7) {
        problems.add(at + "weekday", "must be 1 (Monday) to 7 (Sunday), not " + row.weekday());
      }
      LocalTime opens = time(problems, at + "opens", row.opens());
      LocalTime closes = time(problems, at + "closes", row.closes());
      if (opens != null && closes != null && !closes.isAfter(opens)) {
        problems.add(
            at + "closes", "must be after opens (" + row.opens() + "), not " + row.closes());
      } else if (opens != null && closes != null && !problems.has(at + "weekday")) {
        ok.add(new Window(i, row.weekday().shortValue(), opens, closes));
      }
    }
    overlaps(ok, problems);
    problems.throwIfAny();
    return ok;
  }

  private static void overlaps(List<Window> windows, Problems problems) {
    List<Window> sorted = new ArrayList<>(windows);
    sorted.sort(Comparator.comparing(Window::weekday).thenComparing(Window::opens));
    for (int i = 1; i < sorted.size(); i++) {
      Window before = sorted.get(i - 1);
      Window w = sorted.get(i);
      if (w.weekday() == before.weekday() && w.opens().isBefore(before.closes())) {
        problems.add(
            "[" + w.index() + "].opens",
            "overlaps ["
                + before.index()
                + "] ("
                + before.opens().format(CLOCK)
                + "–"
                + before.closes().format(CLOCK)
                + " on weekday "
                + w.weekday()
                + ")");
      }
    }
  }

  private static LocalTime time(Problems problems, String field, String value) {
    if (value == null) {
      problems.add(field, "is required, e.g. \"09:00\"");
      return null;
    }
    if (value.equals("24:00")) {
      problems.add(
          field, "'24:00' is the next day's midnight: a day's hours end at 23:59 at the latest");
      return null;
    }
    try {
      if (value.length() != 5) {
        throw new DateTimeParseException("not HH:mm", value, 0);
      }
      return LocalTime.parse(value, CLOCK);
    } catch (DateTimeParseException e) {
      problems.add(field, "'" + Checks.shorten(value) + "' is not a time of day as HH:mm");
      return null;
    }
  }

  /** Sorted the way people read a week. */
  static List<Interval> sorted(List<Interval> hours) {
    return hours.stream()
        .sorted(Comparator.comparing(Interval::weekday).thenComparing(Interval::opens))
        .toList();
  }
}
