package io.bookline.booking;

import io.bookline.booking.FreeTimes.Found;
import io.bookline.understanding.Reading;
import io.bookline.understanding.Slots;
import io.bookline.understanding.TimeShift;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * "As soon as possible", "frühestmöglich", "cuanto antes" ({@link TimeShift#SOONEST}): the first
 * free times of the service held, from now (or from the day named), in the part of the day named;
 * the free slots already respect the hours, closures, bookings, notice and the service's length.
 * Without a service there is nothing to search yet: the service is asked as usual.
 */
final class SoonestTimes {
  private SoonestTimes() {}

  /** Whether the reading asks for the first free times and a service is held to search them. */
  static boolean possible(DialogueState s, Reading r) {
    return r.shift() == TimeShift.SOONEST && s.slots().serviceId() != null;
  }

  /**
   * Offers the first free times the reading asks for; returns false, doing nothing, when it asks
   * for none, names a clock time of its own, or no service is held.
   */
  static boolean offer(Turn t, Reading r) {
    if (r.shift() != TimeShift.SOONEST || r.time() != null) {
      return false;
    }
    Optional<Service> service = t.catalog().service(t.slots().serviceId());
    if (service.isEmpty()) {
      return false;
    }
    LocalDate from = r.date() == null ? t.today() : t.slots().date();
    Long staff = t.slots().resourceId();
    Found found =
        FreeTimes.soonest(
            d -> t.freeSlots(service.get(), d, staff),
            from,
            Slots.NONE.withPartOfDay(r.partOfDay()),
            t.zone());
    Slots held = t.slots().withTime(null, null).withPartOfDay(r.partOfDay());
    if (!(found instanceof Found.NextDay first)) {
      t.update(
          s ->
              s.withSlots(held.withDate(null)).withOffers(List.of(), null).withAwaiting(Step.DATE));
      t.ask(t.dayOptions(), "offer.none_ahead", FreeTimes.SEARCH_DAYS);
      return true;
    }
    t.update(s -> s.withSlots(held.withDate(first.day())).withOffers(List.of(), null));
    t.say("offer.soonest", t.phrases().name(service.get()), t.phrases().day(first.day()));
    TimeOffers.offer(t, service.get(), first.slots(), false);
    return true;
  }
}
