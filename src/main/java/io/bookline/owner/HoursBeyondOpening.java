package io.bookline.owner;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The parts of a staff member's hours that fall outside the business's opening hours. They are
 * accepted (the owner may be about to widen the opening hours, or keep the staff member's usual
 * week for when they do), but a customer cannot book then, so the owner is warned (ADR 0067).
 */
final class HoursBeyondOpening {
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

  private HoursBeyondOpening() {}

  /** One warning per staff window that reaches outside the business's hours of its weekday. */
  static List<HoursAdmin.Warning> of(
      List<WeeklyHours.Window> staff, List<WeeklyHours.Interval> opening) {
    List<HoursAdmin.Warning> out = new ArrayList<>();
    for (WeeklyHours.Window w : staff) {
      List<LocalTime[]> open =
          opening.stream()
              .filter(o -> o.weekday() == w.weekday())
              .map(o -> new LocalTime[] {LocalTime.parse(o.opens()), LocalTime.parse(o.closes())})
              .sorted(Comparator.comparing((LocalTime[] o) -> o[0]))
              .toList();
      String day = DayOfWeek.of(w.weekday()).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
      String field = "[" + w.index() + "]";
      if (open.isEmpty()) {
        out.add(
            new HoursAdmin.Warning(
                field,
                "the business is closed on "
                    + day
                    + ": customers cannot book "
                    + span(w.opens(), w.closes())
                    + " until it opens that day"));
        continue;
      }
      List<String> outside = outside(w.opens(), w.closes(), open);
      if (!outside.isEmpty()) {
        out.add(
            new HoursAdmin.Warning(
                field,
                String.join(", ", outside)
                    + " on "
                    + day
                    + " is outside the business's opening hours ("
                    + open.stream().map(o -> span(o[0], o[1])).collect(Collectors.joining(", "))
                    + "): customers cannot book then"));
      }
    }
    return out;
  }

  /**
   * A staff member's own week against new opening hours: one warning per window that reaches
   * outside them, naming the person and the day; {@code field} is the window in the person's week
   * as {@code GET /api/staff/{id}/hours} lists it ({@code staff/12/hours[2]}). An empty week
   * follows the opening hours and never reaches outside.
   */
  static List<HoursAdmin.Warning> ofStaff(
      long id, String name, List<WeeklyHours.Interval> own, List<WeeklyHours.Interval> opening) {
    List<WeeklyHours.Window> week = new ArrayList<>();
    for (int i = 0; i < own.size(); i++) {
      WeeklyHours.Interval w = own.get(i);
      week.add(
          new WeeklyHours.Window(
              i, (short) w.weekday(), LocalTime.parse(w.opens()), LocalTime.parse(w.closes())));
    }
    return of(week, opening).stream()
        .map(
            w ->
                new HoursAdmin.Warning(
                    "staff/" + id + "/hours" + w.field(), name + "'s hours: " + w.message()))
        .toList();
  }

  /** The stretches of {@code from}–{@code to} that no opening window covers. */
  private static List<String> outside(LocalTime from, LocalTime to, List<LocalTime[]> open) {
    List<String> gaps = new ArrayList<>();
    LocalTime at = from;
    for (LocalTime[] o : open) {
      if (!at.isBefore(to)) {
        break;
      }
      if (o[0].isAfter(at)) {
        LocalTime end = o[0].isBefore(to) ? o[0] : to;
        gaps.add(span(at, end));
      }
      if (o[1].isAfter(at)) {
        at = o[1];
      }
    }
    if (at.isBefore(to)) {
      gaps.add(span(at, to));
    }
    return gaps;
  }

  private static String span(LocalTime from, LocalTime to) {
    return from.format(CLOCK) + "–" + to.format(CLOCK);
  }
}
