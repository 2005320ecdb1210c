package io.bookline.understanding;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * Words that name a date or a time the parser could not place with confidence ("Friday the 21st"
 * when the 21st is a Thursday, "next week", "25:00"). The value stays empty so the dialogue asks
 * instead of booking a guess.
 *
 * @param what which slot the words were meant for
 * @param span where the words stand in the text
 * @param words the words themselves, as written
 * @param reason a stable code: {@code weekday_mismatch}, {@code not_a_single_day}, {@code
 *     no_such_day}, {@code not_a_clock_time}, {@code alternatives}, {@code vague}, {@code
 *     named_day} (a holiday whose date the rules do not know: "Easter", "over Christmas"), {@code
 *     same_as_booked} ("same time": the customer's booking's own time, which only the dialogue
 *     knows), {@code another_day} ("a different day": not the one held, which only the dialogue
 *     knows), {@code refused_time} ("not 3pm": the clock time turned down), {@code
 *     right_after_booked} ("right after": when the booking just made ends), {@code weekend} ("this
 *     weekend": its days in {@code days})
 * @param days the days the words name, when they name several ("tuesday or thursday" → both, in the
 *     order said), so the dialogue can offer them; empty otherwise
 * @param times the clock times the words name, when they name two ("around 4 or 5" → 16:00 and
 *     17:00, in the order said), so the dialogue can offer the free ones (ADR 0109); empty
 *     otherwise
 */
public record Unresolved(
    What what,
    Span span,
    String words,
    String reason,
    List<LocalDate> days,
    List<LocalTime> times) {

  public Unresolved {
    days = days == null ? List.of() : List.copyOf(days);
    times = times == null ? List.of() : List.copyOf(times);
  }

  /** Words that name no time the dialogue could offer. */
  public Unresolved(What what, Span span, String words, String reason, List<LocalDate> days) {
    this(what, span, words, reason, days, List.of());
  }

  /** The same words, naming these clock times. */
  Unresolved withTimes(List<LocalTime> named) {
    return new Unresolved(what, span, words, reason, days, named);
  }

  /** Words that name no day the dialogue could offer. */
  public Unresolved(What what, Span span, String words, String reason) {
    this(what, span, words, reason, List.of());
  }

  /** The reason of "same time": the time of the booking being moved. */
  public static final String SAME_AS_BOOKED = "same_as_booked";

  /** The reason of "right after": when the booking just made ends. */
  public static final String RIGHT_AFTER_BOOKED = "right_after_booked";

  /** The reason of "this weekend": its days given, for the dialogue to keep the open ones. */
  public static final String WEEKEND = "weekend";

  /**
   * The reason of a lone time turned down ("not 3pm", "nicht um 15 Uhr", "a las 3 no"): its words
   * are the clock time refused ("15:00"), for the dialogue to name back while asking for another.
   */
  public static final String REFUSED_TIME = "refused_time";

  /** The reason of "a different day": any day but the one held. */
  public static final String ANOTHER_DAY = "another_day";

  /** The slot the words were meant for. */
  public enum What {
    DATE,
    TIME
  }
}
