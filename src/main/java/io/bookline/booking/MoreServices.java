package io.bookline.booking;

import io.bookline.understanding.Reading;
import io.bookline.understanding.Slots;
import io.bookline.understanding.TimeQualifier;
import io.bookline.understanding.Whom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * "Manicure and pedicure on Friday": one booking at a time. The customer is told so at once, the
 * first service is booked, and then each other one named is offered on the same day (ADR 0051),
 * right after the first when a time was said, or at the day and time said with it (ADR 0087); for a
 * party, to every person (ADR 0058, 0066).
 */
final class MoreServices {
  private MoreServices() {}

  /**
   * Keeps the people and the services named besides the first booking, and says they come next:
   * "for my daughter and me" is one appointment per person (ADR 0058).
   */
  static void remember(Turn t, Reading r) {
    int people = r.evidence().mentions().people();
    DialogueState now = t.state();
    if (people > 1 && now.guests() == 0 && now.guest() == null) {
      // "…and she wants a gel": the next person's appointment is for the service said for her.
      List<Long> theirs =
          r.evidence().mentions().forOthers().stream()
              .filter(id -> t.catalog().service(id).isPresent())
              .toList();
      t.update(x -> x.withGuests(people - 1).withGuestServices(theirs));
      // "for my mum Helen …, and one for me": Helen's name is the next appointment's (ADR 0115).
      Whom other = r.evidence().whom();
      if (people == 2 && other.name() != null && !other.notComing()) {
        t.update(x -> x.withSecondName(other.name()));
      }
      t.say("book.per_person", people);
    }
    List<Long> more =
        r.evidence().mentions().moreServices().stream()
            .filter(id -> t.catalog().service(id).isPresent())
            .toList();
    if (more.isEmpty()) {
      return;
    }
    t.update(s -> s.withLater(more));
    t.say("book.one_at_a_time", t.phrases().names(names(t, more)));
  }

  /**
   * After a booking: offers the next service the customer named with it, on the same day; a yes
   * starts that booking ({@link Step#BOOK_OFFER}).
   */
  static void offerNext(Turn t, DialogueState booked, Service done) {
    if (booked.guests() > 0) {
      NextPerson.offer(t, booked, done);
      return;
    }
    List<Long> rest =
        booked.later().stream()
            .filter(id -> id != done.id() && t.catalog().service(id).isPresent())
            .toList();
    if (rest.isEmpty()) {
      return;
    }
    Service next = t.catalog().service(rest.getFirst()).orElseThrow();
    // "a manicure and a pedicure for me and my daughter": after the last person's manicure, the
    // pedicure is for everyone again, the customer first (ADR 0066).
    int others = booked.guest() == null ? 0 : NextPerson.party(t, booked, done);
    Slots wish =
        others > 0
            ? Slots.NONE.withService(next.id()).withDate(booked.slots().date())
            : wishFor(t, booked, next);
    List<Slots> wishes =
        booked.laterWishes().stream().filter(w -> !w.serviceId().equals(next.id())).toList();
    t.update(
        s ->
            s.withSlots(wish)
                .withLater(rest.subList(1, rest.size()))
                .withLaterWishes(wishes)
                .withGuests(others)
                .withAwaiting(Step.BOOK_OFFER));
    t.ask(
        t.yesNo(),
        others > 0 ? "book.also_all" : "book.also",
        t.phrases().name(next),
        t.phrases().gender(next));
  }

  /**
   * What the next service is offered for (ADR 0087): the day and time said with it ("and a gel
   * manicure thursday at 4pm"); else the day of the booking just made, and, when a clock time was
   * said for that booking ("a manicure and a pedicure tomorrow at 10"), the first free time from
   * its end on, or its end itself, so that the nearest free times that day are offered.
   */
  private static Slots wishFor(Turn t, DialogueState booked, Service next) {
    LocalDate day = booked.slots().date();
    Optional<Slots> said =
        booked.laterWishes().stream().filter(w -> w.serviceId().equals(next.id())).findFirst();
    if (said.isPresent()) {
      return said.get().date() == null ? said.get().withDate(day) : said.get();
    }
    Slots wish = Slots.NONE.withService(next.id()).withDate(day);
    Offer first = booked.pending();
    if (booked.slots().time() == null
        || first == null
        || !first.start().atZone(t.zone()).toLocalDate().equals(day)) {
      return wish;
    }
    Instant end = first.end();
    Instant at =
        t.freeSlots(next, day, null).stream()
            .map(Slot::start)
            .filter(start -> !start.isBefore(end))
            .findFirst()
            .orElse(end);
    return wish.withTime(at.atZone(t.zone()).toLocalTime(), TimeQualifier.AT);
  }

  /**
   * After a question answered at "Shall I book that too?": the same question again; returns false
   * when no service is offered.
   */
  static boolean askAgain(Turn t) {
    return t.catalog()
        .service(t.slots().serviceId())
        .map(
            next -> {
              if (t.state().guest() != null && t.slots().date() != null) {
                NextPerson.askOtherTime(t, next, t.slots().date());
              } else {
                t.ask(
                    t.yesNo(),
                    t.state().guests() > 0 ? "book.also_all" : "book.also",
                    t.phrases().name(next),
                    t.phrases().gender(next));
              }
              return true;
            })
        .orElse(false);
  }

  private static List<String> names(Turn t, List<Long> ids) {
    return ids.stream().map(id -> t.phrases().name(t.catalog().service(id).orElseThrow())).toList();
  }
}
