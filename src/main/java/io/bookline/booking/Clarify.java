package io.bookline.booking;

import io.bookline.understanding.Reading;
import io.bookline.understanding.Unresolved;
import java.util.List;

/**
 * A date or time the customer named but the understanding could not place ("next week", "Thursday
 * the 20th" when the 20th is a Friday, "25:00", "friday or saturday") becomes a question, never a
 * guess: a wrong day costs a missed appointment, a question one message. The slot it was meant for
 * is emptied, so an earlier value is not kept against what the customer just said.
 */
final class Clarify {
  private Clarify() {}

  /** Whether the reading names a date or time it could not place. */
  static boolean needed(Reading r) {
    return r.evidence().unresolved().stream().anyMatch(u -> !placed(r, u));
  }

  /** Asks about the first expression the reading could not place; returns whether it asked. */
  static boolean ask(Turn t, Reading r) {
    for (Unresolved u : r.evidence().unresolved()) {
      if (placed(r, u)) {
        continue;
      }
      EitherTime.Placed either = EitherTime.place(t, u);
      if (either == EitherTime.Placed.BOTH) {
        return true;
      }
      if (either == EitherTime.Placed.ONE) {
        continue;
      }
      if (u.what() == Unresolved.What.DATE) {
        // A day named, even one to be asked about, answers "asap" for good (ADR 0071): the day
        // emptied here must not bring the earliest times back once the service is known.
        t.update(
            s ->
                s.withSlots(s.slots().withDate(null))
                    .withOffers(List.of(), null)
                    .withSoonest(false)
                    .withAwaiting(Step.DATE));
      } else {
        t.update(
            s ->
                s.withSlots(s.slots().withTime(null, null))
                    .withOffers(s.offers(), null)
                    .withAwaiting(Step.TIME));
      }
      Recap.all(t);
      if (u.days().size() >= 2) {
        eitherDay(t, u);
      } else {
        t.ask(t.offeredTimes(), question(u), u.words());
      }
      return true;
    }
    return false;
  }

  /**
   * "tuesday or thursday": the days named as the bot names days ("Tue 1 Dec or Thu 3 Dec"), one
   * option each, rather than in the customer's own spelling.
   */
  private static void eitherDay(Turn t, Unresolved u) {
    List<String> days = u.days().stream().map(t.phrases()::day).toList();
    t.ask(
        days,
        "clarify.alternatives",
        t.phrases().text("clarify.either_day", days.get(0), days.get(1)));
  }

  /**
   * An expression is moot when the reading also gives a value for its slot; "a different day" is no
   * question either: a change says which day goes ({@link ChangeTarget}).
   */
  private static boolean placed(Reading r, Unresolved u) {
    if (Unresolved.ANOTHER_DAY.equals(u.reason())) {
      return true;
    }
    return u.what() == Unresolved.What.DATE
        ? r.date() != null
        : r.time() != null || r.partOfDay() != null;
  }

  /** The question for each reason the understanding gives; a general one for any other. */
  private static String question(Unresolved u) {
    boolean date = u.what() == Unresolved.What.DATE;
    return switch (u.reason()) {
      case "weekday_mismatch" -> "clarify.weekday_mismatch";
      case "not_a_single_day" -> "clarify.not_a_single_day";
      case "no_such_day" -> "clarify.no_such_day";
      case "not_a_clock_time" -> "clarify.not_a_clock_time";
      case "alternatives" -> "clarify.alternatives";
      case Unresolved.REFUSED_TIME -> "clarify.refused_time";
      case "vague" -> date ? "clarify.vague_date" : "clarify.vague_time";
      default -> date ? "clarify.date" : "clarify.time";
    };
  }
}
