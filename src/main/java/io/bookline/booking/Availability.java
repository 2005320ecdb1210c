package io.bookline.booking;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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
    Business b = catalog.business();
    ZoneId zone = b.zone();
    LocalDate today = now.atZone(zone).toLocalDate();
    if (day.isBefore(today) || day.isAfter(today.plusDays(b.horizonDays()))) {
      return List.of();
    }
    if (catalog.closureOn(day).isPresent()) {
      return List.of();
    }
    List<Resource> able = new ArrayList<>(catalog.resourcesFor(service, onlyResource));
    if (able.isEmpty()) {
      return List.of();
    }
    // Spread work: try the resource with the least booked time that day first.
    Instant dayStart = day.atStartOfDay(zone).toInstant();
    Instant dayEnd = day.plusDays(1).atStartOfDay(zone).toInstant();
    able.sort(
        Comparator.comparing((Resource r) -> bookedOn(r.id(), busy, dayStart, dayEnd))
            .thenComparing(Resource::id));
    Instant earliest = now.plus(b.minNotice());
    Duration step = b.slotInterval();
    List<Slot> out = new ArrayList<>();
    for (OpeningInterval window : catalog.hoursOn(day.getDayOfWeek())) {
      Instant close = local(day.atTime(window.closes()), zone);
      LocalTime t = window.opens();
      while (true) {
        LocalDateTime ldt = day.atTime(t);
        if (!zone.getRules().getValidOffsets(ldt).isEmpty()) {
          Instant start = local(ldt, zone);
          Instant end = start.plus(service.duration());
          if (end.isAfter(close)) {
            break;
          }
          if (!start.isBefore(earliest)) {
            Instant from = start.minus(service.bufferBefore());
            Instant until = end.plus(service.bufferAfter());
            for (Resource r : able) {
              if (works(r, day, start, end, zone)
                  && busy.stream().noneMatch(x -> x.overlaps(r.id(), from, until))) {
                out.add(new Slot(start, end, from, until, r.id()));
                break;
              }
            }
          }
        }
        LocalTime next = t.plus(step);
        if (!next.isAfter(t)) {
          break; // wrapped past midnight
        }
        t = next;
      }
    }
    out.sort(Comparator.comparing(Slot::start));
    return out;
  }

  /** Whether an appointment falls inside the resource's own working hours (if it has any). */
  private static boolean works(Resource r, LocalDate day, Instant start, Instant end, ZoneId zone) {
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

  /** Up to {@code limit} slots of one day nearest to a wanted local time, in time order. */
  public static List<Slot> nearestOnDay(List<Slot> daySlots, Instant wanted, int limit) {
    return daySlots.stream()
        .sorted(
            Comparator.comparing((Slot s) -> Duration.between(s.start(), wanted).abs())
                .thenComparing(Slot::start))
        .limit(limit)
        .sorted(Comparator.comparing(Slot::start))
        .toList();
  }
}
