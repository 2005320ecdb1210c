package io.bookline.booking;

import io.bookline.booking.GoalFlow.Then;
import io.bookline.understanding.Intent;
import io.bookline.understanding.Language;
import io.bookline.understanding.Reading;
import io.bookline.wording.Messages;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The deterministic conversation: takes the state and one reading, checks every proposed slot
 * against the catalog and availability, and returns the next state and replies. A reading can only
 * select things that exist; it never supplies a price, a service or a free time.
 *
 * <p>This class routes: each reading goes to the first {@link GoalFlow} that takes it (the way out,
 * handoff, list, cancel, reschedule, questions, book), else to the goal under way. Book, reschedule
 * and cancel are small state machines over {@link Step}; list, questions and handoff are answered
 * at once, and the customer returns to where they were. Any turn may switch goal, correct a slot,
 * start over or stop. The words come from the {@link Messages} catalogue of the turn's language.
 */
public final class BookingDialogue {
  private final AskFlow ask = new AskFlow();
  private final Reprompt reprompt = new Reprompt();

  /**
   * In the order they are offered a reading: the way out first, book last, as it takes any slot
   * when idle.
   */
  private final List<GoalFlow> goals;

  public BookingDialogue() {
    SlotFilling filling = new SlotFilling();
    BookingChoice choice = new BookingChoice();
    CancelFlow cancel = new CancelFlow(choice);
    this.goals =
        List.of(
            new LeaveFlow(cancel),
            new HandoffFlow(),
            new ListFlow(),
            cancel,
            new RescheduleFlow(filling, choice),
            ask,
            new BookFlow(filling));
  }

  /**
   * The first words of a conversation nobody has started: the welcome a "Hi" would get, in the
   * business's language, without a turn, so nothing is stored (the web chat page, issue 15).
   */
  public List<Reply> greeting(Catalog catalog, Instant now) {
    return greeting(catalog, now, Language.of(catalog.business().locale()));
  }

  /** The same welcome in a language the visitor asked for (the web chat's browser language). */
  public List<Reply> greeting(Catalog catalog, Instant now, Language language) {
    TurnContext ctx = new TurnContext(catalog, now, 0, 0, 0, null, language, false);
    Turn t =
        new Turn(
            DialogueState.start(null), ctx, new Phrases(Messages.forLocale(ctx.locale()), catalog));
    ask.welcome(t);
    return t.done().replies();
  }

  public Outcome advance(DialogueState state, Reading reading, TurnContext ctx) {
    Phrases phrases = new Phrases(Messages.forLocale(ctx.locale()), ctx.catalog());
    Turn t = new Turn(state, ctx, phrases);
    // While a person has the conversation, the bot records what the customer writes and only says
    // that it has reached the team, when the customer has waited a while; until a person has
    // written, the customer may take the request back.
    if (HandBack.applies(state, reading)) {
      if (HandBack.withdraw(t, reading)) {
        resume(t);
      } else {
        route(t, reading);
      }
    } else if (state.handoff()) {
      HandoffFlow.held(t);
    } else {
      if (ctx.languageSwitched()) {
        t.say("control.language");
      }
      route(t, reading);
    }
    return t.done();
  }

