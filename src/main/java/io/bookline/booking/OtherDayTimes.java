package io.bookline.booking;

import io.bookline.booking.FreeTimes.Found;
import io.bookline.understanding.Reading;
import io.bookline.understanding.Slots;
import io.bookline.understanding.Unresolved;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * "None of those", "keiner davon passt", "ninguna de esas" or "another day" said to the times
 * offered for a booking: the service is kept and the next day with free times for it is offered;
 * with none within the search, the day is asked. Ending the booking there would lose a customer who
 * only needs another day.
 */
final class OtherDayTimes {
  private OtherDayTimes() {}

  /** Whether the reading turns down the day of the times offered for a booking. */
  static boolean possible(DialogueState s, Reading r) {
    return s.goal() == Goal.BOOK
        && s.awaiting() == Step.TIME
        && s.slots().date() != null
        && r.date() == null
        && r.time() == null
        && r.evidence().unresolved().stream()
            .anyMatch(u -> Unresolved.ANOTHER_DAY.equals(u.reason()));
  }

  /** Offers the next day's times when the reading turns down the day's; returns whether it did. */
  static boolean offer(Turn t, DialogueState before, Reading r) {
    LocalDate day = t.slots().date();
    Optional<Service> service = t.catalog().service(t.slots().serviceId());
    if (!possible(before, r) || day == null || service.isEmpty()) {
      return false;
    }
    Slots wish = t.slots().withTime(null, null);
    Found found =
        FreeTimes.laterDay(
            t.offerable(service.get(), wish.resourceId(), null), day, wish, t.zone());
    if (!(found instanceof Found.NextDay next)) {
      t.update(
          s ->
              s.withSlots(wish.withDate(null)).withOffers(List.of(), null).withAwaiting(Step.DATE));
      t.ask(t.dayOptions(), "ask.day");
      return true;
    }
    t.update(s -> s.withSlots(wish.withDate(next.day())).withOffers(List.of(), null));
    t.say("offer.next_day", t.phrases().day(next.day()));
    TimeOffers.offer(t, service.get(), next.slots(), false);
    return true;
  }
}
