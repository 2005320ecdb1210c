package io.bookline.booking;

import io.bookline.understanding.Slots;
import io.bookline.understanding.TimeQualifier;
import io.bookline.understanding.TimeShift;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The free-time search: which of the free slots to offer for what the customer wished on a day.
 * Pure, like {@link Availability}: the free slots of a day come from a function, so the search is
 * tested without storage. It decides what to offer; the dialogue decides how to say it.
 */
final class FreeTimes {
  /** Most times offered at once: enough to choose from, few enough to read on a phone. */
  static final int MAX_OFFERS = 6;

  /** How many following days are searched for a free time when the asked day has none. */
  static final int SEARCH_DAYS = 14;

  /** How many times near a taken one are offered. */
  static final int NEAREST = 3;

  /** How many following days are tried for the same time when the asked time is taken. */
  static final int SAME_TIME_DAYS = 7;

  private FreeTimes() {}

  /** The free slots of one day, for the staff member wished for, if any. */
  @FunctionalInterface
  interface DaySlots {
    List<Slot> on(LocalDate day);
  }

  /** What the search found for a wish on a day. */
  sealed interface Found {
    /** The times to offer, earliest first; none when nothing is free. */
    List<Slot> slots();

    /** The exact time asked for is free. */
    record Exact(Slot slot) implements Found {
      @Override
      public List<Slot> slots() {
        return List.of(slot);
      }
    }

    /** The time asked for is taken: the nearest free times that day, the same time a later day. */
    record Nearest(List<Slot> slots) implements Found {}

    /** Nothing fits the time window asked for: other times that day. */
    record OtherTimes(List<Slot> slots) implements Found {}

    /** Free times around the time asked for. */
    record Around(List<Slot> slots) implements Found {}

    /** Free times of the day that fit the wish. */
    record OnDay(List<Slot> slots) implements Found {}

    /** Nothing that day: the first of the following days with something. */
    record NextDay(LocalDate day, List<Slot> slots) implements Found {}

    /** Nothing that day nor in the following {@link #SEARCH_DAYS} days. */
    record NoneAhead() implements Found {
      @Override
      public List<Slot> slots() {
        return List.of();
      }
    }
  }

  /** What to offer for a wish (time, qualifier, part of the day) on a day. */
  static Found search(DaySlots free, LocalDate day, Slots wish, ZoneId zone) {
    List<Slot> daySlots = free.on(day);
    LocalTime wanted = wish.time();
    if (isExactTime(wish)) {
      Instant at = at(day, wanted, zone);
      Optional<Slot> exact = daySlots.stream().filter(x -> x.start().equals(at)).findFirst();
      if (exact.isPresent()) {
        return new Found.Exact(exact.get());
      }
      if (daySlots.isEmpty()) {
        // A closed or full day: the next day with times near it, not one stray time.
        return laterDay(free, day, wish, zone);
      }
      List<Slot> alternatives = new ArrayList<>(nearest(daySlots, at, NEAREST));
      sameTimeOtherDay(free, day, wanted, zone).ifPresent(alternatives::add);
      return alternatives.isEmpty()
          ? laterDay(free, day, wish, zone)
          : new Found.Nearest(alternatives);
    }
    if (wish.qualifier() == TimeQualifier.AROUND && wanted != null) {
      // "So gegen 3", "around 10": when 15:00 or 10:00 itself is free, it is proposed as if said
      // exactly; only a taken one brings the free times around it.
      Instant at = at(day, wanted, zone);
      Optional<Slot> exact = daySlots.stream().filter(x -> x.start().equals(at)).findFirst();
      if (exact.isPresent()) {
        return new Found.Exact(exact.get());
      }
    }
    List<Slot> fitting = fitting(daySlots, wish, zone);
    if (fitting.isEmpty()) {
      return daySlots.isEmpty()
          ? laterDay(free, day, wish, zone)
          : new Found.OtherTimes(spread(daySlots));
    }
    if (wish.qualifier() == TimeQualifier.AROUND && wanted != null) {
      return new Found.Around(nearest(fitting, at(day, wanted, zone), MAX_OFFERS));
    }
    return new Found.OnDay(spread(fitting));
  }

  /**
   * "Anything later?": the free times of the day strictly later (or earlier) than {@code from},
   * spread over what is left; when none is left, the next day with free times, any time that day.
   */
  static Found shifted(DaySlots free, LocalDate day, Instant from, TimeShift shift, ZoneId zone) {
    List<Slot> left =
        free.on(day).stream()
            .filter(
                x -> shift == TimeShift.LATER ? x.start().isAfter(from) : x.start().isBefore(from))
            .toList();
    return left.isEmpty() ? laterDay(free, day, Slots.NONE, zone) : new Found.OnDay(spread(left));
  }

