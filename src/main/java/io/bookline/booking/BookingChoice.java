package io.bookline.booking;

import io.bookline.understanding.Reading;
import io.bookline.understanding.Slots;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which existing booking a reschedule or cancel is about: the one the customer described (by
 * service, day, time or staff member, or by its number in the list shown, see {@link ListedPick}),
 * the only one there is, or a question. Options show bookings by day and time, never by id.
 */
final class BookingChoice {

  /**
   * The booking meant, or empty when the bot asked which one (with {@code question}) or said there
   * is none to change.
   */
  Optional<BookingView> choose(Turn t, Reading r, String question) {
    List<BookingView> upcoming = t.upcoming();
    if (upcoming.isEmpty()) {
      // "I have a booking on Saturday, can I push it to 1pm?": none here, so a yes books the day
      // and time asked for (on the day said of the booking when no other is).
      Slots booked = r.evidence().booked();
      Slots wish =
          t.slots().date() == null && booked.date() != null
              ? t.slots().withDate(booked.date())
              : t.slots();
      t.update(s -> s.reset().withSlots(wish).withAwaiting(Step.BOOK_OFFER));
      t.ask(List.of(t.phrases().text("option.book")), "bookings.none_to_change");
      return Optional.empty();
    }
    // Asked already, and this message picked none: say how to pick rather than ask the same again.
    boolean again = t.state().awaiting() == Step.WHICH_BOOKING;
    List<BookingView> candidates = listed(t.state(), upcoming);
    Optional<BookingView> byNumber = ListedPick.of(t.state(), candidates, r);
    if (byNumber.isPresent()) {
      return byNumber;
    }
    // "cancel Lily's appointment", "la de Lily": the bookings for that person (ADR 0086).
    String named = GuestPick.name(t, r, candidates);
    if (named != null) {
      List<BookingView> theirs = GuestPick.of(t, candidates, named);
      if (theirs.isEmpty()) {
        GuestPick.noneFor(t, named, upcoming, question);
        return Optional.empty();
      }
      candidates = theirs;
    } else if (r.evidence().someoneElses()) {
      // "my friend's appointment": the bookings made for others, never the customer's own.
      List<BookingView> guests =
          candidates.stream().filter(b -> b.guest() != null && !b.guest().isBlank()).toList();
      if (guests.isEmpty()) {
        t.update(DialogueState::reset);
        t.ask(t.startOptions(), "bookings.only_own");
        return Optional.empty();
      }
      if (guests.size() == 1) {
        return Optional.of(guests.getFirst());
      }
      candidates = guests;
    }
    List<BookingView> matching = matching(t, candidates, r);
    if (matching.size() == 1) {
      return Optional.of(matching.get(0));
    }
    // "cancel my Saturday appointment" with only Monday's booked: none then, not Monday's. A
    // weekday said alone may mean the booking a week on ("Montag" said on a Monday); a date said
    // as one ("28 November") never means another.
    Slots then = dayAndTimeSaid(t, r);
    boolean byWeekday =
        r.evidence().booked().date() != null
            ? r.evidence().bookedByWeekday()
            : r.evidence().dateByWeekday();
    if (matching.isEmpty()
        && !again
        && (then.date() != null || then.time() != null)
        && !(byWeekday && candidates.stream().anyMatch(b -> aWeekOn(t, b, then)))) {
      noneThen(t, then, candidates, question);
      return Optional.empty();
    }
    if (upcoming.size() == 1) {
      return Optional.of(upcoming.get(0));
    }
    List<BookingView> shown = matching.isEmpty() ? candidates : matching;
    ask(t, shown, again && matching.isEmpty() ? "which.again" : question);
    return Optional.empty();
  }

  /**
   * "You have no appointment on Sat 28 Nov. Which appointment …? 1) …": the day or time the
   * customer said of a booking has none, so {@code shown} are listed to pick from (ADR 0071).
   */
  static void noneThen(Turn t, Slots then, List<BookingView> shown, String question) {
    Phrases say = t.phrases();
    if (then.date() == null) {
      t.say("bookings.none_at", say.time(then.time()));
    } else if (then.time() == null) {
      t.say("bookings.none_on", say.day(then.date()));
    } else {
      t.say(
          "bookings.none_on",
          say.when(then.date().atTime(then.time()).atZone(t.zone()).toInstant()));
    }
    ask(t, shown.stream().sorted(Comparator.comparing(BookingView::start)).toList(), question);
  }

  /**
   * "You have no Pedicure appointment. Which appointment …? 1) …": the service the customer named
   * of a booking has none, so {@code shown} are listed to pick from.
   */
  static void noneOf(Turn t, long serviceId, List<BookingView> shown, String question) {
    Phrases say = t.phrases();
    t.say(
        "bookings.none_of",
        t.catalog().service(serviceId).map(say::name).orElse(say.text("booking.any_service")));
    ask(t, shown.stream().sorted(Comparator.comparing(BookingView::start)).toList(), question);
  }

