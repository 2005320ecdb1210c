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
   * done}, was confirmed: of the service said for them, else of the same; the state has been reset
   * for what comes next.
   */
  static void offer(Turn t, DialogueState booked, Service done) {
    Offer first = booked.pending();
    // Each person keeps the service said for them ("she wants a gel", ADR 0103).
    List<Long> said = booked.guestServices();
    Service service = said.isEmpty() ? done : t.catalog().service(said.getFirst()).orElse(done);
    LocalDate day = first.start().atZone(t.zone()).toLocalDate();
    // The person's name is known when they have their first service that day already.
    // Or it was said with the customer's own ("Emma and Olivia", ADR 0097).
    Optional<String> known =
        guestOf(t, day, service, booked.guests())
            .or(() -> Optional.ofNullable(booked.secondName()));
    List<BookingView> theirs =
        t.upcoming().stream()
            .filter(b -> known.isPresent() && known.get().equals(b.guest()))
            .toList();
    List<Slot> free =
        t.freeSlots(service, day, null).stream()
            .filter(s -> theirs.stream().noneMatch(b -> b.overlaps(s)))
            .toList();
    Optional<Slot> same =
        free.stream()
            .filter(s -> s.start().equals(first.start()) && s.resourceId() != first.resourceId())
            .findFirst();
    Optional<Slot> after =
        free.stream()
            .filter(s -> !s.start().isBefore(first.end()))
            .min(Comparator.comparing(Slot::start));
    Slots wish = Slots.NONE.withService(service.id()).withDate(day);
    int person = booked.person() == 0 ? 2 : booked.person() + 1;
    t.update(
        s ->
            s.withGuests(booked.guests() - 1)
                .withPerson(person)
                .withGuest(known.orElse(""))
                .withLater(booked.later())
                .withSecondName(null)
                .withGuestServices(said.isEmpty() ? said : said.subList(1, said.size()))
                .withSlots(wish));
    Optional<Slot> slot = same.or(() -> after);
    if (slot.isEmpty()) {
      t.update(s -> s.withAwaiting(Step.BOOK_OFFER));
      askOtherTime(t, service, day);
      return;
    }
    Offer offer = t.offer(slot.get(), service);
    Slots held = wish.withTime(slot.get().start().atZone(t.zone()).toLocalTime(), TimeQualifier.AT);
    Step step = known.isPresent() ? Step.CONFIRM : Step.NAME;
    // The offer names its staff member: a business that asks for one does not ask again.
    t.update(
        s ->
            s.with(Goal.BOOK, step)
                .withSlots(held)
                .withAnyResource(true)
                .withOffers(List.of(offer), offer));
    Phrases say = t.phrases();
    String when = say.whenWith(offer.start(), offer.resourceId());
    String what = say.text("booking.on", say.name(service), when);
    if (same.isEmpty()) {
      t.say("book.guest_after", say.time(first.start()), what);
    } else if (known.isEmpty()) {
      t.say("book.guest_same_time", what, person);
    }
    if (known.isPresent()) {
      t.ask(
          t.yesNo(),
          "book.confirm",
          say.name(service),
          when,
          known.get(),
          say.money(service),
          say.gender(service));
    } else {
      t.say("ask.guest_name", person);
    }
  }

  /**
   * How many people were booked with the customer for {@code done} on its day: after the last of
   * them, the next service is for them too.
   */
  static int party(Turn t, DialogueState booked, Service done) {
    LocalDate day = booked.pending().start().atZone(t.zone()).toLocalDate();
    return (int)
        t.upcoming().stream()
            .filter(b -> b.guest() != null && b.serviceId() == done.id())
            .filter(b -> b.start().atZone(t.zone()).toLocalDate().equals(day))
            .count();
  }

  /**
   * The next person of the party, when everyone still waiting for this service that day was named
   * already: the people booked with the customer that day who lack it, in the order they were first
   * booked, are the {@code waiting} people left, so the next is the first of them. In a party of
   * three, the daughters named for the manicure are asked no name again for the pedicure.
   */
  private static Optional<String> guestOf(Turn t, LocalDate day, Service service, int waiting) {
    List<BookingView> thatDay =
        t.upcoming().stream()
            .filter(b -> b.guest() != null && !b.guest().isEmpty())
            .filter(b -> b.start().atZone(t.zone()).toLocalDate().equals(day))
            .sorted(Comparator.comparingLong(BookingView::id))
            .toList();
    // A person who has this service that day already is not the one it is now for: in a party of
    // three, the third person is not the second, whose manicure was just booked.
    List<String> names =
        thatDay.stream()
            .map(BookingView::guest)
            .distinct()
            .filter(
                name ->
                    thatDay.stream()
                        .noneMatch(b -> name.equals(b.guest()) && b.serviceId() == service.id()))
            .toList();
    // Anyone else booked that day (another errand, another party) makes the count differ: then the
    // name is asked rather than guessed.
    return names.size() == waiting ? Optional.of(names.getFirst()) : Optional.empty();
  }

  /** Nobody free that day from the first appointment on: shall other times be looked for? */
  static void askOtherTime(Turn t, Service service, LocalDate day) {
    t.ask(
        t.yesNo(),
        "book.guest_other_time",
        t.phrases().name(service),
        t.phrases().day(day),
        t.state().person());
  }
}