  /** Whether the wish is one exact clock time ("at 4"), not a window. */
  static boolean isExactTime(Slots wish) {
    return wish.time() != null && wish.qualifier() == TimeQualifier.AT;
  }

  /**
   * The first of the following days with a time that fits: near the time asked, or in its window.
   */
  static Found laterDay(DaySlots free, LocalDate day, Slots wish, ZoneId zone) {
    for (int i = 1; i <= SEARCH_DAYS; i++) {
      LocalDate d = day.plusDays(i);
      List<Slot> all = free.on(d);
      List<Slot> slots =
          isExactTime(wish)
              ? nearest(all, at(d, wish.time(), zone), NEAREST)
              : fitting(all, wish, zone);
      if (!slots.isEmpty()) {
        return new Found.NextDay(d, spread(slots));
      }
    }
    return new Found.NoneAhead();
  }

  /**
   * "As soon as possible": the first day from {@code from} on with times in the wish's window, and
   * its {@link #NEAREST} earliest; {@link Found.NoneAhead} when none is free within {@link
   * #SEARCH_DAYS} days.
   */
  static Found soonest(DaySlots free, LocalDate from, Slots wish, ZoneId zone) {
    for (int i = 0; i <= SEARCH_DAYS; i++) {
      LocalDate d = from.plusDays(i);
      List<Slot> slots = fitting(free.on(d), wish, zone);
      if (!slots.isEmpty()) {
        return new Found.NextDay(d, slots.subList(0, Math.min(NEAREST, slots.size())));
      }
    }
    return new Found.NoneAhead();
  }

  /** The same clock time on one of the following days, the earliest that is free. */
  static Optional<Slot> sameTimeOtherDay(
      DaySlots free, LocalDate day, LocalTime wanted, ZoneId zone) {
    for (int i = 1; i <= SAME_TIME_DAYS; i++) {
      LocalDate d = day.plusDays(i);
      Instant at = at(d, wanted, zone);
      Optional<Slot> same = free.on(d).stream().filter(x -> x.start().equals(at)).findFirst();
      if (same.isPresent()) {
        return same;
      }
    }
    return Optional.empty();
  }

  /** Slots that respect a stated window: after or before a time, or a part of the day. */
  static List<Slot> fitting(List<Slot> slots, Slots wish, ZoneId zone) {
    List<Slot> out = new ArrayList<>();
    for (Slot x : slots) {
      LocalTime start = x.start().atZone(zone).toLocalTime();
      LocalTime end = x.end().atZone(zone).toLocalTime();
      LocalTime t = wish.time();
      boolean tooEarly =
          t != null
              && (wish.qualifier() == TimeQualifier.AFTER && start.isBefore(t)
                  || wish.qualifier() == TimeQualifier.PAST && !start.isAfter(t));
      boolean tooLate = t != null && wish.qualifier() == TimeQualifier.BEFORE && end.isAfter(t);
      boolean outside = wish.partOfDay() != null && !wish.partOfDay().contains(start);
      if (!tooEarly && !tooLate && !outside) {
        out.add(x);
      }
    }
    return out;
  }

  /** At most {@link #MAX_OFFERS} slots spread evenly over the list, in time order. */
  static List<Slot> spread(List<Slot> slots) {
    if (slots.size() <= MAX_OFFERS) {
      return slots;
    }
    List<Slot> out = new ArrayList<>();
    double step = (slots.size() - 1) / (double) (MAX_OFFERS - 1);
    for (int i = 0; i < MAX_OFFERS; i++) {
      Slot x = slots.get((int) Math.round(i * step));
      if (out.isEmpty() || !out.get(out.size() - 1).equals(x)) {
        out.add(x);
      }
    }
    out.sort(Comparator.comparing(Slot::start));
    return out;
  }

  /** Up to {@code limit} slots nearest to an instant, in time order; ties go to the earlier. */
  static List<Slot> nearest(List<Slot> slots, Instant wanted, int limit) {
    return slots.stream()
        .sorted(
            Comparator.comparing((Slot s) -> Duration.between(s.start(), wanted).abs())
                .thenComparing(Slot::start))
        .limit(limit)
        .sorted(Comparator.comparing(Slot::start))
        .toList();
  }

  /** The instant of a business-local time on a day. */
  static Instant at(LocalDate day, LocalTime time, ZoneId zone) {
    return Availability.local(day.atTime(time), zone);
  }
}
