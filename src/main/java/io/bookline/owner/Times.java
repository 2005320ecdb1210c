package io.bookline.owner;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;

/**
 * Times an owner sends: with an offset ({@code 2026-11-24T10:00:00+01:00}, {@code …Z}) they are
 * exact; without one ({@code 2026-11-24T10:00}) they are the business's local time; a date alone
 * ({@code 2026-11-24}, only where a day makes sense) is that day's start or, as an upper bound, its
 * end.
 */
final class Times {
  private Times() {}

  /**
   * Times outside the years 2000 to 2999 are typing errors, and past what Postgres and the calendar
   * hold. The years are those of the time as written (its local date), so the first day of 2000 in
   * Berlin, 1999-12-31T23:00Z, is inside.
   */
  private static final int FIRST_YEAR = 2000;

  private static final int LAST_YEAR = 2999;

  /** What a range's bound may be, for its error. */
  private static final String DAY_OR_TIME =
      "a day such as 2026-11-24 nor a date and time such as 2026-11-24T10:00";

  /** Whether a day (a closure's) lies in the years 2000 to 2999, as times must. */
  static boolean inYears(LocalDate day) {
    return day.getYear() >= FIRST_YEAR && day.getYear() <= LAST_YEAR;
  }

  /** A point in time; a wrong value is recorded under {@code field}. */
  static Instant instant(Problems p, String field, String text, ZoneId zone) {
    if (text == null) {
      return null;
    }
    String gap = skipped(text, zone);
    if (gap != null) {
      p.add(field, gap);
      return null;
    }
    Instant at = parse(text, zone);
    if (at == null) {
      p.add(field, "'" + text + "' is not a date and time such as 2026-11-24T10:00:00+01:00");
    } else if (!inYears(written(text))) {
      outsideYears(p, field, text);
      return null;
    }
    return at;
  }

  private static void outsideYears(Problems p, String field, String text) {
    p.add(field, "'" + text + "' is not between the years " + FIRST_YEAR + " and " + LAST_YEAR);
  }

  /** The date as the owner wrote it, before any offset or zone: what the year bounds apply to. */
  private static LocalDate written(String text) {
    try {
      return OffsetDateTime.parse(text).toLocalDate();
    } catch (DateTimeException e) {
      return LocalDateTime.parse(text).toLocalDate(); // parse(text) read it, so this does too
    }
  }

  /**
   * Why a local time (one sent without an offset) names no instant because the clocks skip it in
   * spring, or null. Moving it an hour on, as {@link ZonedDateTime#ofLocal} does, would book a time
   * the owner never asked for.
   */
  private static String skipped(String text, ZoneId zone) {
    LocalDateTime local;
    try {
      OffsetDateTime.parse(text);
      return null; // an offset: an instant as sent
    } catch (DateTimeException e) {
      // perhaps local
    }
    try {
      local = LocalDateTime.parse(text);
    } catch (DateTimeException e) {
      return null;
    }
    ZoneOffsetTransition t = zone.getRules().getTransition(local);
    if (t == null || !t.isGap()) {
      return null;
    }
    return local.format(BookingAdmin.LOCAL)
        + " does not exist in "
        + zone.getId()
        + ": the clocks go forward from "
        + t.getDateTimeBefore().toLocalTime()
        + " to "
        + t.getDateTimeAfter().toLocalTime();
  }

  /**
   * A time as the owner reads it on the business's clock ("2027-10-31 02:30"); in the hour the
   * clocks repeat in autumn, with its offset ("2027-10-31 02:30 (+01:00)"), as it is there twice.
   */
  static String clock(Instant at, ZoneId zone) {
    ZonedDateTime z = at.atZone(zone);
    String local = z.format(BookingAdmin.LOCAL);
    return zone.getRules().getValidOffsets(z.toLocalDateTime()).size() > 1
        ? local + " (" + z.getOffset() + ")"
        : local;
  }

  private static Instant parse(String text, ZoneId zone) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeException e) {
      // not with an offset: perhaps local
    }
    try {
      return ZonedDateTime.ofLocal(LocalDateTime.parse(text), zone, null).toInstant();
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * A bound of a range: a time as {@link #instant}, or a day, which as a lower bound starts at its
   * beginning and as an upper bound ({@code end}) includes the whole day.
   */
  static Instant bound(Problems p, String field, String text, ZoneId zone, boolean end) {
    if (text == null) {
      return null;
    }
    if (text.length() != 10) {
      if (parse(text, zone) == null) {
        // A bound may be a day: say so, or "from=tomorrow" reads as if a time were required.
        p.add(field, "'" + text + "' is not " + DAY_OR_TIME);
        return null;
      }
      return instant(p, field, text, zone);
    }
    LocalDate day;
    try {
      day = LocalDate.parse(text);
    } catch (DateTimeException e) {
      p.add(field, "'" + text + "' is not " + DAY_OR_TIME);
      return null;
    }
    if (!inYears(day)) {
      outsideYears(p, field, text); // the day as sent, not the time it stands for
      return null;
    }
    // An upper bound of 2999-12-31 ends at the first moment of 3000, which Postgres holds.
    return (end ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
  }
}
