package io.bookline.booking;

import io.bookline.booking.FreeTimes.Found;
import io.bookline.understanding.Slots;
import io.bookline.understanding.TimeQualifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Offers free times for the day the customer chose: runs the {@link FreeTimes} search and says what
 * it found, or why there is nothing and what comes closest.
 */
final class TimeOffers {

  /**
   * Offers times for the chosen service and day; returns true instead when exactly the time asked
   * for is free, which is then pending confirmation.
   */
  boolean offerTimes(Turn t) {
    Service service = t.catalog().service(t.slots().serviceId()).orElseThrow();
    LocalDate day = t.slots().date();
    if (!bookable(t, day)) {
      return false;
    }
    Slots wish = t.slots();
    Long resource = wish.resourceId();
    Found found = FreeTimes.search(d -> t.freeSlots(service, d, resource), day, wish, t.zone());
    if (found instanceof Found.Exact exact) {
      Offer o = t.offer(exact.slot(), service);
      t.update(s -> s.withOffers(List.of(o), o));
      return true;
    }
    lead(t, found, day, wish);
    if (!found.slots().isEmpty()) {
      offer(t, service, found.slots(), found instanceof Found.Nearest);
    }
    return false;
  }

  /** Says what was found (or why nothing was) before the times themselves. */
  private static void lead(Turn t, Found found, LocalDate day, Slots wish) {
    Phrases say = t.phrases();
    switch (found) {
      case Found.Exact exact -> throw new IllegalArgumentException("an exact time is not offered");
      case Found.Nearest nearest -> {
        if (!t.justTaken()) {
          t.say("offer.nothing_at", say.time(wish.time()), say.day(day));
        }
        t.say("offer.nearest");
      }
      case Found.OtherTimes other -> t.say("offer.other_times", window(t, wish), say.day(day));
      case Found.Around around -> t.say("offer.around", say.time(wish.time()), say.day(day));
      case Found.OnDay onDay -> t.say("offer.on", say.day(day));
      case Found.NextDay next -> {
        whyNothing(t, day, wish);
        t.update(s -> s.withSlots(wish.withDate(next.day())));
        t.say("offer.next_day", say.day(next.day()));
      }
      case Found.NoneAhead none -> {
        whyNothing(t, day, wish);
        t.update(s -> s.withAwaiting(Step.DATE).withSlots(wish.withDate(null)));
        t.ask(t.dayOptions(), "offer.none_ahead", FreeTimes.SEARCH_DAYS);
      }
    }
  }

  /** Whether the day can be booked at all; if not, says why and asks for another. */
  private static boolean bookable(Turn t, LocalDate day) {
    LocalDate today = t.today();
    int horizon = t.catalog().business().horizonDays();
    if (!day.isBefore(today) && !day.isAfter(today.plusDays(horizon))) {
      return true;
    }
    t.update(s -> s.withSlots(s.slots().withDate(null)).withAwaiting(Step.DATE));
    if (day.isBefore(today)) {
      t.say("offer.passed", t.phrases().day(day));
      t.ask(t.dayOptions(), "ask.day");
    } else {
      t.ask(t.dayOptions(), "offer.beyond", horizon, t.phrases().day(today.plusDays(horizon)));
    }
    return false;
  }

  /** Why nothing was found on the day: the time asked is taken, or the day is closed or full. */
  private static void whyNothing(Turn t, LocalDate day, Slots wish) {
    Phrases say = t.phrases();
    Catalog catalog = t.catalog();
    if (FreeTimes.isExactTime(wish)) {
      t.say("offer.nothing_at", say.time(wish.time()), say.day(day));
    } else if (catalog.closureOn(day).isPresent()) {
      String reason = catalog.closureOn(day).get().reason();
      if (reason == null) {
        t.say("closed.on", say.day(day));
      } else {
        t.say("closed.on_because", say.day(day), reason);
      }
    } else if (catalog.hoursOn(day.getDayOfWeek()).isEmpty()) {
      t.say("closed.weekday", day.getDayOfWeek().getValue());
    } else if (catalog.resource(wish.resourceId()).isPresent()) {
      t.say("full.day_for", say.day(day), catalog.resource(wish.resourceId()).get().name());
    } else {
      t.say("full.day", say.day(day));
    }
  }

  /** The window asked for, as in "nothing is free after 16:00". */
  private static String window(Turn t, Slots wish) {
    Phrases say = t.phrases();
    if (wish.time() != null && wish.qualifier() == TimeQualifier.AFTER) {
      return say.text("window.after", say.time(wish.time()));
    }
    if (wish.time() != null && wish.qualifier() == TimeQualifier.BEFORE) {
      return say.text("window.before", say.time(wish.time()));
    }
    if (wish.partOfDay() != null) {
      return switch (wish.partOfDay()) {
        case MORNING -> say.text("window.morning");
        case AFTERNOON -> say.text("window.afternoon");
        case EVENING -> say.text("window.evening");
      };
    }
    return say.text("window.any");
  }

  /** Shows the slots as options; with days when they span several and the caller wants them. */
  private static void offer(Turn t, Service service, List<Slot> slots, boolean showDays) {
    LocalDate first = slots.get(0).start().atZone(t.zone()).toLocalDate();
    boolean multipleDays =
        slots.stream().anyMatch(x -> !x.start().atZone(t.zone()).toLocalDate().equals(first));
    List<Offer> offers = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    for (Slot slot : slots) {
      offers.add(t.offer(slot, service));
      labels.add(
          showDays && multipleDays
              ? t.phrases().when(slot.start())
              : t.phrases().time(slot.start()));
    }
    t.update(s -> s.withOffers(offers, null).withAwaiting(Step.TIME));
    t.ask(labels, "offer.times", String.join(", ", labels));
  }
}
