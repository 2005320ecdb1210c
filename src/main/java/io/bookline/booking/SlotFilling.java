package io.bookline.booking;

import io.bookline.booking.WhyNotFree.Reason;
import io.bookline.understanding.Evidence;
import io.bookline.understanding.Intent;
import io.bookline.understanding.Reading;
import io.bookline.understanding.Slots;
import io.bookline.understanding.TimeQualifier;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * Booking and moving, up to the confirmation: takes what a reading proposes after checking it
 * against the catalog, asks for what is missing, lets the customer pick an offered time, and books
 * it, asking again with anyone free at that time when the staff member was taken meanwhile.
 */
final class SlotFilling {
  private final TimeOffers offers = new TimeOffers();

  /** Continues a booking or a move with the next reading. */
  void fill(Turn t, Reading r, TimeGoal goal) {
    DialogueState before = t.state();
    if (before.awaiting() == Step.RESOURCE && r.resourceId() == null) {
      // Anything but a name ("anyone", "no preference", "whoever") means anyone free.
      t.update(x -> x.withAnyResource(true));
    }
    boolean changed = apply(t, r, goal);
    if (Clarify.ask(t, r) || askedInstead(t, before, r, goal, changed)) {
      return;
    }
    DialogueState s = t.state();
    if (!changed && s.awaiting() == Step.CONFIRM && s.pending() != null && answered(t, r, goal)) {
      return;
    }
    if (!changed && s.awaiting() == Step.TIME && !s.offers().isEmpty()) {
      Offer picked = pick(t, r);
      if (picked != null) {
        SameTimeOtherDay.tell(t, r, picked);
        if (r.evidence().signs().contains(Evidence.Sign.ANY_WILL_DO)) {
          // "either is fine": the first time offered, named so the customer can still say no.
          t.say("offer.first_taken", t.offeredTimes().get(0));
        }
        t.update(x -> x.withOffers(x.offers(), picked));
        t.understoodNew();
      } else if (r.intent() == Intent.YES) {
        // "yes" to several times offered picks none: ask which, without repeating the offer.
        t.ask(t.offeredTimes(), "ask.which_time", String.join(", ", t.offeredTimes()));
        return;
      }
    }
    next(t, goal);
  }

  /**
   * What the message asks before it answers the bot's question: which of two services, after a typo
   * of another one, times later or earlier than the one under discussion ("anything later?" before
   * a "no" declines and before "is there …", a booking phrase, counts as "book it"), or the first
   * free times ("as soon as possible"). Returns whether it was asked or offered.
   */
  private static boolean askedInstead(
      Turn t, DialogueState before, Reading r, TimeGoal goal, boolean changed) {
    if (TypedService.guessed(t, r, goal)) {
      TypedService.ask(t, r);
      return true;
    }
    if (before.awaiting() == Step.SERVICE && !changed && r.serviceId() != null) {
      // The service asked about is the one held (kept after a typo): say what stands.
      t.understoodNew();
    }
    return ShiftedTimes.offer(t, before, r)
        || SoonestTimes.offer(t, r)
        || OtherDayTimes.offer(t, before, r);
  }

  /** A yes or a no to "Shall I book it?": books, or offers other times; returns whether it was. */
  private boolean answered(Turn t, Reading r, TimeGoal goal) {
    if (r.evidence().signs().contains(Evidence.Sign.ASKS)) {
      // "is there a free slot?" is a question, never a yes: the confirmation is asked again.
      return false;
    }
    // "book it", "please book" at the question "Shall I book it?" say yes and nothing new.
    if (r.intent() == Intent.YES || r.intent() == Intent.BOOK) {
      confirm(t, goal);
      return true;
    }
    if (r.intent() == Intent.NO) {
      // Declining the exact time asked for: offer the times around it, not the same one again.
      Slots w = t.slots();
      Slots around = FreeTimes.isExactTime(w) ? w.withTime(w.time(), TimeQualifier.AROUND) : w;
      if (t.state().pending() != null) {
        t.turnDown(t.state().pending().start());
      }
      t.update(x -> x.withSlots(around).withOffers(x.offers(), null));
      t.say("offer.not_yet");
      offerTimes(t, goal);
      return true;
    }
    return false;
  }

