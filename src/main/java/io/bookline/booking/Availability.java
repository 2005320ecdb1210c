package io.bookline.booking;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Free start times, computed from opening hours, closures, booking rules and what is already
 * booked. Pure: every input is passed in, including "now", so it is tested without a clock or a
 * database. Times are business-local; instants are computed per day so daylight-saving changes
 * neither invent nor lose an hour of appointments.
 */
public final class Availability {
  private Availability() {}

  /**
   * Free slots for a service on a day, one per start time, earliest first.
   *
   * @param onlyResource a staff member the customer asked for, or null for anyone able
   * @param busy confirmed bookings that may overlap the day
   */
  public static List<Slot> freeSlots(
      Catalog catalog,
      Service service,
      LocalDate day,
      Long onlyResource,
      List<Busy> busy,
      Instant now) {
    return free(catalog, service, day, onlyResource, busy, now, false);
  }

  /**
   * As {@link #freeSlots}, and on the day the clocks go back also the repeated hour's second
   * occurrence (02:00–02:59 at the later offset): the owner API names every time by its offset, so
   * it can offer and book both. The chat does not: a customer who says "2:30" cannot tell the two
   * apart (ADR 0114).
   */
  public static List<Slot> everyFreeSlot(
      Catalog catalog,
      Service service,
      LocalDate day,
      Long onlyResource,
      List<Busy> busy,
      Instant now) {
    return free(catalog, service, day, onlyResource, busy, now, true);
  }

  private static List<Slot> free(
      Catalog catalog,
      Service service,
      LocalDate day,
      Long onlyResource,
      List<Busy> busy,
      Instant now,
      boolean repeatedHour) {
    Business b = catalog.business();
    ZoneId zone = b.zone();
    LocalDate today = now.atZone(zone).toLocalDate();
    if (day.isBefore(today) || day.isAfter(today.plusDays(b.horizonDays()))) {
      return List.of();
    }
    if (catalog.closureOn(day).isPresent()) {
      return List.of();
    }
    List<Resource> working =
        catalog.resourcesFor(service, onlyResource).stream()
            .filter(r -> !catalog.onLeave(r.id(), day))
            .toList();
    List<Resource> able = leastBookedFirst(working, busy, day, zone);
    if (able.isEmpty()) {
      return List.of();
    }
    Instant earliest = now.plus(b.minNotice());
    List<Slot> out = new ArrayList<>();
    for (Instant start : startsOn(catalog, day, service.duration(), repeatedHour)) {
      if (!start.isBefore(earliest)) {
        firstFree(able, service, day, start, busy, zone).ifPresent(out::add);
      }
    }
    out.sort(Comparator.comparing(Slot::start));
    return out;
  }

  /** Spreads work: the resource with the least booked time that day is tried first. */
  private static List<Resource> leastBookedFirst(
      List<Resource> able, List<Busy> busy, LocalDate day, ZoneId zone) {
    Instant dayStart = day.atStartOfDay(zone).toInstant();
    Instant dayEnd = day.plusDays(1).atStartOfDay(zone).toInstant();
    List<Resource> sorted = new ArrayList<>(able);
    sorted.sort(
        Comparator.comparing((Resource r) -> bookedOn(r.id(), busy, dayStart, dayEnd))
            .thenComparing(Resource::id));
    return sorted;
  }

  /**
   * Start times on the business's grid in every opening window of a day, window by window (see
   * {@link #starts}): where free times are looked for, and what a time asked for is judged against.
   */
  static List<Instant> startsOn(
      Catalog catalog, LocalDate day, Duration length, boolean repeatedHour) {
    Business b = catalog.business();
    List<Instant> out = new ArrayList<>();
    for (OpeningInterval window : catalog.hoursOn(day.getDayOfWeek())) {
      out.addAll(starts(day, window, length, b.slotInterval(), b.zone(), repeatedHour));
    }
    return out;
  }

  /**
   * Start times on the business's grid in one opening window, for appointments that end by closing
   * time. A local time that a daylight-saving gap skips is not a start time; one that the clocks
   * going back repeat is a start time at its earlier offset, and with {@code repeatedHour} at its
   * later one too. Earliest first.
   */
  static List<Instant> starts(
      LocalDate day,
      OpeningInterval window,
      Duration length,
      Duration step,
      ZoneId zone,
      boolean repeatedHour) {
    Instant close = local(day.atTime(window.closes()), zone);
    List<Instant> out = new ArrayList<>();
    LocalTime t = window.opens();
    while (true) {
      LocalDateTime ldt = day.atTime(t);
      List<ZoneOffset> offsets = zone.getRules().getValidOffsets(ldt);
      // Earlier offsets first: +02:00 before +01:00 in Berlin's autumn overlap.
      for (int i = 0; i < (repeatedHour ? offsets.size() : Math.min(1, offsets.size())); i++) {
        Instant start = ldt.toInstant(offsets.get(i));
        if (!start.plus(length).isAfter(close)) {
          out.add(start);
        }
      }
      if (!offsets.isEmpty() && local(ldt, zone).plus(length).isAfter(close)) {
        break;
      }
      LocalTime next = t.plus(step);
      if (!next.isAfter(t)) {
        break; // wrapped past midnight
      }
      t = next;
    }
    out.sort(Comparator.naturalOrder());
    return out;
  }

  /** The first resource (in the order given) free for the appointment, buffers included. */
  private static Optional<Slot> firstFree(
      List<Resource> able,
      Service service,
      LocalDate day,
      Instant start,
      List<Busy> busy,
      ZoneId zone) {
    Instant end = start.plus(service.duration());
    Instant from = start.minus(service.bufferBefore());
    Instant until = end.plus(service.bufferAfter());
    for (Resource r : able) {
      if (works(r, day, start, end, zone)
          && busy.stream().noneMatch(x -> x.overlaps(r.id(), from, until))) {
        return Optional.of(new Slot(start, end, from, until, r.id()));
      }
    }
    return Optional.empty();
  }

  /** Whether an appointment falls inside the resource's own working hours (if it has any). */
  static boolean works(Resource r, LocalDate day, Instant start, Instant end, ZoneId zone) {
    List<OpeningInterval> own = r.hoursOn(day.getDayOfWeek());
    if (own == null) {
      return true;
    }
    for (OpeningInterval w : own) {
      if (!start.isBefore(local(day.atTime(w.opens()), zone))
          && !end.isAfter(local(day.atTime(w.closes()), zone))) {
        return true;
      }
    }
    return false;
  }

  /** The instant of a business-local time; in an autumn overlap the earlier one. */
  public static Instant local(LocalDateTime ldt, ZoneId zone) {
    return ZonedDateTime.ofLocal(ldt, zone, null).toInstant();
  }

  private static Duration bookedOn(long resource, List<Busy> busy, Instant from, Instant until) {
    Duration d = Duration.ZERO;
    for (Busy x : busy) {
      if (x.resourceId() == resource && x.from().isBefore(until) && from.isBefore(x.until())) {
        d = d.plus(Duration.between(x.from(), x.until()));
      }
    }
    return d;
  }
}