  /**
   * The day and time the customer said of the booking they mean: those named with it ("my Saturday
   * appointment"), else, when it is about the old booking, the day and time said.
   */
  private static Slots dayAndTimeSaid(Turn t, Reading r) {
    Slots booked = r.evidence().booked();
    if (booked.date() != null || booked.time() != null) {
      return booked;
    }
    DialogueState s = t.state();
    boolean aboutOld = s.awaiting() == Step.WHICH_BOOKING || s.goal() == Goal.CANCEL;
    // "my back hurts since yesterday, I need to cancel": a day gone by tells why, no booking is
    // then.
    boolean gone = r.date() != null && r.date().isBefore(t.today());
    return aboutOld && !gone ? Slots.NONE.withDate(r.date()).withTime(r.time(), null) : Slots.NONE;
  }

  /** Whether {@code b} is a week after the day said, at the time said if one was. */
  private static boolean aWeekOn(Turn t, BookingView b, Slots then) {
    var start = b.start().atZone(t.zone());
    return then.date() != null
        && start.toLocalDate().equals(then.date().plusWeeks(1))
        && (then.time() == null || start.toLocalTime().equals(then.time()));
  }

  /** Asks which of {@code shown} is meant, numbered, with them as options. */
  static void ask(Turn t, List<BookingView> shown, String question) {
    t.update(
        s ->
            s.withBooking(null, shown.stream().map(BookingView::id).toList())
                .withAwaiting(Step.WHICH_BOOKING));
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < shown.size(); i++) {
      lines.add(t.phrases().text("which.item", i + 1, t.phrases().describe(shown.get(i))));
    }
    t.say(question);
    t.ask(options(t, shown), "list.sentence", String.join("; ", lines));
  }

  /** The bookings listed last, as quick-reply options: by day and time. */
  static List<String> listed(Turn t) {
    List<Long> ids = t.state().choices();
    return options(t, t.upcoming().stream().filter(b -> ids.contains(b.id())).toList());
  }

  /**
   * By day and time; with the service when two are at the same time, and described in full when
   * even that does not tell them apart, so no two buttons read the same.
   */
  private static List<String> options(Turn t, List<BookingView> bookings) {
    Phrases say = t.phrases();
    List<String> byTime = bookings.stream().map(b -> say.dayAndTime(b.start())).toList();
    if (distinct(byTime)) {
      return forWhom(say, bookings, byTime);
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < bookings.size(); i++) {
      BookingView b = bookings.get(i);
      boolean shared = byTime.indexOf(byTime.get(i)) != byTime.lastIndexOf(byTime.get(i));
      String service =
          t.catalog().service(b.serviceId()).map(say::name).orElse(say.text("booking.any_service"));
      out.add(shared ? say.text("which.option", service, byTime.get(i)) : byTime.get(i));
    }
    return distinct(out)
        ? forWhom(say, bookings, out)
        : bookings.stream().map(say::describe).toList();
  }

  /** Each label with whom its booking is for, when not the customer (a guest's, ADR 0058). */
  private static List<String> forWhom(
      Phrases say, List<BookingView> bookings, List<String> labels) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < bookings.size(); i++) {
      out.add(say.forWhom(bookings.get(i), labels.get(i)));
    }
    return out;
  }

  private static boolean distinct(List<String> labels) {
    return labels.stream().distinct().count() == labels.size();
  }

  /** The bookings still in question: those listed last, else every upcoming one. */
  private static List<BookingView> listed(DialogueState s, List<BookingView> upcoming) {
    if (s.awaiting() != Step.WHICH_BOOKING || s.choices().isEmpty()) {
      return upcoming;
    }
    return upcoming.stream().filter(b -> s.choices().contains(b.id())).toList();
  }

  /** Bookings that fit what the customer said about them (service, day, time). */
  private static List<BookingView> matching(Turn t, List<BookingView> bookings, Reading r) {
    DialogueState s = t.state();
    // When rescheduling, a date or time said up front is usually the new one, not the old.
    boolean aboutOld = s.awaiting() == Step.WHICH_BOOKING || s.goal() == Goal.CANCEL;
    // "I can't make it on Monday": that day is the booking's, whatever the goal.
    Slots booked = r.evidence().booked();
    List<BookingView> out = new ArrayList<>();
    for (BookingView b : bookings) {
      var start = b.start().atZone(t.zone());
      boolean fits =
          (r.serviceId() == null || r.serviceId() == b.serviceId())
              && (!aboutOld || r.date() == null || r.date().equals(start.toLocalDate()))
              && (!aboutOld || r.time() == null || r.time().equals(start.toLocalTime()))
              // Two at the same time (the customer's and a guest's, ADR 0058) differ by who does
              // it.
              && (!aboutOld || r.resourceId() == null || r.resourceId() == b.resourceId())
              && (booked.date() == null || booked.date().equals(start.toLocalDate()))
              && (booked.time() == null || booked.time().equals(start.toLocalTime()));
      if (fits) {
        out.add(b);
      }
    }
    boolean said =
        r.serviceId() != null
            || booked.date() != null
            || booked.time() != null
            // "the one with Marta": the list names who does each.
            || aboutOld && (r.date() != null || r.time() != null || r.resourceId() != null);
    return said || bookings.size() == 1 ? out : List.of();
  }
}
