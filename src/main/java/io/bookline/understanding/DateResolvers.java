package io.bookline.understanding;

import io.bookline.understanding.Piece.OnDate;
import io.bookline.understanding.Piece.Unplaced;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * The shared readers of days. Capture names they read: {@code d} day of month, {@code month},
 * {@code y} year, {@code dow}/{@code dow2} weekday, {@code n} a count, {@code unit} day or week,
 * {@code which} this/next/last, {@code base} what a count is from, {@code rel} today/tomorrow.
 */
final class DateResolvers {
  private DateResolvers() {}

  static final String MISMATCH = "weekday_mismatch";
  static final String NO_SUCH_DAY = "no_such_day";

  /**
   * "the day after", "den Tag danach", "el día siguiente": the day after the one said before it in
   * the message ({@link Selection} places it); unresolved when none was.
   */
  static final String DAY_AFTER = "day_after";

  static Resolver iso() {
    return (c, a) -> {
      String[] p = c.captured("iso").split("-");
      LocalDate d = date(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
      return d == null ? unplaced(NO_SUCH_DAY) : new OnDate(d);
    };
  }

  /**
   * "20/03", "3/20/2025", "Montag den 1.12.", "am 1.12. Montag": the locale's order, or the other
   * one when only that one is a date; a weekday said before or after it must agree, as in {@link
   * #monthDay}.
   */
  static Resolver numeric() {
    return (c, a) -> {
      String[] p = c.captured("date").split("/");
      int x = Integer.parseInt(p[0]);
      int y = Integer.parseInt(p[1]);
      Integer year = p.length > 2 ? fullYear(Integer.parseInt(p[2])) : null;
      int month = a.monthFirst() ? x : y;
      int day = a.monthFirst() ? y : x;
      if (month > 12 && day <= 12) {
        int t = month;
        month = day;
        day = t;
      }
      if (month < 1 || month > 12 || day < 1 || day > 31) {
        return null;
      }
      LocalDate d = onOrAfter(a.today(), month, day, year);
      return d == null ? unplaced(NO_SUCH_DAY) : agreeing(d, weekday(c), year == null);
    };
  }

  /** "March 20th", "20 Mar 2025", "Thu, Mar 21": the weekday, if said, must agree. */
  static Resolver monthDay() {
    return (c, a) -> {
      int month = c.number("month");
      int day = c.number("d");
      if (day < 1 || day > 31) {
        return null;
      }
      Integer year = c.has("y") ? c.number("y") : null;
      DayOfWeek dow = weekday(c);
      LocalDate d = onOrAfter(a.today(), month, day, year);
      if (d == null) {
        return unplaced(NO_SUCH_DAY);
      }
      return agreeing(d, dow, year == null);
    };
  }

  /**
   * The day, when the weekday said with it (if any) agrees; else the same date a year on when no
   * year was said and that one does ("Thu, Mar 21"); else a weekday that does not match.
   */
  private static Piece agreeing(LocalDate d, DayOfWeek dow, boolean anyYear) {
    if (dow == null || d.getDayOfWeek() == dow) {
      return new OnDate(d);
    }
    LocalDate later = anyYear ? date(d.getYear() + 1, d.getMonthValue(), d.getDayOfMonth()) : null;
    return later != null && later.getDayOfWeek() == dow ? new OnDate(later) : unplaced(MISMATCH);
  }

  /**
   * "the 21st", "Thursday the 21st", "the 22nd of next month": the ordinal names the day, the
   * weekday confirms it (this month's or, failing that, the next month's).
   */
  static Resolver dayOfMonth() {
    return (c, a) -> {
      int day = c.number("d");
      if (day < 1 || day > 31) {
        return null;
      }
      String which = c.captured("which");
      LocalDate from = a.today();
      if ("next".equals(which)) {
        from = from.withDayOfMonth(1).plusMonths(1);
      }
      LocalDate first = nextDayOfMonth(from, day);
      DayOfWeek dow = weekday(c);
      if (first == null) {
        return unplaced(NO_SUCH_DAY);
      }
      if (dow == null || first.getDayOfWeek() == dow) {
        return new OnDate(first);
      }
      LocalDate second = nextDayOfMonth(first.plusDays(1), day);
      return second != null && second.getDayOfWeek() == dow
          ? new OnDate(second)
          : unplaced(MISMATCH);
    };
  }

  /**
   * "Friday 13", "Monday 20": like {@link #dayOfMonth}, but a bare number after a weekday is a day
   * only when it cannot be an hour on the 12-hour clock and the weekday agrees ("friday 3" is a
   * time).
   */
  static Resolver weekdayAndNumber() {
    Resolver strict = dayOfMonth();
    return (c, a) -> c.number("d") > 12 && strict.resolve(c, a) instanceof OnDate d ? d : null;
  }

  /**
   * "lunes 10": Monday the 10th when a Monday is the 10th this month or next; else, as a Spaniard
   * means "el lunes a las 10", no day at all, and the number is left to be the hour. Only an hour
   * of the 12-hour clock: "el viernes 21" still asks which day is meant.
   */
  static Resolver dayOrHour() {
    Resolver strict = dayOfMonth();
    return (c, a) -> {
      Piece p = strict.resolve(c, a);
      return p instanceof Unplaced && c.number("d") <= 12 ? null : p;
    };
  }

  static Resolver days(int offset) {
    return (c, a) -> new OnDate(a.today().plusDays(offset));
  }

  /** "today", "tonight", "tomorrow", "yesterday". */
  static Resolver relativeDay() {
    return (c, a) ->
        new OnDate(
            a.today()
                .plusDays(
                    switch (c.captured("rel")) {
                      case "tomorrow" -> 1;
                      case "yesterday" -> -1;
                      default -> 0;
                    }));
  }

  /** "in 10 days", "3 weeks from now", "a week from tomorrow". */
  static Resolver after() {
    return (c, a) -> {
      int n = c.count("n");
      boolean fromTomorrow = "tomorrow".equals(c.captured("base"));
      LocalDate base = fromTomorrow ? a.today().plusDays(1) : a.today();
      return switch (c.captured("unit")) {
        // "in two weeks … on the Wednesday": the weekday is placed in that week (JoinedDays).
        case "week" -> new OnDate(base.plusWeeks(n), false, fromTomorrow ? 0 : n);
        case "month" -> new OnDate(base.plusMonths(n));
        default -> new OnDate(base.plusDays(n));
      };
    };
  }

  /**
   * "friday", "this friday", "next friday" (the first one after today), "last friday". A weekday
   * alone (no "this", "next", captured as {@code this} and {@code which}) is marked as such.
   */
  static Resolver weekday() {
    return (c, a) -> {
      DayOfWeek dow = weekday(c);
      String which = c.has("which") ? c.captured("which") : "";
      return new OnDate(
          switch (which) {
            case "next" -> a.today().with(TemporalAdjusters.next(dow));
            case "last" -> a.today().with(TemporalAdjusters.previous(dow));
            default -> a.today().with(TemporalAdjusters.nextOrSame(dow));
          },
          !c.has("which") && !c.has("this"));
    };
  }

  /** "thursday after next", "friday week", "2 mondays from now". */
  static Resolver weekdayWeeksOn(int extraWeeks) {
    return (c, a) -> {
      int weeks = c.has("n") ? c.number("n") - 1 : extraWeeks;
      return weeks < 0
          ? null
          : new OnDate(a.today().with(TemporalAdjusters.next(weekday(c))).plusWeeks(weeks));
    };
  }

  /** "monday next week", "this week on wednesday". */
  static Resolver weekdayOfWeek() {
    return (c, a) -> {
      LocalDate monday = a.today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      if (!"this".equals(c.captured("which"))) {
        monday = monday.plusWeeks(1);
      }
      return new OnDate(monday.plusDays(weekday(c).getValue() - 1L));
    };
  }

  /** "second friday of march", "last thursday in june 2026". */
  static Resolver nthWeekdayOfMonth() {
    return (c, a) -> {
      int month = c.number("month");
      DayOfWeek dow = weekday(c);
      boolean last = c.has("last");
      int n = last ? 0 : c.number("n");
      if (!last && (n < 1 || n > 5)) {
        return null;
      }
      int year = c.has("y") ? c.number("y") : a.today().getYear();
      LocalDate d = nth(year, month, n, dow);
      if (!c.has("y") && (d == null || d.isBefore(a.today()))) {
        d = nth(year + 1, month, n, dow);
      }
      return d == null ? unplaced(NO_SUCH_DAY) : new OnDate(d);
    };
  }

  /** "this weekend", "am Wochenende": the coming Saturday and Sunday (today's, from Saturday). */
  static Resolver weekend() {
    return (c, a) -> {
      LocalDate today = a.today();
      List<LocalDate> days =
          today.getDayOfWeek() == DayOfWeek.SUNDAY
              ? List.of(today)
              : List.of(
                  today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY)),
                  today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY)).plusDays(1));
      return new Unplaced(Unresolved.What.DATE, Unresolved.WEEKEND, days);
    };
  }

  /**
   * "next weekend", "nächstes Wochenende", "el próximo fin de semana": the Saturday and Sunday of
   * next week (weeks from Monday, as "Monday next week"); "the weekend after next" a week on.
   * Placed by the dialogue like "this weekend" (ADR 0073).
   */
  static Resolver weekendWeeksOn(int weeks) {
    return (c, a) -> {
      LocalDate saturday =
          a.today()
              .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
              .plusWeeks(weeks)
              .plusDays(5);
      return new Unplaced(
          Unresolved.What.DATE, Unresolved.WEEKEND, List.of(saturday, saturday.plusDays(1)));
    };
  }

  static Resolver unresolved(String reason) {
    return (c, a) -> unplaced(reason);
  }

  private static LocalDate nth(int year, int month, int n, DayOfWeek dow) {
    LocalDate first = date(year, month, 1);
    if (first == null) {
      return null;
    }
    if (n == 0) {
      return first.with(TemporalAdjusters.lastInMonth(dow));
    }
    LocalDate d = first.with(TemporalAdjusters.dayOfWeekInMonth(n, dow));
    return d.getMonthValue() == month ? d : null;
  }

  private static Unplaced unplaced(String reason) {
    return new Unplaced(Unresolved.What.DATE, reason);
  }

  private static DayOfWeek weekday(Captures c) {
    if (c.has("dow")) {
      return DayOfWeek.of(c.number("dow"));
    }
    return c.has("dow2") ? DayOfWeek.of(c.number("dow2")) : null;
  }

  /** The first day {@code day} of a month on or after {@code from}; months without it skipped. */
  private static LocalDate nextDayOfMonth(LocalDate from, int day) {
    LocalDate month = from.withDayOfMonth(1);
    if (day < from.getDayOfMonth()) {
      month = month.plusMonths(1);
    }
    for (int i = 0; i < 12; i++) {
      LocalDate d = date(month.getYear(), month.getMonthValue(), day);
      if (d != null) {
        return d;
      }
      month = month.plusMonths(1);
    }
    return null;
  }

  /** That day in the given year, or its next occurrence on or after today when no year is said. */
  private static LocalDate onOrAfter(LocalDate today, int month, int day, Integer year) {
    if (year != null) {
      return date(year, month, day);
    }
    LocalDate d = date(today.getYear(), month, day);
    if (d == null || d.isBefore(today)) {
      LocalDate next = date(today.getYear() + 1, month, day);
      // 29 February: the next year that has one.
      for (int y = today.getYear() + 2; next == null && y <= today.getYear() + 4; y++) {
        next = date(y, month, day);
      }
      return d != null && next == null ? d : next;
    }
    return d;
  }

  private static int fullYear(int y) {
    return y < 100 ? 2000 + y : y;
  }

  static LocalDate date(int y, int m, int d) {
    try {
      return LocalDate.of(y, m, d);
    } catch (DateTimeException e) {
      return null;
    }
  }
}
