package io.bookline.understanding;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** What one date/time rule made of the words it matched. */
sealed interface Piece {

  /**
   * A day.
   *
   * @param byWeekday named by its weekday alone ("Tuesday", "am Dienstag"): the first such day from
   *     today, which the dialogue may place nearer a day under discussion
   * @param weeksAhead named as so many weeks from today ("in two weeks"), a weekday said with it
   *     falls in that week; 0 otherwise
   */
  record OnDate(LocalDate date, boolean byWeekday, int weeksAhead) implements Piece {
    OnDate(LocalDate date, boolean byWeekday) {
      this(date, byWeekday, 0);
    }

    OnDate(LocalDate date) {
      this(date, false);
    }
  }

  /**
   * A clock time as written: the hour is placed in the day only once the part of day around it is
   * known ("7" → 19:00 "tonight"), then {@code minutesBefore} are taken off ("ten to 5").
   *
   * @param qualifier set when the words themselves say it ("2-4pm" is from 14:00); null otherwise
   */
  record AtTime(int hour, int minute, Meridiem meridiem, int minutesBefore, TimeQualifier qualifier)
      implements Piece {
    AtTime(int hour, int minute, Meridiem meridiem) {
      this(hour, minute, meridiem, 0, null);
    }
  }

  /** A day and a time at once ("in 3 hours"). */
  record Moment(LocalDateTime at) implements Piece {}

  /**
   * A part of the day ("in the evening"); {@code night} when the words said night ("at night",
   * "nachts"), read as evening except for the small hours ("2:30 at night" is 02:30).
   */
  record InPart(PartOfDay part, boolean night) implements Piece {
    InPart(PartOfDay part) {
      this(part, false);
    }
  }

  /**
   * Words meant as a date or time that cannot be placed with confidence; {@code days} the days they
   * cover when the dialogue may choose among them ("this weekend").
   */
  record Unplaced(Unresolved.What what, String reason, List<LocalDate> days) implements Piece {
    Unplaced(Unresolved.What what, String reason) {
      this(what, reason, List.of());
    }
  }

  /** How an hour was written: with am or pm, on the 24-hour clock, or bare. */
  enum Meridiem {
    AM,
    PM,
    H24,
    NONE
  }

  default boolean isDate() {
    return this instanceof OnDate
        || this instanceof Moment
        || (this instanceof Unplaced u && u.what() == Unresolved.What.DATE);
  }

  default boolean isTime() {
    return this instanceof AtTime
        || this instanceof Moment
        || (this instanceof Unplaced u && u.what() == Unresolved.What.TIME);
  }
}
