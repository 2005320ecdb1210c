package io.bookline.understanding;

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
 *     knows)
 */
public record Unresolved(What what, Span span, String words, String reason) {

  /** The reason of "same time": the time of the booking being moved. */
  public static final String SAME_AS_BOOKED = "same_as_booked";

  /** The slot the words were meant for. */
  public enum What {
    DATE,
    TIME
  }
}
