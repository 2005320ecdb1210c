package io.bookline.understanding;

import io.bookline.understanding.DateTimeParser.Candidate;
import io.bookline.understanding.Piece.OnDate;
import io.bookline.understanding.Piece.Unplaced;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * A day said in two pieces, apart in the message, made one: "not tomorrow, the day after" (the day
 * after the day said before it) and "in two weeks …, like on the Wednesday" (that weekday in the
 * week two weeks from now, not the next Wednesday nor the day two weeks from today).
 */
final class JoinedDays {
  private JoinedDays() {}

  /** The pieces with each day said in two pieces as one. */
  static List<Candidate> join(List<Candidate> chosen) {
    return weekdayInWeeks(dayAfter(chosen));
  }

  private static List<Candidate> dayAfter(List<Candidate> chosen) {
    List<Candidate> out = new ArrayList<>(chosen.size());
    LocalDate before = null;
    for (Candidate c : chosen) {
      if (before != null
          && c.piece() instanceof Unplaced u
          && DateResolvers.DAY_AFTER.equals(u.reason())) {
        c = new Candidate(new OnDate(before.plusDays(1)), c.from(), c.to(), c.order());
      }
      if (c.piece() instanceof OnDate d) {
        before = d.date();
      }
      out.add(c);
    }
    return out;
  }

  /**
   * One "in N weeks" and one weekday said alone: the weekday of that week, in the weekday's place;
   * any other mix of days is left to {@link Selection}.
   */
  private static List<Candidate> weekdayInWeeks(List<Candidate> chosen) {
    Candidate weeks = null;
    Candidate weekday = null;
    int days = 0;
    for (Candidate c : chosen) {
      if (c.piece().isDate()) {
        days++;
      }
      if (c.piece() instanceof OnDate d && d.weeksAhead() > 0) {
        weeks = c;
      } else if (c.piece() instanceof OnDate d && d.byWeekday()) {
        weekday = c;
      }
    }
    if (weeks == null || weekday == null || days != 2) {
      return chosen;
    }
    LocalDate monday =
        ((OnDate) weeks.piece()).date().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    DayOfWeek dow = ((OnDate) weekday.piece()).date().getDayOfWeek();
    Candidate joined =
        new Candidate(
            new OnDate(monday.plusDays(dow.getValue() - 1L)),
            weekday.from(),
            weekday.to(),
            weekday.order());
    List<Candidate> out = new ArrayList<>(chosen.size() - 1);
    for (Candidate c : chosen) {
      if (c != weeks) {
        out.add(c == weekday ? joined : c);
      }
    }
    return out;
  }
}
