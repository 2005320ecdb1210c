package io.bookline.understanding;

import io.bookline.understanding.Piece.AtTime;
import io.bookline.understanding.Piece.InPart;
import io.bookline.understanding.Piece.Meridiem;
import io.bookline.understanding.Piece.Moment;
import io.bookline.understanding.Piece.Unplaced;
import java.time.temporal.ChronoUnit;

/**
 * The shared readers of clock times. Capture names they read: {@code clock} "4:15", {@code h} hour,
 * {@code m} minutes, {@code h2} the end of a range, {@code mer} am/pm, {@code hhmm} "1115", {@code
 * q} quarter/half, {@code mn} minutes as a number, {@code minutes} the word "minutes", {@code n}
 * and {@code unit} for "in 3 hours".
 */
final class TimeResolvers {
  private TimeResolvers() {}

  static final String NOT_A_CLOCK_TIME = "not_a_clock_time";

  /** "4:15", "16:45", "09:30 am". */
  static Resolver clock() {
    return (c, a) -> {
      String[] p = c.captured("clock").split(":");
      int h = Integer.parseInt(p[0]);
      int m = Integer.parseInt(p[1]);
      Meridiem mer = meridiem(c, c.leadingZero("clock"));
      if (h > 23 || m > 59) {
        return timeUnplaced();
      }
      // "16:45 pm" says the same thing twice.
      return new AtTime(h, m, h > 12 ? Meridiem.H24 : mer);
    };
  }

  /** "4", "4 pm", "at 4 15", "eleven fifteen am": an hour and perhaps two-digit minutes. */
  static Resolver hour() {
    return (c, a) -> {
      int h = c.number("h");
      int m = c.has("m") ? c.number("m") : 0;
      Meridiem mer = meridiem(c, c.leadingZero("h"));
      if (h > 23 || m > 59) {
        return null;
      }
      if ((mer == Meridiem.AM || mer == Meridiem.PM) && h > 12) {
        return timeUnplaced();
      }
      return new AtTime(h, m, mer);
    };
  }

  /** "1115", "645 pm", "0930". */
  static Resolver fourDigits() {
    return (c, a) -> {
      int n = c.number("hhmm");
      int h = n / 100;
      int m = n % 100;
      Meridiem mer = meridiem(c, c.leadingZero("hhmm"));
      if (h > 23 || m > 59 || ((mer == Meridiem.AM || mer == Meridiem.PM) && h > 12)) {
        return null;
      }
      return new AtTime(h, m, mer);
    };
  }

  /** "quarter past 4", "20 past midnight", "10 minutes after 5". */
  static Resolver minutesPast() {
    return (c, a) -> {
      int minutes = minutes(c);
      AtTime hour = hourOf(c);
      return hour == null || minutes < 1 || minutes > 59
          ? null
          : new AtTime(hour.hour(), minutes, hour.meridiem());
    };
  }

  /**
   * "quarter to 5", "10 minutes to 5pm", "20 to noon". A bare number is read this way only when it
   * is one people count down in (5, 10, 20, 25); "2 to 4" is a range.
   */
  static Resolver minutesTo() {
    return (c, a) -> {
      int minutes = minutes(c);
      AtTime hour = hourOf(c);
      boolean counted = c.has("q") || c.has("minutes") || minutes % 5 == 0 && minutes <= 25;
      if (hour == null || !counted || minutes < 1 || minutes > 59) {
        return null;
      }
      return new AtTime(hour.hour(), 0, hour.meridiem(), minutes, null);
    };
  }

  /**
   * German "fünf vor halb drei" (14:25) and "fünf nach halb drei" (14:35): minutes before or after
   * the half hour before the hour, as {@code dir} says ("before" or "past").
   */
  static Resolver aroundHalf() {
    return (c, a) -> {
      int minutes = minutes(c);
      AtTime hour = hourOf(c);
      if (hour == null || minutes < 1 || minutes > 29) {
        return null;
      }
      int before = "past".equals(c.captured("dir")) ? 30 - minutes : 30 + minutes;
      return new AtTime(hour.hour(), 0, hour.meridiem(), before, null);
    };
  }

  /** British "half four": half past four. */
  static Resolver halfPast() {
    return (c, a) -> {
      AtTime hour = hourOf(c);
      return hour == null ? null : new AtTime(hour.hour(), 30, hour.meridiem());
    };
  }

  /** "2-4pm", "from 10 to 12", "between 2 and 3": from the first hour on. */
  static Resolver range() {
    return (c, a) -> {
      int h = c.number("h");
      int h2 = c.number("h2");
      if (h > 23 || h2 > 23 || ("to".equals(c.captured("j")) && h >= h2 && !c.has("from"))) {
        return null;
      }
      Meridiem mer = meridiem(c, c.leadingZero("h"));
      if (mer == Meridiem.PM && h > h2) {
        mer = Meridiem.AM;
      }
      return new AtTime(h, 0, mer, 0, TimeQualifier.AFTER);
    };
  }

  static Resolver fixed(int hour, int minute) {
    return (c, a) -> new AtTime(hour, minute, Meridiem.H24);
  }

  /** "in 3 hours", "in 30 minutes", "in an hour": a day and a time. */
  static Resolver later() {
    return (c, a) -> {
      int n = c.count("n");
      ChronoUnit unit = "minute".equals(c.captured("unit")) ? ChronoUnit.MINUTES : ChronoUnit.HOURS;
      if (n > (unit == ChronoUnit.HOURS ? 48 : 600)) {
        return null;
      }
      return new Moment(a.now().truncatedTo(ChronoUnit.MINUTES).plus(n, unit));
    };
  }

  static Resolver unresolved(String reason) {
    return (c, a) -> new Unplaced(Unresolved.What.TIME, reason);
  }

  /** "morning", "in the evening", "tonight". */
  static Resolver part() {
    return (c, a) -> {
      String word = c.captured("part");
      return new InPart(partOf(word), "night".equals(word));
    };
  }

  static Resolver part(PartOfDay part) {
    return (c, a) -> new InPart(part);
  }

  static PartOfDay partOf(String word) {
    return switch (word) {
      case "morning" -> PartOfDay.MORNING;
      case "afternoon" -> PartOfDay.AFTERNOON;
      default -> PartOfDay.EVENING;
    };
  }

  private static Unplaced timeUnplaced() {
    return new Unplaced(Unresolved.What.TIME, NOT_A_CLOCK_TIME);
  }

  private static int minutes(Captures c) {
    if (c.has("q")) {
      return "half".equals(c.captured("q")) ? 30 : 15;
    }
    return c.has("mn") ? c.number("mn") : -1;
  }

  /** The hour a count of minutes is from: a number, noon or midnight. */
  private static AtTime hourOf(Captures c) {
    String h = c.captured("h");
    if ("noon".equals(h)) {
      return new AtTime(12, 0, Meridiem.H24);
    }
    if ("midnight".equals(h)) {
      return new AtTime(0, 0, Meridiem.H24);
    }
    int hour = c.number("h");
    Meridiem mer = meridiem(c, false);
    return hour > 23 || ((mer == Meridiem.AM || mer == Meridiem.PM) && hour > 12)
        ? null
        : new AtTime(hour, 0, mer);
  }

  private static Meridiem meridiem(Captures c, boolean leadingZero) {
    String mer = c.captured("mer");
    if ("am".equals(mer)) {
      return Meridiem.AM;
    }
    if ("pm".equals(mer)) {
      return Meridiem.PM;
    }
    return leadingZero ? Meridiem.H24 : Meridiem.NONE;
  }
}