  private void route(Turn t, Reading reading) {
    // "Move it", "make it 5pm": the booking under way, else the customer's booking.
    DialogueState before = t.state();
    if (before.answered() != null) {
      t.update(s -> s.withAnswered(null)); // a question left short follows only the next turn
    }
    if (!before.named().isEmpty()) {
      t.update(s -> s.withNamed(List.of())); // "with her" means whom the last reply named
    }
    // "yes", "ok", "thx" at the writer's own name question (ADR 0115): no name given, the booking
    // is confirmed as asked (review of 99fbd8a: the question came back at every yes).
    if (WritersName.asked(before)
        && reading.personName() == null
        && (reading.intent() == Intent.YES || reading.intent() == Intent.THANKS)) {
      t.update(s -> s.withAwaiting(Step.CONFIRM));
      reading = reading.withIntent(Intent.YES);
    }
    // "my friend can't come after all": that person drops out, never the customer (ADR 0086).
    if (OneFewer.applies(t, reading)) {
      if (OneFewer.drop(t, reading)) {
        resume(t);
      }
      return;
    }
    // "an hour later": the time held or offered, else the booking's, moved by that much.
    // "the pedicure right after": when the booking made last ends.
    // "this weekend": its open day, or the next open day when the weekend is closed.
    // "a gel manicure if it's not too pricey, monday or tuesday afternoon": the price said, then
    // the booking on the first of the two days with afternoon times (ADR 0113).
    Reading wished = EitherDay.place(t, PricedWish.place(t, reading));
    // "and one for me at the same time": the day and time of the booking made last (ADR 0122).
    wished = SameTimeAsMade.place(t, RightAfter.place(t, Weekend.place(t, wished)));
    Reading placed = ShiftByAmount.place(t, wished);
    if (placed == null) {
      return; // the booking the amount was said of is not there: asked which one is meant
    }
    // "and wednesday?" when asked whether to cancel: a move of that booking.
    Reading r = ChangeTarget.resolve(t, CounterOffer.place(t, placed));
    if (r == null) {
      resume(t);
      return;
    }
    r = TodaysWeekday.place(t, FollowUp.resolve(before, r));
    // "with her": the staff member named last; asked which when it was two (ADR 0107).
    r = StaffPronoun.place(t, before, r);
    if (r == null) {
      return;
    }
    // "it's for my mum Helen" at the name question, "book it for my mum Helen" at "Shall I book
    // it?": the booking is Helen's, asked about again (ADR 0108). Not "Kate and Tom" (NamedTwo).
    if (TheirBooking.saidLate(t, r)) {
      resume(t);
      return;
    }
    // "the other one": of those who do the service, not the staff member just named (ADR 0109).
    r = OtherStaff.place(t, before, r);
    if (r == null) {
      return;
    }
    // "same again for the saturday after": the booking just made, on that weekday after its day.
    r = SameAfter.place(t, before, r);
    // "the usual": what the customer had last time (ADR 0109).
    r = LastTime.place(t, r);
    if (r == null) {
      return;
    }
    // "and a gel manicure thursday at 4pm" at the name step: this booking first, then that one.
    if (AnotherService.queued(t, r)) {
      resume(t);
      return;
    }
    if (WrongName.ask(t, r)) {
      return;
    }
    if (NotOnOffer.applies(r)) {
      r = NotOnOffer.say(t, r);
      if (r == null) {
        resume(t);
        return;
      }
    }
    if (Unstaffed.applies(t, r)) {
      r = Unstaffed.say(t, r);
      if (r == null) {
        resume(t);
        return;
      }
    }
    // "who would do it?" while times are offered: who has each of them.
    if (WhoOffered.applies(t.state(), r)) {
      WhoOffered.answer(t);
      return;
    }
    if (Reprompt.applies(t.state(), r)) {
      reprompt.ask(t);
      return;
    }
    NamedTwo.start(t, r); // "Kate and Tom" at the name question: two people (ADR 0097)
    rememberName(t, r);
    // "what are your hours? and who works there": each question answered, in the order asked.
    if (!r.evidence().mentions().questions().isEmpty()) {
      r = ask.answerEach(t, r);
      if (r == null) {
        resume(t);
        return;
      }
    }
    // "and thursday? how much is it?": the price first, then the booking goes on with the day.
    PriceToo.say(t, r);
    for (GoalFlow g : goals) {
      if (g.takes(t.state(), r)) {
        if (g.start(t, r) == Then.RESUME) {
          resume(t);
        }
        return;
      }
    }
    GoalFlow current = underWay(t.state().goal());
    if (current == null && r.intent() == Intent.YES && t.state().awaiting() == Step.NONE) {
      // "ok", "sure", "passt", "vale" with nothing asked: a nod back, not the greeting again.
      t.ask(t.startOptions(), "control.anything_else");
    } else if (current == null) {
      ask.welcome(t);
    } else {
      current.proceed(t, r);
    }
  }

  private static void rememberName(Turn t, Reading r) {
    String name = r.personName();
    DialogueState s = t.state();
    // At "Shall I book it?" a name said ("no, put it under Eva") corrects the one confirmed.
    boolean confirming = s.awaiting() == Step.CONFIRM && s.goal() == Goal.BOOK;
    if (s.guest() != null && !WritersName.asked(s)) {
      // The name of the person booked with the customer is theirs, never the customer's.
      if (name != null && (s.awaiting() == Step.NAME || confirming)) {
        t.update(x -> x.withGuest(name));
      }
      return;
    }
    if (name != null && (s.awaiting() == Step.NAME || s.customerName() == null || confirming)) {
      t.update(x -> x.withName(name));
      t.port().rememberName(t.ctx().customerId(), name);
    }
  }

  /** After a question answered in passing, back to what the customer was doing. */
  private void resume(Turn t) {
    GoalFlow current = underWay(t.state().goal());
    if (current != null) {
      current.resume(t);
      return;
    }
    if (t.state().awaiting() == Step.BOOK_OFFER && MoreServices.askAgain(t)) {
      return;
    }
    List<String> options = new ArrayList<>();
    options.add(t.phrases().text("option.book"));
    for (String name : t.phrases().serviceNames()) {
      if (!options.contains(name)) {
        options.add(name);
      }
    }
    t.replaceOptions(options);
  }

  private GoalFlow underWay(Goal goal) {
    return goals.stream()
        .filter(g -> g.goal() != Goal.NONE && g.goal() == goal)
        .findFirst()
        .orElse(null);
  }
}