  /**
   * Copies what the reading proposes into the state, after checking it against the catalog; returns
   * whether anything changed (which drops the times offered).
   */
  boolean apply(Turn t, Reading r, TimeGoal goal) {
    Catalog catalog = t.catalog();
    Slots was = t.slots();
    Slots w = was;
    if (goal.choosesService()
        && r.serviceId() != null
        && catalog.service(r.serviceId()).isPresent()
        && !r.serviceId().equals(w.serviceId())
        && !TypedService.guessed(t, r, goal)) {
      w = w.withService(r.serviceId());
    }
    if (r.resourceId() != null
        && catalog.resource(r.resourceId()).isPresent()
        && !r.resourceId().equals(w.resourceId())) {
      w = w.withResource(r.resourceId());
    }
    LocalDate day = r.date() == null ? null : DayCorrection.place(r, w.date(), t.today());
    if (day != null && !day.equals(w.date())) {
      // "actually Saturday" changes only the day: a time said earlier still holds.
      w = w.withDate(day);
    }
    boolean newTime = saysNewTime(t, r, w);
    if (newTime) {
      w = w.withTime(r.time(), r.qualifier() == null ? TimeQualifier.AT : r.qualifier());
    }
    if (r.partOfDay() != null && r.time() == null && r.partOfDay() != w.partOfDay()) {
      w = w.withPartOfDay(r.partOfDay()).withTime(null, null);
    }
    if (!newTime && w.equals(was) && !contradictsPending(t, r, day)) {
      return false;
    }
    Slots now = w;
    t.update(x -> x.withSlots(now).withOffers(List.of(), null));
    t.understoodNew();
    return true;
  }

  /**
   * Whether the reading names a day or a time other than the pending offer's: an offer picked on
   * another day ("Fri 27 Nov at 15:00" for a taken Thursday) leaves the wish on Thursday, so
   * "thursday at 3pm" then changes nothing in the wish but is not the offer either.
   */
  private static boolean contradictsPending(Turn t, Reading r, LocalDate day) {
    Offer pending = t.state().pending();
    if (pending == null) {
      return false;
    }
    var start = pending.start().atZone(t.zone());
    return (day != null && !day.equals(start.toLocalDate()))
        || (r.time() != null && !r.time().equals(start.toLocalTime()));
  }

  /**
   * Whether the reading changes the time. A bare time that matches an offered one picks that offer
   * instead; a time without a qualifier counts as new even when it equals the one held.
   */
  private static boolean saysNewTime(Turn t, Reading r, Slots held) {
    if (r.time() == null) {
      return false;
    }
    boolean matchesOffer =
        t.state().awaiting() == Step.TIME && r.date() == null && offerAt(t, r.time()).isPresent();
    return !matchesOffer && (!r.time().equals(held.time()) || r.qualifier() != held.qualifier());
  }

  private Offer pick(Turn t, Reading r) {
    List<Offer> shown = t.state().offers();
    // The times offered are not numbered: a bare "2", read as a position too, is 14:00 here.
    if (r.choice() != null && r.time() == null) {
      int i = r.choice() == -1 ? shown.size() - 1 : r.choice() - 1;
      return i >= 0 && i < shown.size() ? shown.get(i) : null;
    }
    if (r.time() == null) {
      return DayOfTheOffers.askedTime(t, r);
    }
    // "thursday at 3pm" with Thursday's 15:00 taken is not Friday's 15:00 that was offered instead.
    LocalDate named = r.date() == null ? null : t.slots().date();
    return offerAt(t, r.time())
        .filter(o -> named == null || o.start().atZone(t.zone()).toLocalDate().equals(named))
        .orElse(null);
  }

  private static Optional<Offer> offerAt(Turn t, LocalTime time) {
    return SameTimeOtherDay.at(t, time);
  }

  /** Asks for whatever is missing next, or for confirmation. */
  void next(Turn t, TimeGoal goal) {
    if (goal.choosesService()) {
      Unstaffed.dropHeld(t);
    }
    Optional<Service> service = t.catalog().service(t.slots().serviceId());
    if (service.isEmpty() && t.catalog().bookable().isEmpty()) {
      // A business still setting up: nothing to offer, so no question the customer can't answer.
      t.update(x -> x.withAwaiting(Step.NONE));
      t.say("service.none", t.catalog().business().name());
      return;
    }
    if (service.isEmpty()) {
      t.update(x -> x.withAwaiting(Step.SERVICE));
      if (!ClosedDayUpFront.said(t)) {
        Recap.withoutService(t);
      }
      t.say("ask.service");
      t.ask(t.phrases().serviceNames(), "list.sentence", t.phrases().priceList());
      return;
    }
    if (goal.askBeforeDay(t, service.get())) {
      return;
    }
    if (SoonestTimes.kept(t, service.get())) {
      return;
    }
    if (t.slots().date() == null) {
      t.update(x -> x.withAwaiting(Step.DATE));
      goal.askDay(t, service.get(), Recap.beyondService(t));
      return;
    }
    if (t.state().pending() == null && !offers.offerTimes(t)) {
      return;
    }
    if (goal.askBeforeConfirming(t)) {
      return;
    }
    t.update(x -> x.withAwaiting(Step.CONFIRM));
    goal.askConfirmation(t, service.get(), t.state().pending());
  }

