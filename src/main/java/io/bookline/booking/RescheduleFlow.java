package io.bookline.booking;

import io.bookline.understanding.Intent;
import io.bookline.understanding.Reading;
import io.bookline.understanding.Slots;
import io.bookline.understanding.TimeQualifier;
import io.bookline.understanding.Unresolved;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Moving an existing booking: which one (see {@link BookingChoice}), then a new day and time as
 * when booking, keeping the service; the booking keeps its id.
 */
final class RescheduleFlow implements GoalFlow, TimeGoal {
  private final SlotFilling filling;
  private final BookingChoice choice;

  RescheduleFlow(SlotFilling filling, BookingChoice choice) {
    this.filling = filling;
    this.choice = choice;
  }

  @Override
  public Goal goal() {
    return Goal.RESCHEDULE;
  }

  @Override
  public boolean takes(DialogueState state, Reading r) {
    return r.intent() == Intent.RESCHEDULE;
  }

  @Override
  public Then start(Turn t, Reading r) {
    // "No, can we move it instead?" while cancelling: the booking offered for cancelling.
    Long cancelling = t.state().goal() == Goal.CANCEL ? t.state().bookingId() : null;
    t.update(s -> s.reset().with(Goal.RESCHEDULE, Step.NONE));
    choose(t, r, cancelling);
    return Then.DONE;
  }

  @Override
  public void proceed(Turn t, Reading r) {
    if (t.state().bookingId() == null) {
      choose(t, r, null);
    } else {
      filling.fill(t, t.current().map(b -> atItsTime(t, r, b)).orElse(r), this);
    }
  }

  @Override
  public void resume(Turn t) {
    if (t.state().bookingId() == null) {
      t.ask(BookingChoice.listed(t), "which.move");
    } else {
      filling.resume(t, this);
    }
  }

  private void choose(Turn t, Reading said, Long known) {
    // A pick from the list names the old booking; a day or time said with it is not the new one.
    boolean picking = said.choice() != null || t.state().awaiting() == Step.WHICH_BOOKING;
    if (!picking) {
      // The new day and time said up front, kept while the customer says which booking to move.
      filling.apply(t, said, this);
    }
    Optional<BookingView> chosen =
        known != null && said.serviceId() == null && said.evidence().booked().isEmpty()
            ? t.upcoming().stream().filter(b -> b.id() == known).findFirst()
            : Optional.empty();
    Slots wish = t.slots();
    if (chosen.isEmpty()) {
      chosen = choice.choose(t, said, "which.move");
    }
    if (chosen.isEmpty() || ChangeNotice.refuses(t, chosen.get(), "change.too_late_move")) {
      return;
    }
    BookingView b = chosen.get();
    Reading r = picking ? said : atItsTime(t, said, b);
    Slots moved = sameDay(t, r == said ? wish : wish.withTime(r.time(), r.qualifier()), b);
    t.update(
        s ->
            s.withBooking(b.id(), List.of())
                .withSlots(moved.withService(b.serviceId()))
                .withAwaiting(Step.NONE));
    if (picking && !wish.withService(null).isEmpty()) {
      t.understoodNew();
    }
    boolean unplaced = !picking && Clarify.needed(r);
    if (t.slots().date() == null || unplaced) {
      t.update(s -> s.withAwaiting(Step.DATE));
      t.say("reschedule.chosen", t.phrases().describe(b));
      if (unplaced) {
        Clarify.ask(t, r);
      } else {
        Recap.beyondService(t);
        t.ask(t.dayOptions(), "ask.day_to_move");
      }
      return;
    }
    filling.next(t, this);
  }

  /**
   * "Same time" is the time of the booking being moved: the reading with that time, and without the
   * question about it; any other reading as it is.
   */
  private static Reading atItsTime(Turn t, Reading r, BookingView b) {
    List<Unresolved> same =
        r.evidence().unresolved().stream()
            .filter(u -> Unresolved.SAME_AS_BOOKED.equals(u.reason()))
            .toList();
    if (same.isEmpty() || r.time() != null) {
      return r;
    }
    List<Unresolved> rest = new ArrayList<>(r.evidence().unresolved());
    rest.removeAll(same);
    return new Reading(
        r.intent(),
        r.slots().withTime(b.start().atZone(t.zone()).toLocalTime(), TimeQualifier.AT),
        r.personName(),
        r.choice(),
        r.source(),
        r.evidence().withUnresolved(rest));
  }

  /** A new time or part of the day without a day ("change it to 2pm") keeps the booking's day. */
  private static Slots sameDay(Turn t, Slots wish, BookingView b) {
    boolean timeOnly = wish.date() == null && (wish.time() != null || wish.partOfDay() != null);
    return timeOnly ? wish.withDate(b.start().atZone(t.zone()).toLocalDate()) : wish;
  }

  @Override
  public boolean choosesService() {
    return false;
  }

  @Override
  public boolean askBeforeDay(Turn t, Service service) {
    return false;
  }

  @Override
  public void askDay(Turn t, Service service, boolean recapped) {
    t.ask(t.dayOptions(), "ask.day_to_move");
  }

  @Override
  public boolean askBeforeConfirming(Turn t) {
    return false;
  }

  @Override
  public void askConfirmation(Turn t, Service service, Offer offer) {
    String to = t.phrases().whenWith(offer.start(), offer.resourceId());
    Optional<BookingView> old = t.current();
    if (old.isPresent()) {
      // Another staff member at the new time is said as a change, and a guest's booking says whom
      // it is for, as the booking question does (ADR 0109).
      to = t.phrases().forWhom(old.get(), insteadOf(t, old.get(), offer, to));
      String from = t.phrases().when(old.get().start());
      t.ask(t.yesNo(), "reschedule.confirm", t.phrases().name(service), from, to);
    } else {
      t.ask(t.yesNo(), "reschedule.confirm_to", t.phrases().name(service), to);
    }
  }

  /**
   * "Thu 3 Dec at 10:00 with Marta instead of Anna" when the staff member changes with the move.
   */
  private static String insteadOf(Turn t, BookingView old, Offer offer, String to) {
    if (old.resourceId() == offer.resourceId()) {
      return to;
    }
    return t.catalog()
        .resource(old.resourceId())
        .map(r -> t.phrases().text("reschedule.instead_of", to, r.name()))
        .orElse(to);
  }

  @Override
  public BookingResult commit(Turn t, Service service, Offer offer) {
    return t.port().reschedule(t.state().bookingId(), t.ctx().customerId(), offer.slot());
  }

  @Override
  public void confirmed(Turn t, Service service, Offer offer) {
    t.say(
        "reschedule.done",
        t.phrases().name(service),
        t.phrases().whenWith(offer.start(), offer.resourceId()));
  }
}
