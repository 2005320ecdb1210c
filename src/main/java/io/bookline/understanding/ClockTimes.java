package io.bookline.understanding;

import io.bookline.understanding.DateTimeParser.Candidate;
import io.bookline.understanding.Piece.AtTime;
import io.bookline.understanding.Piece.InPart;
import io.bookline.understanding.Piece.Meridiem;
import io.bookline.understanding.Piece.Moment;
import java.time.LocalTime;
import java.util.List;

/**
 * A time said, placed on the clock: "3pm" is 15:00, "at 4" in business hours 16:00, "7 tonight"
 * 19:00 (the part of the day said closest to it decides).
 */
final class ClockTimes {
  /** The last hour that "at night" leaves in the night rather than the evening (5 → 05:00). */
  private static final int SMALL_HOURS = 5;

  private ClockTimes() {}

  /** The clock time of a time piece, with the parts of the day said beside it. */
  static LocalTime of(Candidate time, List<Candidate> parts) {
    return time.piece() instanceof Moment m
        ? m.at().toLocalTime()
        : clock((AtTime) time.piece(), nearest(parts, time));
  }

  /** Of the parts of day wished for, the one said closest to the time ("7 tonight"). */
  static InPart nearest(List<Candidate> parts, Candidate time) {
    InPart best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Candidate c : parts) {
      if (c.piece() instanceof InPart p) {
        int distance = c.from() >= time.to() ? c.from() - time.to() : time.from() - c.to();
        if (distance < bestDistance) {
          best = p;
          bestDistance = distance;
        }
      }
    }
    return best;
  }

  /**
   * Places an hour as written in the day, beside the part of the day said nearest to it: at night
   * the small hours stay small ("2:30 at night", "2:15 Uhr nachts" are 02:30 and 02:15; the
   * dialogue then says the studio is closed then), later hours are evening ("11 at night").
   */
  static LocalTime clock(AtTime t, InPart near) {
    PartOfDay part = near == null ? null : near.part();
    int h = t.hour();
    if (near != null
        && near.night()
        && t.meridiem() == Meridiem.NONE
        && h >= 1
        && h <= SMALL_HOURS) {
      return LocalTime.of(h, t.minute()).minusMinutes(t.minutesBefore());
    }
    switch (t.meridiem()) {
      case AM -> h = h == 12 ? 0 : h;
      case PM -> h = h < 12 ? h + 12 : h;
      case H24 -> {}
      case NONE -> h = unmarked(h, part, t.minutesBefore() > 0);
    }
    LocalTime at = h == 24 ? LocalTime.MIDNIGHT : LocalTime.of(h, t.minute());
    return at.minusMinutes(t.minutesBefore());
  }

  /**
   * "around 4 or 5", "3 or 4pm": the two clock times, in the order said, the bare number read as
   * the time beside it is (its am or pm, its part of the day); none when either is no clock time.
   */
  static List<LocalTime> either(Candidate said, Sym after, Sym before, List<Candidate> parts) {
    Sym bare = after != null ? after : before;
    boolean bareAfter = after != null;
    if (!(said.piece() instanceof AtTime t)) {
      return List.of();
    }
    String[] hm = bare.text().replace("~", "").split(":");
    if (hm.length > 2 || !hm[0].chars().allMatch(Character::isDigit) || hm[0].isEmpty()) {
      return List.of();
    }
    int h = Integer.parseInt(hm[0]);
    int m = hm.length == 2 && hm[1].matches("[0-9]{2}") ? Integer.parseInt(hm[1]) : 0;
    if (h > 24 || m > 59) {
      return List.of();
    }
    Meridiem mer = t.meridiem() == Meridiem.H24 && h < 13 ? Meridiem.NONE : t.meridiem();
    InPart part = nearest(parts, said);
    LocalTime other = clock(new AtTime(h, m, mer), part);
    LocalTime own = clock(t, part);
    return bareAfter ? List.of(own, other) : List.of(other, own);
  }

  /** "a las 4 o a las 5": the first two times said, each placed as said; none unless both are. */
  static List<LocalTime> both(List<Candidate> times, List<Candidate> parts) {
    if (!(times.get(0).piece() instanceof AtTime) || !(times.get(1).piece() instanceof AtTime)) {
      return List.of();
    }
    return List.of(of(times.get(0), parts), of(times.get(1), parts));
  }

  private static int unmarked(int h, PartOfDay part, boolean countingDown) {
    if (h >= 13 || h == 0) {
      return h;
    }
    if (part == PartOfDay.AFTERNOON || part == PartOfDay.EVENING) {
      if (h == 12) {
        return countingDown && part == PartOfDay.EVENING ? 24 : 12;
      }
      return h + 12;
    }
    if (part == PartOfDay.MORNING) {
      return h;
    }
    // Business hours: "at 4" is four in the afternoon.
    return h <= 7 ? h + 12 : h;
  }
}
