package io.bookline.booking;

import io.bookline.booking.WhyNotFree.Reason;
import io.bookline.understanding.Slots;
import io.bookline.understanding.TimeQualifier;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Why a time the owner asked for cannot be booked, as one English sentence for the owner API: the
 * chat's {@link WhyNotFree} rules in the same order, so the owner reads the rule her own settings
 * make ("the business is closed on Tue 1 Dec: Holiday", "Lena works 09:00–13:00, 15:00–19:00 on
 * Tuesdays") instead of a list of everything it might be. Pure.
 */
public final class OwnerReasons {
  private OwnerReasons() {}

  /**
   * Why {@code start} is not free for the service (with the staff member, when one is named).
   *
   * @param catalog the catalog as the owner books by it (no notice period)
   * @param asOf the moment the owner's booking counts from: the start of a day already begun
   */
  public static String why(
      Catalog catalog, Service service, Long staff, Instant start, Instant asOf) {
    ZoneId zone = catalog.business().zone();
    LocalDate day = start.atZone(zone).toLocalDate();
    LocalTime time = start.atZone(zone).toLocalTime();
    Slots wish = new Slots(service.id(), day, time, TimeQualifier.AT, null, staff);
    return sentence(WhyNotFree.explain(catalog, service, day, wish, start, asOf));
  }

  static String sentence(Reason reason) {
    return switch (reason) {
      case Reason.DayPassed r -> r.day() + " has passed";
      case Reason.BeyondHorizon r ->
          "bookings are taken "
              + r.days()
              + " days ahead, until "
              + r.lastDay()
              + " (Bookable days ahead, on the Hours page)";
      case Reason.Closed r ->
          (r.closure().resourceId() == null ? "the business is closed" : "staff leave")
              + " on "
              + r.day()
              + (r.closure().reason() == null || r.closure().reason().isBlank()
                  ? ""
                  : ": " + r.closure().reason());
      case Reason.ClosedWeekday r -> "the business is closed on " + plural(r.weekday());
      case Reason.OutsideHours r ->
          "the business is open " + windows(r.hours()) + " on " + plural(r.day().getDayOfWeek());
      case Reason.EndsAfterClosing r ->
          r.service().name()
              + " takes "
              + r.service().duration().toMinutes()
              + " min: from "
              + r.start()
              + " it would end after closing at "
              + r.closes();
      case Reason.OffGrid r ->
          "appointments start every "
              + r.interval().toMinutes()
              + " minutes, not at "
              + r.asked()
              + " (Slot interval, on the Hours page)";
      case Reason.StaffCannot r -> r.staff().name() + " does not do " + r.service().name();
      case Reason.StaffOff r -> r.staff().name() + " does not work on " + r.day();
      case Reason.OutsideStaffHours r ->
          r.staff().name()
              + " works "
              + windows(r.hours())
              + " on "
              + plural(r.day().getDayOfWeek());
      case Reason.NoStaff r -> "no one who does " + r.service().name() + " works then";
      case Reason.Passed r -> "that time has passed";
      case Reason.Notice r -> "bookings need " + r.notice().toMinutes() + " minutes' notice";
      case Reason.Taken r -> "another booking is at that time";
    };
  }

  private static String windows(List<OpeningInterval> hours) {
    return hours.stream().map(w -> w.opens() + "–" + w.closes()).collect(Collectors.joining(", "));
  }

  private static String plural(DayOfWeek weekday) {
    return weekday.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + "s";
  }
}
