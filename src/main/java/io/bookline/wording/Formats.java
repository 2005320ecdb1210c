package io.bookline.wording;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.List;

/**
 * Dates, times, prices and durations in one language. The patterns come from that language's bundle
 * ({@code format.*}), so "Tue 24 Nov at 10:00" and "35.00 EUR" in English can be "Dienstag, 24.
 * November um 10:00" and "35,00 €" in German without a code change.
 */
public final class Formats {
  /** Keys whose values are java.time or java.text patterns, not {@link java.text.MessageFormat}. */
  public static final List<String> RAW_PATTERNS =
      List.of(
          "format.day", "format.time", "format.weekday", "format.weekday_short", "format.money");

  private final Messages messages;
  private final DateTimeFormatter day;
  private final DateTimeFormatter time;
  private final DateTimeFormatter weekday;
  private final DateTimeFormatter weekdayShort;

  Formats(Messages messages) {
    this.messages = messages;
    this.day = pattern("format.day");
    this.time = pattern("format.time");
    this.weekday = pattern("format.weekday");
    this.weekdayShort = pattern("format.weekday_short");
  }

  private DateTimeFormatter pattern(String id) {
    return DateTimeFormatter.ofPattern(messages.raw(id), messages.locale());
  }

  /** A day, e.g. "Tue 24 Nov". */
  public String day(LocalDate d) {
    return day.format(d);
  }

  /** A clock time, e.g. "10:00". */
  public String time(LocalTime t) {
    return time.format(t);
  }

  /** The local clock time of an instant. */
  public String time(Instant i, ZoneId zone) {
    return time.format(i.atZone(zone));
  }

  /** Day and time of an instant in a sentence, e.g. "Tue 24 Nov at 10:00". */
  public String when(Instant i, ZoneId zone) {
    return messages.text("format.when", day(i.atZone(zone).toLocalDate()), time(i, zone));
  }

  /** Day and time of an instant as a short label, e.g. "Tue 24 Nov 10:00". */
  public String dayAndTime(Instant i, ZoneId zone) {
    return messages.text("format.day_time", day(i.atZone(zone).toLocalDate()), time(i, zone));
  }

  /** A weekday's full name, e.g. "Monday". */
  public String weekday(DayOfWeek d) {
    return weekday.format(d);
  }

  /** A weekday's short name, e.g. "Mon". */
  public String weekdayShort(DayOfWeek d) {
    return weekdayShort.format(d);
  }

  /** A length of time in minutes, e.g. "45 min". */
  public String minutes(Duration d) {
    return messages.text("format.minutes", d.toMinutes());
  }

  /**
   * A notice period or other length of time in the largest whole unit that says it exactly: "2
   * days", "48 hours" only when not whole days, "3 hours 20 min" from two hours on, else "90 min".
   */
  public String length(Duration d) {
    long minutes = d.toMinutes();
    if (minutes > 0 && minutes % (24 * 60) == 0) {
      return messages.text("duration.days", minutes / (24 * 60));
    }
    if (minutes > 0 && minutes % 60 == 0) {
      return messages.text("duration.hours", minutes / 60);
    }
    if (minutes >= 120) {
      return messages.text(
          "duration.hours_minutes",
          messages.text("duration.hours", minutes / 60),
          minutes(Duration.ofMinutes(minutes % 60)));
    }
    return minutes(d);
  }

  /**
   * An amount of money, e.g. "35.00 EUR"; the bundle's {@link DecimalFormat} pattern says where the
   * currency goes ({@code ¤} its symbol, {@code ¤¤} its ISO code). A currency that is not an ISO
   * code is written as it is.
   */
  public String money(BigDecimal amount, String currency) {
    String pattern = messages.raw("format.money");
    Currency iso = iso(currency);
    if (iso == null) {
      pattern = pattern.replace("¤¤", "'" + currency + "'").replace("¤", "'" + currency + "'");
    }
    DecimalFormat f =
        new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(messages.locale()));
    if (iso != null) {
      f.setCurrency(iso);
    }
    f.setRoundingMode(RoundingMode.HALF_UP);
    return f.format(amount);
  }

  private static Currency iso(String code) {
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException | NullPointerException e) {
      return null;
    }
  }
}
