package io.bookline.booking;

import io.bookline.understanding.Slots;
import io.bookline.understanding.TimeQualifier;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * "A manicure for my daughter and me": after the customer's appointment, the next person's, at the
 * same time with another staff member who does the service when one is free, else right after the
 * first appointment; their name is asked, and the booking goes on as any other (ADR 0058).
 */
final class NextPerson {
  private NextPerson() {}

  /**
   * Offers the next person's appointment after {@code booked}, the customer's booking of {@code
   * service}, was confirmed; the state has been reset for what comes next.
   */
  static void offer(Turn t, DialogueState booked, Service service) {
    Offer first = booked.pending();
    LocalDate day = first.start().atZone(t.zone()).toLocalDate();
    List<Slot> free = t.freeSlots(service, day, null);
    Optional<Slot> same =
        free.stream()
            .filter(s -> s.start().equals(first.start()) && s.resourceId() != first.resourceId())
            .findFirst();
    Optional<Slot> after =
        free.stream()
            .filter(s -> !s.start().isBefore(first.end()))
            .min(Comparator.comparing(Slot::start));
    Slots wish = Slots.NONE.withService(service.id()).withDate(day);
    t.update(
        s ->
            s.withGuests(booked.guests() - 1)
                .withGuest("")
                .withLater(booked.later())
                .withSlots(wish));
    Optional<Slot> slot = same.or(() -> after);
    if (slot.isEmpty()) {
      t.update(s -> s.withAwaiting(Step.BOOK_OFFER));
      askOtherTime(t, service, day);
      return;
    }
    Offer offer = t.offer(slot.get(), service);
    Slots held = wish.withTime(slot.get().start().atZone(t.zone()).toLocalTime(), TimeQualifier.AT);
    t.update(s -> s.with(Goal.BOOK, Step.NAME).withSlots(held).withOffers(List.of(offer), offer));
    Phrases say = t.phrases();
    String what =
        say.text("booking.on", say.name(service), say.whenWith(offer.start(), offer.resourceId()));
    if (same.isPresent()) {
      t.say("book.guest_same_time", what);
    } else {
      t.say("book.guest_after", say.time(first.start()), what);
    }
    t.say("ask.guest_name");
  }

  /** Nobody free that day from the first appointment on: shall other times be looked for? */
  static void askOtherTime(Turn t, Service service, LocalDate day) {
    t.ask(t.yesNo(), "book.guest_other_time", t.phrases().name(service), t.phrases().day(day));
  }
}
