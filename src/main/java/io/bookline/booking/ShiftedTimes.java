package io.bookline.booking;

import io.bookline.booking.FreeTimes.Found;
import io.bookline.understanding.Reading;
import io.bookline.understanding.Slots;
import io.bookline.understanding.TimeQualifier;
import io.bookline.understanding.TimeShift;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * "Anything later?", "etwas früher?", "¿más tarde?" ({@link TimeShift}): free times later or
 * earlier than the time under discussion, on its day. That time is the one picked (while the name
 * or the confirmation is asked), else the last of the times offered that day (the first, for
 * earlier), else the time asked for. When nothing is left that day, it is said so and the next day
 * with free times is offered.
 */
final class ShiftedTimes {
  private ShiftedTimes() {}

  /**
   * Whether the bot has offered or holds a time that a later or earlier one can be read against.
   */
  static boolean possible(DialogueState s) {
    boolean step =
        s.awaiting() == Step.TIME || s.awaiting() == Step.NAME || s.awaiting() == Step.CONFIRM;
    boolean held = s.slots().date() != null && s.slots().time() != null;
    return step && (s.pending() != null || !s.offers().isEmpty() || held);
  }

  /** The time under discussion in a state, for a shift either way; empty when there is none. */
  static Optional<Instant> reference(DialogueState s, TimeShift shift, ZoneId zone) {
    if (!possible(s)) {
      return Optional.empty();
    }
    if (s.pending() != null) {
      return Optional.of(s.pending().start());
    }
    LocalDate day = s.slots().date();
    if (day == null) {
      return Optional.empty();
    }
    Comparator<Instant> furthest =
        shift == TimeShift.LATER ? Comparator.naturalOrder() : Comparator.reverseOrder();
    Optional<Instant> shown =
        s.offers().stream()
            .map(Offer::start)
            .filter(start -> start.atZone(zone).toLocalDate().equals(day))
            .max(furthest);
    if (shown.isPresent() || s.slots().time() == null) {
      return shown;
    }
    return Optional.of(FreeTimes.at(day, s.slots().time(), zone));
  }

  /**
   * Offers the later or earlier times the reading asks for, read against the time under discussion
   * {@code before} the message; returns false, doing nothing, when the reading asks for none, names
   * a day or a time of its own, or there is nothing to read it against.
   */
  static boolean offer(Turn t, DialogueState before, Reading r) {
    if (r.shift() == null
        || r.shift() == TimeShift.SOONEST
        || r.time() != null
        || r.date() != null
        || r.partOfDay() != null) {
      return false;
    }
    ZoneId zone = t.zone();
    Optional<Instant> from = reference(before, r.shift(), zone);
    Optional<Service> service = t.catalog().service(t.slots().serviceId());
    if (from.isEmpty() || service.isEmpty()) {
      return false;
    }
    // "No, later": the time under discussion is turned down for this booking (ADR 0087).
    t.turnDown(from.get());
    LocalDate day = from.get().atZone(zone).toLocalDate();
    LocalTime at = from.get().atZone(zone).toLocalTime();
    Long staff = t.slots().resourceId();
    Found found =
        FreeTimes.shifted(
            t.offerable(service.get(), staff, null), day, from.get(), r.shift(), zone);
    boolean later = r.shift() == TimeShift.LATER;
    Slots held = t.slots().withPartOfDay(null);
    Phrases say = t.phrases();
    t.update(s -> s.withOffers(List.of(), null));
    if (found instanceof Found.OnDay) {
      // Said as a window: "Free times for Pedicure on Tue 24 Nov after 10:00:".
      Slots wish =
          held.withDate(day).withTime(at, later ? TimeQualifier.AFTER : TimeQualifier.BEFORE);
      t.update(s -> s.withSlots(wish));
      t.say("offer.free_for", say.wish(wish, true));
    } else {
      t.say(later ? "offer.none_later" : "offer.none_earlier", say.day(day), say.time(at));
      if (!(found instanceof Found.NextDay next)) {
        t.update(
            s -> s.withSlots(held.withDate(null).withTime(null, null)).withAwaiting(Step.DATE));
        t.ask(t.dayOptions(), "offer.none_ahead", FreeTimes.SEARCH_DAYS);
        return true;
      }
      t.update(s -> s.withSlots(held.withDate(next.day()).withTime(null, null)));
      t.say("offer.next_day", say.day(next.day()));
    }
    TimeOffers.offer(t, service.get(), found.slots(), false);
    return true;
  }
}
