package io.bookline.booking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How the bot words things: short, concrete, and every fact from the catalog. */
final class Say {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

  private Say() {}

  static String day(LocalDate d) {
    return DAY.format(d);
  }

  static String time(LocalTime t) {
    return TIME.format(t);
  }

  static String time(Instant i, ZoneId zone) {
    return TIME.format(i.atZone(zone));
  }

  static String when(Instant i, ZoneId zone) {
    return day(i.atZone(zone).toLocalDate()) + " at " + time(i, zone);
  }

  static String money(BigDecimal amount, String currency) {
    return amount.setScale(2, RoundingMode.HALF_UP).toPlainString() + " " + currency;
  }

  static String minutes(java.time.Duration d) {
    return d.toMinutes() + " min";
  }

  static String serviceLine(Service s, String currency) {
    return s.name() + " (" + minutes(s.duration()) + ", " + money(s.price(), currency) + ")";
  }

  static String priceList(Catalog c) {
    List<String> lines = new ArrayList<>();
    for (Service s : c.services()) {
      lines.add(serviceLine(s, c.business().currency()));
    }
    return String.join("; ", lines);
  }

  static String hours(Catalog c) {
    List<String> parts = new ArrayList<>();
    DayOfWeek runStart = null;
    DayOfWeek prev = null;
    String prevText = null;
    for (DayOfWeek d : DayOfWeek.values()) {
      String text = hoursText(c, d);
      if (prevText != null && text.equals(prevText)) {
        prev = d;
        continue;
      }
      if (prevText != null) {
        parts.add(range(runStart, prev) + " " + prevText);
      }
      runStart = d;
      prev = d;
      prevText = text;
    }
    parts.add(range(runStart, prev) + " " + prevText);
    return String.join(", ", parts);
  }

  private static String hoursText(Catalog c, DayOfWeek d) {
    List<OpeningInterval> windows = c.hoursOn(d);
    if (windows.isEmpty()) {
      return "closed";
    }
    List<String> w = new ArrayList<>();
    for (OpeningInterval i : windows) {
      w.add(time(i.opens()) + "–" + time(i.closes()));
    }
    return String.join(" and ", w);
  }

  private static String range(DayOfWeek a, DayOfWeek b) {
    String sa = a.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    return a == b ? sa : sa + "–" + b.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
  }

  static List<String> serviceNames(Catalog c) {
    return c.services().stream().map(Service::name).toList();
  }
}
