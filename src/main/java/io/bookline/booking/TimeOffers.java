package io.bookline.booking;

import io.bookline.booking.FreeTimes.Found;
import io.bookline.booking.WhyNotFree.Reason;
import io.bookline.understanding.Slots;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
    dropStaffWhoCannot(t, service);
    Slots wish = t.slots();
    Long resource = wish.resourceId();
    Instant named = FreeTimes.isExactTime(wish) ? FreeTimes.at(day, wish.time(), t.zone()) : null;
    Found found = FreeTimes.search(t.offerable(service, resource, named), day, wish, t.zone());
    if (found instanceof Found.Exact exact) {
      Offer o = t.offer(exact.slot(), service);
      t.update(s -> s.withOffers(List.of(o), o));
      return true;
    }
    lead(t, found, service, wish);
    if (!found.slots().isEmpty()) {
      offer(t, service, found.slots(), found instanceof Found.Nearest);
    }
    return false;
  }

  /** Says what was found (or the true reason nothing was) before the times themselves. */
  private static void lead(Turn t, Found found, Service service, Slots wish) {
    Phrases say = t.phrases();
    switch (found) {
      case Found.Exact exact -> throw new IllegalArgumentException("an exact time is not offered");
      case Found.Nearest nearest -> {
        whyNothing(t, service, wish);
        t.say("offer.nearest");
      }
      case Found.OtherTimes other -> {
        whyNothing(t, service, wish);
        t.say("offer.other_times");
      }
      case Found.Around around -> t.say("offer.free_for", say.wish(wish, true));
      case Found.OnDay onDay -> t.say("offer.free_for", say.wish(wish, true));
      case Found.NextDay next -> {
        whyNothing(t, service, wish);
        t.update(s -> s.withSlots(wish.withDate(next.day())));
        t.say("offer.next_day", say.day(next.day()));
      }
      case Found.NoneAhead none -> {
        whyNothing(t, service, wish);
        t.update(s -> s.withAwaiting(Step.DATE).withSlots(wish.withDate(null)));
        t.ask(t.dayOptions(), "offer.none_ahead", FreeTimes.SEARCH_DAYS);
      }
    }
  }

  /** Whether the day can be booked at all; if not, says why and asks for another. */
  private static boolean bookable(Turn t, LocalDate day) {
    Optional<Reason> not = WhyNotFree.day(t.catalog(), day, t.today());
    if (not.isEmpty()) {
      return true;
    }
    Slots wish = t.slots();
    t.update(s -> s.withSlots(s.slots().withDate(null)).withAwaiting(Step.DATE));
    ReasonSentences.say(t, not.get(), wish);
    t.ask(t.dayOptions(), "ask.day");
    return false;
  }

  /** A staff member who does not perform the service is said so and dropped: anyone will do. */
  private static void dropStaffWhoCannot(Turn t, Service service) {
    Optional<Resource> staff = t.catalog().resource(t.slots().resourceId());
    if (staff.isPresent() && !staff.get().serviceIds().contains(service.id())) {
      ReasonSentences.say(t, new Reason.StaffCannot(staff.get(), service), t.slots());
      t.update(s -> s.withSlots(s.slots().withResource(null)));
    }
  }

  /**
   * Says the true reason nothing fits the wish on its day, unless this turn said it already (a
   * pending time taken or closed meanwhile).
   */
  private static void whyNothing(Turn t, Service service, Slots wish) {
    if (t.explained()) {
      return;
    }
    Reason why =
        WhyNotFree.explain(t.catalog(), t.timed(service), wish.date(), wish, t.ctx().now());
    ReasonSentences.say(t, why, wish);
  }

  /**
   * Shows the slots as options; with their days when the caller wants them and any is on another
   * day than the one asked for.
   */
  static void offer(Turn t, Service service, List<Slot> slots, boolean showDays) {
    LocalDate asked = t.slots().date();
    boolean multipleDays =
        slots.stream().anyMatch(x -> !x.start().atZone(t.zone()).toLocalDate().equals(asked));
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
