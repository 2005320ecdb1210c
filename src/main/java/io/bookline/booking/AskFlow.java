package io.bookline.booking;

import io.bookline.booking.WhyNotFree.Reason;
import io.bookline.understanding.Evidence;
import io.bookline.understanding.Intent;
import io.bookline.understanding.Reading;
import io.bookline.understanding.Slots;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Questions answered from the catalog at once (prices, services, opening hours, address) and the
 * greeting. A question mid-goal is answered and the goal goes on.
 */
final class AskFlow implements GoalFlow {

  @Override
  public Goal goal() {
    return Goal.NONE;
  }

  @Override
  public boolean takes(DialogueState state, Reading r) {
    boolean idle = state.goal() == Goal.NONE;
    return switch (r.intent()) {
      // "How much is a pedicure?" mid-booking is answered and the goal asks again; with a day or a
      // time in it ("how much is a pedicure on Friday?") it picks the pedicure (the booking goal).
      case ASK_PRICE, ASK_LENGTH ->
          !r.hasSlots() || r.serviceId() != null && (idle || FollowUp.serviceOnly(r.slots()));
      case ASK_SERVICES -> !r.hasSlots() || r.serviceId() != null && idle;
      case ASK_HOURS, ASK_ADDRESS, ASK_STAFF, QUESTION, RUNNING_LATE -> true;
      case GREETING, THANKS -> !r.hasSlots() && !Clarify.needed(r) && idle;
      default -> false;
    };
  }

  @Override
  public Then start(Turn t, Reading r) {
    Phrases say = t.phrases();
    switch (r.intent()) {
      case ASK_HOURS -> hours(t, r.date());
      case ASK_STAFF -> {
        WhoWorks.answer(t, r.date(), r.resourceId());
        keep(t, r);
      }
      case ASK_ADDRESS -> {
        Business b = t.catalog().business();
        if (b.address() == null || b.address().isBlank()) {
          t.say("answer.no_address", b.name());
        } else {
          t.say("answer.address", b.name(), b.address());
        }
      }
      case GREETING -> {
        // A 👋 alone after a booking made in this conversation waves goodbye (ADR 0115).
        if (r.evidence().has(Evidence.Sign.WAVE) && t.state().made() != null) {
          goodbye(t, "farewell.bye");
        } else {
          welcome(t);
        }
        return Then.DONE;
      }
      case THANKS -> {
        goodbye(t, "welcome.thanks");
        return Then.DONE;
      }
      case QUESTION -> {
        return unknown(t);
      }
      case RUNNING_LATE -> late(t);
      default -> {
        Optional<Service> one = t.catalog().service(r.serviceId());
        // "how much is it?" mid-booking, or at "Shall I book that too?", asks about the service
        // held, not the whole list.
        boolean length = r.intent() == Intent.ASK_LENGTH;
        // "how much is gel?" then "and how long does it take?": the service just asked about
        // (held by topic) is the one meant.
        boolean heldCounts = booking(t.state()) || length && t.state().goal() == Goal.NONE;
        Optional<Service> held =
            r.intent() != Intent.ASK_PRICE && !length || !heldCounts
                ? Optional.empty()
                : t.catalog().service(t.state().slots().serviceId());
        if (r.intent() == Intent.ASK_PRICE || length) {
          t.update(s -> s.withAnswered(length ? Topic.LENGTH : Topic.PRICE));
        }
        // "how long does a pedicure take?" is told the length; the price only when asked too.
        if (length && one.or(() -> held).isPresent()) {
          one.ifPresent(service -> topic(t, service));
          t.say("answer.length_of", say.lengthOf(one.or(() -> held).get()));
        } else if (one.isEmpty() && held.isPresent()) {
          t.say("list.sentence", say.priceOf(held.get()));
        } else if (one.isPresent() && !r.evidence().mentions().moreServices().isEmpty()) {
          // "what's the difference between basic and gel manicure?": each one's length and price.
          t.say("list.sentence", say.priceList(services(t, one.get(), r)));
        } else if (one.isPresent()) {
          topic(t, one.get());
          t.say("list.sentence", say.serviceLine(one.get()));
        } else if (t.catalog().bookable().isEmpty()) {
          t.say("service.none", t.catalog().business().name());
        } else {
          t.say("answer.prices", say.priceList());
        }
      }
    }
    return Then.RESUME;
  }

  /** "I'm running late": the next booking told back, and how to move it or reach the team. */
  private static void late(Turn t) {
    Optional<BookingView> next =
        t.upcoming().stream().min(Comparator.comparing(BookingView::start));
    if (next.isPresent()) {
      t.say("answer.running_late", t.phrases().describe(next.get()));
    } else {
      t.say("answer.running_late_none");
    }
  }

  /** The service named first and the others named with it, in the catalog. */
  private static List<Service> services(Turn t, Service first, Reading r) {
    List<Service> all = new ArrayList<>(List.of(first));
    for (Long id : r.evidence().mentions().moreServices()) {
      t.catalog().service(id).filter(s -> !all.contains(s)).ifPresent(all::add);
    }
    return all;
  }

