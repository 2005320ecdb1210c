package io.bookline.booking;

import io.bookline.understanding.Evidence;
import io.bookline.understanding.Mentions;
import io.bookline.understanding.Reading;
import io.bookline.understanding.Unresolved;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * "Pedicure this weekend", "dieses Wochenende", "este fin de semana": the weekend's days the
 * business opens decide. One open day is the day asked for (Saturday's times are offered); both
 * open, the customer picks one ({@link Clarify}); none open, the customer is told honestly that we
 * are closed at the weekend and offered the next open day's times (ADR 0066).
 */
final class Weekend {
  private Weekend() {}

  /** The reading with the weekend placed on its one open day, or after it when it is closed. */
  static Reading place(Turn t, Reading r) {
    Optional<Unresolved> weekend =
        r.evidence().unresolved().stream()
            .filter(u -> Unresolved.WEEKEND.equals(u.reason()) && !u.days().isEmpty())
            .findFirst();
    if (weekend.isEmpty() || r.date() != null || Mentions.QUESTIONS.contains(r.intent())) {
      return r;
    }
    List<LocalDate> open = weekend.get().days().stream().filter(d -> open(t, d)).toList();
    if (open.size() >= 2) {
      return r; // both days open: which one is asked
    }
    LocalDate day;
    if (open.size() == 1) {
      day = open.getFirst();
    } else {
      // The search goes on from the weekend's last day to the next open one, with its times.
      t.say("reason.closed_weekend");
      t.markExplained();
      day = weekend.get().days().getLast();
    }
    List<Unresolved> rest =
        r.evidence().unresolved().stream().filter(u -> u != weekend.get()).toList();
    Evidence e = r.evidence();
    return new Reading(
        r.intent(),
        r.slots().withDate(day),
        r.personName(),
        r.choice(),
        r.source(),
        e.withUnresolved(rest),
        r.shift(),
        r.shiftBy());
  }

  private static boolean open(Turn t, LocalDate day) {
    return !day.isBefore(t.today())
        && t.catalog().closureOn(day).isEmpty()
        && !t.catalog().hoursOn(day.getDayOfWeek()).isEmpty();
  }
}
