package io.bookline.booking;

import io.bookline.understanding.Intent;
import io.bookline.understanding.Reading;
import java.util.List;
import java.util.Optional;

/** Cancelling an existing booking: which one (see {@link BookingChoice}), then yes or no. */
final class CancelFlow implements GoalFlow {
  private final BookingChoice choice;

  CancelFlow(BookingChoice choice) {
    this.choice = choice;
  }

  @Override
  public Goal goal() {
    return Goal.CANCEL;
  }

  @Override
  public boolean takes(DialogueState state, Reading r) {
    return r.intent() == Intent.CANCEL;
  }

  @Override
  public Then start(Turn t, Reading r) {
    boolean settingUp = t.state().goal() == Goal.BOOK;
    if (settingUp && r.evidence().thatOne() && aboutTheNewOne(t, r)) {
      // "cancel that" at any step of a new booking, and a cancel naming no booking made at "Shall
      // I book it?", drop it; "cancel my appointment" does not (ADR 0080, 0085, 0093).
      dropTheNewOne(t);
      return Then.DONE;
    }
    if (settingUp && t.upcoming().isEmpty()) {
      // "Cancel" mid-booking with nothing booked means: stop this booking.
      t.stop();
      return Then.DONE;
    }
    if (alsoABookingMade(t, r)) {
      // "cancel that as well as my monday appointment": the new one goes, and Monday's is offered.
      t.say("control.not_booked");
    }
    t.update(s -> s.reset().with(Goal.CANCEL, Step.NONE));
    choose(t, r);
    return Then.DONE;
  }

  @Override
  public void proceed(Turn t, Reading r) {
    DialogueState s = t.state();
    if (CancelAll.pending(s)) {
      CancelAll.proceed(t, r);
    } else if (s.bookingId() == null) {
      choose(t, r);
    } else if (s.awaiting() == Step.CONFIRM && r.intent() == Intent.YES) {
      String what = what(t);
      boolean cancelled = t.port().cancel(s.bookingId(), t.ctx().customerId(), "cancelled in chat");
      t.update(DialogueState::reset);
      List<String> book = List.of(t.phrases().text("option.book"));
      if (cancelled) {
        t.ask(book, "cancel.done", what);
      } else {
        t.ask(book, "cancel.already");
      }
    } else if (s.awaiting() == Step.CONFIRM && r.intent() == Intent.NO) {
      t.update(DialogueState::reset);
      t.say("cancel.kept");
    } else {
      t.say("cancel.ask", what(t));
      t.ask(t.yesNo(), "ask.yes_no");
    }
  }

  @Override
  public void resume(Turn t) {
    if (CancelAll.pending(t.state())) {
      CancelAll.askAgain(t);
    } else if (t.state().bookingId() == null) {
      // Still choosing which one: a yes or no would answer nothing.
      t.ask(BookingChoice.listed(t), "which.cancel");
    } else {
      t.ask(t.yesNo(), "cancel.still", what(t));
    }
  }

  /**
   * Whether a "cancel that" said while a booking is set up also names a booking made, by its day
   * ("cancel that as well as my monday appointment", ADR 0093): the new one goes and that one is
   * offered for cancelling.
   */
  static boolean alsoABookingMade(Turn t, Reading r) {
    if (t.state().goal() != Goal.BOOK || !r.evidence().thatOne() || r.date() == null) {
      return false;
    }
    return t.upcoming().stream()
        .map(b -> b.start().atZone(t.zone()).toLocalDate())
        .anyMatch(
            day ->
                day.equals(r.date())
                    || r.evidence().dateByWeekday()
                        && day.getDayOfWeek() == r.date().getDayOfWeek());
  }

  /** The booking being set up is dropped: "OK, I won't book it." Those made before stand. */
  static void dropTheNewOne(Turn t) {
    t.update(DialogueState::reset);
    t.ask(t.startOptions(), "control.not_booked");
  }

  private void choose(Turn t, Reading r) {
    if (r.evidence().everyOne() && CancelAll.ask(t)) {
      return;
    }
    Optional<BookingView> chosen = choice.choose(t, r, "which.cancel");
    if (chosen.isPresent() && !ChangeNotice.refuses(t, chosen.get(), "change.too_late_cancel")) {
      BookingView b = chosen.get();
      t.update(s -> s.withBooking(b.id(), List.of()).withAwaiting(Step.CONFIRM));
      t.ask(t.yesNo(), "cancel.confirm", t.phrases().describe(b));
    }
  }

  /**
   * Whether a cancel said at the booking's confirmation is about the booking being set up: it names
   * no booking made before (no day, time, staff member or pick; at most the service being booked,
   * when none booked has it).
   */
  private static boolean aboutTheNewOne(Turn t, Reading r) {
    Long service = r.serviceId();
    boolean theNewService =
        service == null
            || service.equals(t.slots().serviceId())
                && t.upcoming().stream().noneMatch(b -> b.serviceId() == service);
    return theNewService
        && r.slots().withService(null).isEmpty()
        && r.evidence().booked().isEmpty()
        && r.choice() == null;
  }

  /** The booking being cancelled, described; "appointment" when it is gone meanwhile. */
  private static String what(Turn t) {
    return t.current().map(t.phrases()::describe).orElse(t.phrases().text("booking.this"));
  }
}
