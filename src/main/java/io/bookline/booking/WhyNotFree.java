package io.bookline.booking;

import io.bookline.understanding.Slots;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Why nothing fits what a customer asked for on a day. The business's rules are tried in the order
 * a person at the desk would name them (the day, the opening hours, the start grid, the staff
 * member's hours, the notice period); only when none rules the time out is it taken. Pure, like
 * {@link Availability}, whose rules these are, one by one.
 */
final class WhyNotFree {
  private WhyNotFree() {}

  /** One true reason; {@link ReasonSentences} says it. */
  sealed interface Reason {
    /** The day is before today. */
    record DayPassed(LocalDate day) implements Reason {}

    /** The day is further ahead than the business takes bookings. */
    record BeyondHorizon(int days, LocalDate lastDay) implements Reason {}

    /** A closure (holiday, vacation) covers the day. */
    record Closed(LocalDate day, Closure closure) implements Reason {}

    /** The business does not open on this weekday. */
    record ClosedWeekday(DayOfWeek weekday) implements Reason {}

    /** The time or window asked for lies outside the day's opening hours. */
    record OutsideHours(LocalDate day, List<OpeningInterval> hours) implements Reason {}

    /** The time asked for is open, but the service would end after closing. */
    record EndsAfterClosing(Service service, LocalTime start, LocalTime closes) implements Reason {}

    /** The time asked for is not one the business starts appointments at. */
    record OffGrid(Duration interval, LocalTime asked) implements Reason {}

    /** The staff member asked for does not perform the service. */
    record StaffCannot(Resource staff, Service service) implements Reason {}

    /** The staff member asked for does not work that day. */
    record StaffOff(Resource staff, LocalDate day) implements Reason {}

    /** The staff member asked for works that day, but not at the time asked for. */
    record OutsideStaffHours(Resource staff, LocalDate day, List<OpeningInterval> hours)
        implements Reason {}

    /** No one able to perform the service works at the time asked for. */
    record NoStaff(Service service, LocalDate day) implements Reason {}

    /** Today, and the time (or all of the window) asked for is already past. */
    record Passed() implements Reason {}

    /** The time is too soon: bookings need this much notice. */
    record Notice(Duration notice) implements Reason {}

    /** Everything allows it: it is booked. */
    record Taken() implements Reason {}
  }

  /** Whether the day can be booked at all: not before today, not beyond the horizon. */
  static Optional<Reason> day(Catalog c, LocalDate day, LocalDate today) {
    int horizon = c.business().horizonDays();
    if (day.isBefore(today)) {
      return Optional.of(new Reason.DayPassed(day));
    }
    if (day.isAfter(today.plusDays(horizon))) {
      return Optional.of(new Reason.BeyondHorizon(horizon, today.plusDays(horizon)));
    }
    return Optional.empty();
  }

  /**
   * Why nothing that fits the wish (an exact time, or a window, or the whole day) is free on the
   * day.
   */
  static Reason explain(Catalog c, Service s, LocalDate day, Slots wish, Instant now) {
    return explain(c, s, day, wish, null, now);
  }

  /**
   * As above; {@code exact}, when not null, is the instant asked for (the owner API's, which names
   * its offset), so the repeated hour of an autumn day is judged at the occurrence asked for.
   */
  static Reason explain(
      Catalog c, Service s, LocalDate day, Slots wish, Instant exact, Instant now) {
    ZoneId zone = c.business().zone();
    Optional<Reason> closed = closed(c, day, now.atZone(zone).toLocalDate());
    if (closed.isPresent()) {
      return closed.get();
    }
    List<OpeningInterval> hours = c.hoursOn(day.getDayOfWeek());
    List<Instant> starts = Availability.startsOn(c, day, s.duration(), exact != null);
    List<Instant> asked;
    if (FreeTimes.isExactTime(wish)) {
      Instant at = exact != null ? exact : FreeTimes.at(day, wish.time(), zone);
      Optional<Reason> outside = outsideHours(c, s, day, hours, at, starts);
      if (outside.isPresent()) {
        return outside.get();
      }
      asked = List.of(at);
    } else {
      asked = fitting(starts, s, wish, zone);
      if (asked.isEmpty()) {
        return new Reason.OutsideHours(day, hours);
      }
    }
    return staffAndTime(c, s, day, wish, asked, now);
  }

  private static Optional<Reason> closed(Catalog c, LocalDate day, LocalDate today) {
    Optional<Reason> notBookable = day(c, day, today);
    if (notBookable.isPresent()) {
      return notBookable;
    }
    Optional<Closure> closure = c.closureOn(day);
    if (closure.isPresent()) {
      return Optional.of(new Reason.Closed(day, closure.get()));
    }
    if (c.hoursOn(day.getDayOfWeek()).isEmpty()) {
      return Optional.of(new Reason.ClosedWeekday(day.getDayOfWeek()));
    }
    return Optional.empty();
  }

  /** An exact time outside every window, running past closing, or off the start grid. */
  private static Optional<Reason> outsideHours(
      Catalog c,
      Service s,
      LocalDate day,
      List<OpeningInterval> hours,
      Instant at,
      List<Instant> starts) {
    ZoneId zone = c.business().zone();
    for (OpeningInterval w : hours) {
      Instant close = FreeTimes.at(day, w.closes(), zone);
      if (!at.isBefore(FreeTimes.at(day, w.opens(), zone)) && at.isBefore(close)) {
        LocalTime start = at.atZone(zone).toLocalTime();
        if (at.plus(s.duration()).isAfter(close)) {
          return Optional.of(new Reason.EndsAfterClosing(s, start, w.closes()));
        }
        return starts.contains(at)
            ? Optional.empty()
            : Optional.of(new Reason.OffGrid(c.business().slotInterval(), start));
      }
    }
    return Optional.of(new Reason.OutsideHours(day, hours));
  }

  /** Start times on the grid that respect the window asked for (all of them when none was). */
  private static List<Instant> fitting(List<Instant> starts, Service s, Slots wish, ZoneId zone) {
    List<Slot> all = new ArrayList<>();
    for (Instant start : starts) {
      Instant end = start.plus(s.duration());
      all.add(new Slot(start, end, start, end, 0));
    }
    return FreeTimes.fitting(all, wish, zone).stream().map(Slot::start).toList();
  }

  /** The staff member's hours, then the clock: past, inside the notice period, or taken. */
  private static Reason staffAndTime(
      Catalog c, Service s, LocalDate day, Slots wish, List<Instant> asked, Instant now) {
    ZoneId zone = c.business().zone();
    Optional<Resource> chosen = c.resource(wish.resourceId());
    if (chosen.isPresent() && !chosen.get().serviceIds().contains(s.id())) {
      return new Reason.StaffCannot(chosen.get(), s);
    }
    if (chosen.isPresent() && c.onLeave(chosen.get().id(), day)) {
      return new Reason.StaffOff(chosen.get(), day);
    }
    List<Resource> able =
        c.resourcesFor(s, wish.resourceId()).stream().filter(r -> !c.onLeave(r.id(), day)).toList();
    List<Instant> staffed =
        asked.stream()
            .filter(
                a ->
                    able.stream()
                        .anyMatch(r -> Availability.works(r, day, a, a.plus(s.duration()), zone)))
            .toList();
    if (staffed.isEmpty()) {
      if (chosen.isEmpty() || chosen.get().hoursOn(day.getDayOfWeek()) == null) {
        return new Reason.NoStaff(s, day);
      }
      List<OpeningInterval> own = chosen.get().hoursOn(day.getDayOfWeek());
      return own.isEmpty()
          ? new Reason.StaffOff(chosen.get(), day)
          : new Reason.OutsideStaffHours(chosen.get(), day, own);
    }
    Instant earliest = now.plus(c.business().minNotice());
    if (staffed.stream().allMatch(a -> a.isBefore(earliest))) {
      return staffed.stream().allMatch(a -> a.isBefore(now))
          ? new Reason.Passed()
          : new Reason.Notice(c.business().minNotice());
    }
    return new Reason.Taken();
  }
}