  /** After a question answered in passing, asks again for the time or the confirmation. */
  void resume(Turn t, TimeGoal goal) {
    DialogueState s = t.state();
    if (s.awaiting() == Step.CONFIRM && s.pending() != null) {
      Service service = t.catalog().service(s.slots().serviceId()).orElseThrow();
      goal.askConfirmation(t, service, s.pending());
    } else if (s.awaiting() == Step.TIME && !s.offers().isEmpty()) {
      t.ask(t.offeredTimes(), "ask.time");
    } else {
      next(t, goal);
    }
  }

  private void offerTimes(Turn t, TimeGoal goal) {
    if (offers.offerTimes(t)) {
      next(t, goal);
    }
  }

  /**
   * Books or moves to the pending offer. When its staff member was taken meanwhile and the customer
   * did not ask for anyone in particular, the customer is asked again with whoever is free at that
   * time: the confirmation they said yes to named the staff member.
   */
  private void confirm(Turn t, TimeGoal goal) {
    Service service = t.catalog().service(t.slots().serviceId()).orElseThrow();
    Offer offered = t.state().pending();
    LocalDate onDay = offered.start().atZone(t.zone()).toLocalDate();
    // The offer may be stale (notice period passed, hours changed): check it again.
    boolean valid =
        t.freeSlots(service, onDay, offered.resourceId()).stream()
            .anyMatch(x -> x.start().equals(offered.start()));
    BookingResult result = valid ? goal.commit(t, service, offered) : new BookingResult.Taken();
    if (result instanceof BookingResult.Booked booked) {
      t.booked(booked.bookingId());
      goal.confirmed(t, service, offered);
      DialogueState booking = t.state();
      t.update(DialogueState::reset);
      MoreServices.offerNext(t, booking, service);
      return;
    }
    Optional<Slot> other =
        t.slots().resourceId() != null
            ? Optional.empty()
            : t.freeSlots(service, onDay, null).stream()
                .filter(x -> x.start().equals(offered.start()))
                .filter(x -> x.resourceId() != offered.resourceId())
                .findFirst();
    if (other.isPresent()) {
      askWithOther(t, goal, service, offered, t.offer(other.get(), service));
      return;
    }
    notBooked(t, goal, service, offered);
  }

  /** "Anna was just taken at 09:00, but Marta is free then", and the confirmation again. */
  private static void askWithOther(
      Turn t, TimeGoal goal, Service service, Offer taken, Offer instead) {
    Phrases say = t.phrases();
    String was = t.catalog().resource(taken.resourceId()).map(Resource::name).orElse("");
    String is = t.catalog().resource(instead.resourceId()).map(Resource::name).orElse("");
    t.update(x -> x.withOffers(List.of(instead), instead).withAwaiting(Step.CONFIRM));
    t.say("offer.staff_taken", was, say.time(taken.start()), is);
    t.markExplained();
    goal.askConfirmation(t, service, instead);
  }

  /** The offer could not be booked: says why and offers other times. */
  private void notBooked(Turn t, TimeGoal goal, Service service, Offer offered) {
    LocalDate onDay = offered.start().atZone(t.zone()).toLocalDate();
    LocalTime wanted = offered.start().atZone(t.zone()).toLocalTime();
    Slots retry = t.slots().withDate(onDay).withTime(wanted, TimeQualifier.AT).withPartOfDay(null);
    t.update(x -> x.withSlots(retry).withOffers(List.of(), null));
    // Taken meanwhile, or no longer allowed (the notice period has begun, the hours changed).
    Reason why = WhyNotFree.explain(t.catalog(), t.timed(service), onDay, retry, t.ctx().now());
    if (why instanceof Reason.Taken) {
      t.taken(offered.start());
    } else {
      ReasonSentences.say(t, why, retry);
      t.markExplained();
    }
    offerTimes(t, goal);
  }
}
