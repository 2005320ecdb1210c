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
 *     named_day} (a holiday whose date the rules do not know: "Easter", "over Christmas")
 */
public record Unresolved(What what, Span span, String words, String reason) {

  /** The slot the words were meant for. */
  public enum What {
    DATE,
    TIME
  }
}