  /**
   * Each question of a message that asks several ({@code Mentions.questions}), in the order asked;
   * the reading the turn goes on with (a name given beside them), or null when the message only
   * asked.
   */
  Reading answerEach(Turn t, Reading r) {
    List<Intent> questions = r.evidence().mentions().questions();
    boolean listed = false;
    for (Intent q : questions) {
      boolean list = wholeList(t, r, q);
      // Every price answer names the length too ("Pedicure (60 min, 40.00 EUR)"): "how much and
      // how long?" is told it once.
      if (q == Intent.ASK_LENGTH && questions.contains(Intent.ASK_PRICE)) {
        t.update(s -> s.withAnswered(Topic.LENGTH));
      } else if (q == Intent.QUESTION) {
        // "…, oh and is there parking?": said honestly beside the rest, nothing of it dropped.
        t.say("answer.unknown_later");
      } else if (!(list && listed)) {
        // "what do you offer and how much?": the list names every price; it is said once.
        start(t, r.withIntent(q));
      }
      listed |= list;
    }
    return questions.contains(r.intent()) ? null : r;
  }

  /** Whether {@code q} is answered with the whole list of services and their prices. */
  private static boolean wholeList(Turn t, Reading r, Intent q) {
    boolean held =
        booking(t.state()) && t.catalog().service(t.state().slots().serviceId()).isPresent();
    return r.serviceId() == null && (q == Intent.ASK_SERVICES || q == Intent.ASK_PRICE && !held);
  }

  /**
   * A question the catalog does not answer: said so, and a person offered; with no goal under way a
   * typed yes takes the offer as the button does ({@link Step#PERSON_OFFER}), mid-goal the goal
   * asks again and "talk to a person" still reaches the team.
   */
  private static Then unknown(Turn t) {
    if (t.state().goal() != Goal.NONE) {
      t.say("answer.unknown_later");
      return Then.RESUME;
    }
    t.update(s -> s.reset().withAwaiting(Step.PERSON_OFFER));
    t.ask(List.of(t.phrases().text("option.person")), "answer.unknown");
    return Then.DONE;
  }

  /**
   * With no goal under way, the service just asked about is the one a following "book it" or "can I
   * get one on Wednesday" means: it waits in the slots, and a booking started next keeps it (the
   * recap names it, and another service named replaces it).
   */
  private static void topic(Turn t, Service service) {
    if (!booking(t.state())) {
      t.update(s -> s.withSlots(Slots.NONE.withService(service.id())));
    }
  }

  /**
   * "is Marta working tomorrow? I only want Marta for my gel nails": with no goal under way, the
   * service, staff member and day asked about wait in the slots as {@link #topic} does, so a time
   * said next ("12") continues that booking (ADR 0098). A service asked about before stays unless
   * another is named.
   */
  private static void keep(Turn t, Reading r) {
    // "who is working on tuesday?": the day stays for "a gel mani with her at 2pm" (ADR 0107).
    if (booking(t.state()) || r.serviceId() == null && r.resourceId() == null && r.date() == null) {
      return;
    }
    Long service = r.serviceId() != null ? r.serviceId() : t.state().slots().serviceId();
    t.update(
        s ->
            s.withSlots(
                Slots.NONE.withService(service).withResource(r.resourceId()).withDate(r.date())));
  }

  /** A goal under way, or a next booking offered ("Shall I book that too?") and not answered. */
  private static boolean booking(DialogueState s) {
    return s.goal() != Goal.NONE || s.awaiting() == Step.BOOK_OFFER;
  }

  /**
   * The week's opening hours; for a day asked about ("are you open on 24 December?"), that day's:
   * closed (with the closure's reason, as when booking) or its hours.
   */
  private static void hours(Turn t, LocalDate day) {
    Phrases say = t.phrases();
    t.update(s -> s.withAnswered(Topic.HOURS));
    if (day == null) {
      t.say("answer.hours", say.hours());
      return;
    }
    Optional<Closure> closure = t.catalog().closureOn(day);
    List<OpeningInterval> windows = t.catalog().hoursOn(day.getDayOfWeek());
    if (closure.isPresent()) {
      ReasonSentences.say(t, new Reason.Closed(day, closure.get()), Slots.NONE);
    } else if (windows.isEmpty()) {
      t.say("reason.closed_on", say.day(day));
    } else {
      t.say("answer.hours_on", say.day(day), say.hours(windows));
    }
  }

  /**
   * Thanks or a goodbye with nothing under way: a short goodbye, naming the customer's next
   * appointment when there is one, and the ways to start again as buttons (no offer repeated). A
   * question just asked (a person, a booking offered) is answered by it: no. {@code lead} thanks
   * back ("You're welcome!") or says goodbye ("Bye!", ADR 0092).
   */
  static void goodbye(Turn t, String lead) {
    t.update(s -> s.withAwaiting(Step.NONE));
    t.say(lead);
    t.upcoming().stream()
        .min(Comparator.comparing(BookingView::start))
        .ifPresentOrElse(
            b -> {
              LocalDate day = b.start().atZone(t.zone()).toLocalDate();
              if (day.equals(t.today())) {
                t.say("goodbye.see_you_today", t.phrases().time(b.start()));
              } else if (day.equals(t.today().plusDays(1))) {
                t.say("goodbye.see_you_tomorrow", t.phrases().time(b.start()));
              } else {
                t.say("goodbye.see_you", t.phrases().day(day));
              }
            },
            () -> t.say(t.evening() ? "goodbye.nice_evening" : "goodbye.nice_day"));
    t.replaceOptions(t.startOptions());
  }

  /** Who we are and what the bot can do, with the ways to start. */
  void welcome(Turn t) {
    t.say("welcome.hello", t.catalog().business().name());
    if (t.catalog().bookable().isEmpty()) {
      t.say("service.none", t.catalog().business().name());
      return;
    }
    t.ask(t.startOptions(), "welcome.offer", String.join(", ", t.phrases().serviceNames()));
  }
}
