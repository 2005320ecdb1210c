package io.bookline.owner;

import io.bookline.booking.Availability;
import io.bookline.booking.Business;
import io.bookline.booking.Busy;
import io.bookline.booking.Catalog;
import io.bookline.booking.OwnerReasons;
import io.bookline.booking.Service;
import io.bookline.booking.Slot;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Free times as the owner may book them: the chat's availability rules (opening hours, staff hours
 * and services, closures, the start grid, the booking horizon, what is booked) without the notice
 * period, and in the past too. Pure, like {@link Availability}, which it calls.
 */
final class OwnerSlots {
  /** How many free times a refused booking offers instead. */
  static final int NEAREST = 3;

  /** How many days after the one asked for are searched when that day has nothing free. */
  static final int SEARCH_DAYS = 14;

  private final Catalog catalog;
  private final Service service;
  private final Long staff;
  private final List<Busy> busy;
  private final Instant now;

  /**
   * @param staff the staff member asked for, or null for anyone able
   * @param busy bookings from the day asked for to {@link #SEARCH_DAYS} after, the booking being
   *     moved left out
   */
  OwnerSlots(Catalog catalog, Service service, Long staff, List<Busy> busy, Instant now) {
    Business b = catalog.business();
    Business noNotice =
        new Business(
            b.id(),
            b.slug(),
            b.name(),
            b.zone(),
            b.locale(),
            b.currency(),
            b.address(),
            Duration.ZERO,
            b.horizonDays(),
            b.slotInterval(),
            b.askForResource(),
            b.changeNotice());
    this.catalog =
        new Catalog(
            noNotice, catalog.services(), catalog.resources(), catalog.hours(), catalog.closures());
    this.service = service;
    this.staff = staff;
    this.busy = busy;
    this.now = now;
  }

  /** The free slot starting exactly at {@code start}, if there is one. */
  Optional<Slot> at(Instant start) {
    return on(day(start)).stream().filter(s -> s.start().equals(start)).findFirst();
  }

  /**
   * The free times nearest to {@code wanted} that day; when that day has none, the first times of
   * the next day that has some. Earliest first.
   */
  List<Slot> nearest(Instant wanted) {
    LocalDate day = day(wanted);
    List<Slot> free = on(day);
    for (int i = 1; free.isEmpty() && i <= SEARCH_DAYS; i++) {
      free = on(day.plusDays(i));
    }
    return free.stream()
        .sorted(
            Comparator.comparing((Slot s) -> Duration.between(s.start(), wanted).abs())
                .thenComparing(Slot::start))
        .limit(NEAREST)
        .sorted(Comparator.comparing(Slot::start))
        .toList();
  }

  /** Every free slot of the day, earliest first. */
  List<Slot> onDay(LocalDate day) {
    return on(day).stream().sorted(Comparator.comparing(Slot::start)).toList();
  }

  /** Why {@code start} is not free, by the rules these slots follow: one sentence. */
  String why(Instant start) {
    return OwnerReasons.why(catalog, service, staff, start, asOf(day(start)));
  }

  /** The day's free slots; a day already begun counts from its start, as the owner may book. */
  private List<Slot> on(LocalDate day) {
    return Availability.everyFreeSlot(catalog, service, day, staff, busy, asOf(day));
  }

  private Instant asOf(LocalDate day) {
    Instant dayStart = day.atStartOfDay(catalog.business().zone()).toInstant();
    return now.isBefore(dayStart) ? now : dayStart;
  }

  private LocalDate day(Instant i) {
    return i.atZone(catalog.business().zone()).toLocalDate();
  }

  /** The first instant whose bookings a search from {@code wanted} may need. */
  static Instant searchFrom(Catalog catalog, Instant wanted) {
    return wanted
        .atZone(catalog.business().zone())
        .toLocalDate()
        .atStartOfDay(catalog.business().zone())
        .toInstant();
  }

  /** The instant after which a search from {@code wanted} needs no bookings. */
  static Instant searchUntil(Catalog catalog, Instant wanted) {
    return wanted
        .atZone(catalog.business().zone())
        .toLocalDate()
        .plusDays(SEARCH_DAYS + 2L)
        .atStartOfDay(catalog.business().zone())
        .toInstant();
  }
}
