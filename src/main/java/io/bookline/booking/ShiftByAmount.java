package io.bookline.booking;

import io.bookline.understanding.Evidence;
import io.bookline.understanding.Intent;
import io.bookline.understanding.Reading;
import io.bookline.understanding.Slots;
import io.bookline.understanding.TimeQualifier;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "Can I come an hour later?", "eine halbe Stunde früher", "media hora antes" ({@link
 * Reading#shiftBy()}): the time under discussion moved by that amount, placed as a day and time of
 * its own that the goals then check like any other. During a booking or a move it is the time held
 * or offered ({@link ShiftedTimes#reference}); with no goal under way, the customer's next booking,
 * which the reading then moves (the move's confirmation names it). A booking the message names by
 * its day or time ("my saturday appointment an hour earlier", {@link
 * io.bookline.understanding.Evidence#booked()}) is the one moved, whatever is under way.
 */
final class ShiftByAmount {
  private ShiftByAmount() {}

  /** What a shift with no goal under way may be said with: nothing else, or a wish to change. */
  private static final Set<Intent> MOVING =
      Set.of(Intent.NONE, Intent.CHANGE, Intent.RESCHEDULE, Intent.BOOK);

  /**
   * The reading with the shifted day and time; any other reading, or one with nothing to shift;
   * null when the booking named is not there (none on that day, at that time or of that service):
   * then the customer was told so and asked which of theirs they mean, and no other booking is
   * moved in its place.
   */
  static Reading place(Turn t, Reading r) {
    if (r.shiftBy() == null || r.time() != null || r.date() != null) {
      return r;
    }
    DialogueState s = t.state();
    ZoneId zone = t.zone();
    // "my saturday appointment an hour earlier": the booking named, whatever is under way.
    Slots booked = r.evidence().booked();
    Optional<BookingView> named = named(t, booked);
    if (named.isPresent()) {
      BookingView b = named.get();
      return at(r, Intent.RESCHEDULE, b.start().plus(r.shiftBy()), zone, naming(r, b, zone));
    }
    if ((booked.date() != null || booked.time() != null) && !t.upcoming().isEmpty()) {
      noneThen(t, booked);
      return null;
    }
    if (s.goal() == Goal.BOOK || s.goal() == Goal.RESCHEDULE) {
      return ShiftedTimes.reference(s, r.shift(), zone)
          .map(from -> at(r, r.intent(), from.plus(r.shiftBy()), zone, r.evidence()))
          .orElse(r);
    }
    if (s.goal() != Goal.NONE || !MOVING.contains(r.intent())) {
      return r;
    }
    // "an hour later for my pedicure": the next Pedicure; with none booked, none of it is moved
    // and the customer is asked which of theirs they mean, never another service's moved.
    Long service = booked.serviceId() != null ? booked.serviceId() : r.serviceId();
    List<BookingView> upcoming = t.upcoming();
    List<BookingView> ofService =
        upcoming.stream().filter(b -> service == null || service == b.serviceId()).toList();
    if (ofService.isEmpty() && !upcoming.isEmpty()) {
      t.update(st -> st.reset().with(Goal.RESCHEDULE, Step.WHICH_BOOKING));
      BookingChoice.noneOf(t, service, upcoming, "ask.which_booking");
      return null;
    }
    return ofService.stream()
        .min(Comparator.comparing(BookingView::start))
        .map(b -> at(r, Intent.RESCHEDULE, b.start().plus(r.shiftBy()), zone, naming(r, b, zone)))
        .orElse(r);
  }

  /** "You have no appointment on Sat 28 Nov. Which appointment do you mean? 1) …" */
  private static void noneThen(Turn t, Slots booked) {
    t.update(s -> s.reset().with(Goal.RESCHEDULE, Step.WHICH_BOOKING));
    BookingChoice.noneThen(t, booked, t.upcoming(), "ask.which_booking");
  }

  /**
   * The earliest upcoming booking of the service, on the day and at the time said of it ("make the
   * pedicure an hour later": the booked Pedicure); empty if none said.
   */
  private static Optional<BookingView> named(Turn t, Slots booked) {
    if (booked.date() == null && booked.time() == null && booked.serviceId() == null) {
      return Optional.empty();
    }
    return t.upcoming().stream()
        .filter(
            b -> {
              ZonedDateTime start = b.start().atZone(t.zone());
              return (booked.date() == null || booked.date().equals(start.toLocalDate()))
                  && (booked.time() == null || booked.time().equals(start.toLocalTime()))
                  && (booked.serviceId() == null || booked.serviceId() == b.serviceId());
            })
        .min(Comparator.comparing(BookingView::start));
  }

  private static Reading at(Reading r, Intent intent, Instant when, ZoneId zone, Evidence e) {
    ZonedDateTime local = when.atZone(zone);
    Slots slots =
        r.slots()
            .withDate(local.toLocalDate())
            .withTime(local.toLocalTime(), TimeQualifier.AT)
            .withPartOfDay(null);
    return new Reading(intent, slots, r.personName(), r.choice(), r.source(), e);
  }

  /** The evidence naming the booking to move, as "I can't make it on Monday at 11" would. */
  private static Evidence naming(Reading r, BookingView b, ZoneId zone) {
    ZonedDateTime start = b.start().atZone(zone);
    return r.evidence()
        .withBooked(
            Slots.NONE
                .withDate(start.toLocalDate())
                .withTime(start.toLocalTime(), TimeQualifier.AT));
  }
}
