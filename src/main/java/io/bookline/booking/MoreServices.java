package io.bookline.booking;

import io.bookline.understanding.Reading;
import io.bookline.understanding.Slots;
import java.util.List;

/**
 * "Manicure and pedicure on Friday": one booking at a time. The customer is told so at once, the
 * first service is booked, and then each other one named is offered on the same day (ADR 0051); for
 * a party, to every person (ADR 0058, 0066).
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
      t.update(x -> x.withGuests(people - 1));
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
    Slots wish = Slots.NONE.withService(next.id()).withDate(booked.slots().date());
    // "a manicure and a pedicure for me and my daughter": after the last person's manicure, the
    // pedicure is for everyone again, the customer first (ADR 0066).
    int others = booked.guest() == null ? 0 : NextPerson.party(t, booked, done);
    t.update(
        s ->
            s.withSlots(wish)
                .withLater(rest.subList(1, rest.size()))
                .withGuests(others)
                .withAwaiting(Step.BOOK_OFFER));
    t.ask(t.yesNo(), others > 0 ? "book.also_all" : "book.also", t.phrases().name(next));
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
                    t.phrases().name(next));
              }
              return true;
            })
        .orElse(false);
  }

  private static List<String> names(Turn t, List<Long> ids) {
    return ids.stream().map(id -> t.phrases().name(t.catalog().service(id).orElseThrow())).toList();
  }
}
