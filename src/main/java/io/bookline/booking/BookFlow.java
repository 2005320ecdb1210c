package io.bookline.booking;

import io.bookline.understanding.Intent;
import io.bookline.understanding.Reading;
import java.util.ArrayList;
import java.util.List;

/**
 * Booking a new appointment: service, staff member (when the business asks), day, time, the
 * customer's name, then confirmation. Also where "start over" begins again.
 */
final class BookFlow implements GoalFlow, TimeGoal {
  private final SlotFilling filling;

  BookFlow(SlotFilling filling) {
    this.filling = filling;
  }

  @Override
  public Goal goal() {
    return Goal.BOOK;
  }

  @Override
  public boolean takes(DialogueState state, Reading r) {
    return r.intent() == Intent.RESTART
        // A new booking asked for while cancelling is that, not a description of the one to cancel.
        || r.intent() == Intent.BOOK && state.goal() == Goal.CANCEL
        || state.goal() == Goal.NONE
            && (r.intent() == Intent.BOOK
                || r.hasSlots()
                || Clarify.needed(r)
                || r.intent() == Intent.YES && state.awaiting() == Step.BOOK_OFFER);
  }

  @Override
  public Then start(Turn t, Reading r) {
    if (r.intent() == Intent.RESTART) {
      t.update(s -> s.reset().with(Goal.BOOK, Step.NONE));
      t.say("control.start_over");
      filling.next(t, this);
    } else {
      t.update(s -> (s.goal() == Goal.CANCEL ? s.reset() : s).with(Goal.BOOK, Step.NONE));
      TheirBooking.saidWithTheRequest(t, r); // "a manicure for my mum Helen" (ADR 0108)
      MoreServices.remember(t, r);
      filling.fill(t, r, this);
    }
    return Then.DONE;
  }

  @Override
  public void proceed(Turn t, Reading r) {
    TheirBooking.saidWithTheRequest(t, r);
    MoreServices.remember(t, r);
    filling.fill(t, r, this);
  }

  @Override
  public void resume(Turn t) {
    filling.resume(t, this);
  }

  @Override
  public boolean choosesService() {
    return true;
  }

  @Override
  public boolean askBeforeDay(Turn t, Service service) {
    DialogueState s = t.state();
    if (!t.catalog().business().askForResource()
        || s.slots().resourceId() != null
        || s.anyResource()) {
      return false;
    }
    t.update(x -> x.withAwaiting(Step.RESOURCE));
    List<String> names =
        t.catalog().resourcesFor(service, null).stream().map(Resource::name).toList();
    List<String> options = new ArrayList<>(names);
    options.add(t.phrases().text("option.anyone"));
    String among = String.join(", ", names);
    if (Recap.beyondService(t)) {
      t.ask(options, "ask.resource_among", among);
    } else {
      t.ask(options, "ask.resource", t.phrases().name(service), among);
    }
    return true;
  }

  @Override
  public void askDay(Turn t, Service service, boolean recapped) {
    if (recapped) {
      t.ask(t.dayOptions(), "ask.day");
    } else {
      t.ask(t.dayOptions(), "ask.day_for", t.phrases().name(service));
    }
  }

  @Override
  public boolean askBeforeConfirming(Turn t) {
    String guest = t.state().guest();
    if (guest != null && guest.isEmpty()) {
      t.update(s -> s.withAwaiting(Step.NAME));
      // A party's next person (ADR 0058), or the one person "for my mum" is (ADR 0108).
      if (t.state().person() > 0) {
        t.say("ask.guest_name", t.state().person());
      } else {
        t.say("ask.their_name");
      }
      return true;
    }
    if (WritersName.needed(t.state())) {
      WritersName.ask(t); // "for my mum Helen": the writer's own name too (ADR 0115)
      return true;
    }
    if (guest != null || t.state().customerName() != null) {
      return false;
    }
    t.update(s -> s.withAwaiting(Step.NAME));
    Recap.free(t);
    t.say("ask.name");
    return true;
  }

  @Override
  public void askConfirmation(Turn t, Service service, Offer offer) {
    // Two appointments at once may be meant (a manicure and a pedicure side by side), so it is
    // said, not refused; for the person booked with the customer it is what was asked for.
    t.upcoming().stream()
        .filter(b -> t.state().guest() == null && b.guest() == null)
        .filter(b -> b.start().isBefore(offer.end()) && offer.start().isBefore(b.end()))
        .findFirst()
        .ifPresent(
            b ->
                t.say(
                    "book.overlaps_own",
                    t.catalog().service(b.serviceId()).map(s -> t.phrases().name(s)).orElse(""),
                    t.phrases().time(b.start())));
    t.ask(
        t.yesNo(),
        "book.confirm",
        t.phrases().name(service),
        t.phrases().whenWith(offer.start(), offer.resourceId()),
        whose(t.state()),
        t.phrases().money(service),
        t.phrases().gender(service));
  }

  @Override
  public BookingResult commit(Turn t, Service service, Offer offer) {
    TurnContext ctx = t.ctx();
    return ctx.port()
        .book(
            new BookingRequest(
                ctx.catalog().business().id(),
                ctx.customerId(),
                service.id(),
                offer.slot(),
                service.price(),
                offer.key(),
                t.state().guest()));
  }

  @Override
  public void confirmed(Turn t, Service service, Offer offer) {
    // The goodbye is to the one writing: a guest's booking ("for my daughter Lena") says whom it
    // is for and still says goodbye to the customer, by name when they gave one.
    String writer = t.state().customerName();
    String guest = t.state().guest();
    String when = t.phrases().whenWith(offer.start(), offer.resourceId());
    t.say(
        writer == null ? "book.done_unnamed" : "book.done",
        t.phrases().name(service),
        guest == null || guest.isBlank()
            ? when
            : t.phrases().text("booking.for_guest", when, guest),
        writer);
  }

  /** The name the booking under way is for: the person booked with the customer, else theirs. */
  private static String whose(DialogueState s) {
    return s.guest() != null ? s.guest() : s.customerName();
  }
}
