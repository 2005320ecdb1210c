package io.bookline.booking;

import io.bookline.booking.FreeTimes.Found;
import io.bookline.understanding.PartOfDay;
import io.bookline.understanding.Reading;
import io.bookline.understanding.Slots;
import io.bookline.understanding.TimeShift;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * "As soon as possible", "frühestmöglich", "cuanto antes" ({@link TimeShift#SOONEST}): the first
 * free times of the service held, from now (or from the day named, or picked and asked the time
 * of), in the part of the day named; the free slots already respect the hours, closures, bookings,
 * notice and the service's length. Without a service there is nothing to search yet: the service is
 * asked as usual, and its first free times are offered once it is known (ADR 0058).
 */
final class SoonestTimes {
  private SoonestTimes() {}

  /** Whether the reading asks for the first free times and a service is held to search them. */
  static boolean possible(DialogueState s, Reading r) {
    return r.shift() == TimeShift.SOONEST && s.slots().serviceId() != null;
  }

  /**
   * Offers the first free times the reading asks for; returns false, doing nothing, when it asks
   * for none or names a clock time of its own. Asked before the service is known ("I need an
   * appointment asap"), the wish is kept and returns false: the service is asked first.
   */
  static boolean offer(Turn t, Reading r) {
    if (r.shift() != TimeShift.SOONEST || r.time() != null) {
      return false;
    }
    if (r.choice() != null && r.date() == null && !t.state().offers().isEmpty()) {
      // "the earliest one" of the times just listed picks the first of them (ADR 0091).
      return false;
    }
    Optional<Service> service = t.catalog().service(t.slots().serviceId());
    if (service.isEmpty()) {
      t.update(s -> s.withSoonest(true));
      return false;
    }
    // "so früh wie möglich" at the times of the day picked: that day's first times, not today's.
    boolean dayPicked = t.slots().date() != null && t.state().awaiting() == Step.TIME;
    LocalDate from = r.date() == null && !dayPicked ? t.today() : t.slots().date();
    first(t, service.get(), from, r.partOfDay());
    return true;
  }

  /**
   * The first free times asked for before the service was known, once it is and no day has been
   * named since; returns whether they were offered.
   */
  static boolean kept(Turn t, Service service) {
    if (!t.state().soonest()) {
      return false;
    }
    if (t.slots().date() != null) {
      // A day named answers "asap": a day dropped later (closed, nothing free) is asked again.
      t.update(s -> s.withSoonest(false));
      return false;
    }
    first(t, service, t.today(), t.slots().partOfDay());
    return true;
  }

  private static void first(Turn t, Service service, LocalDate from, PartOfDay part) {
    Long staff = t.slots().resourceId();
    Found found =
        FreeTimes.soonest(
            t.offerable(service, staff, null), from, Slots.NONE.withPartOfDay(part), t.zone());
    Slots held = t.slots().withTime(null, null).withPartOfDay(part);
    if (!(found instanceof Found.NextDay first)) {
      t.update(
          s ->
              s.withSlots(held.withDate(null))
                  .withOffers(List.of(), null)
                  .withSoonest(false)
                  .withAwaiting(Step.DATE));
      t.ask(t.dayOptions(), "offer.none_ahead", FreeTimes.SEARCH_DAYS);
      return;
    }
    t.update(
        s ->
            s.withSlots(held.withDate(first.day())).withOffers(List.of(), null).withSoonest(false));
    t.say("offer.soonest", t.phrases().name(service), t.phrases().day(first.day()));
    TimeOffers.offer(t, service, first.slots(), false);
  }
}
