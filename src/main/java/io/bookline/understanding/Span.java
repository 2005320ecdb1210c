package io.bookline.understanding;

/**
 * Where some words stand in the customer's text: character offsets, {@code start} inclusive and
 * {@code end} exclusive, as {@link String#substring(int, int)} takes them.
 */
public record Span(int start, int end) {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("span [" + start + ", " + end + ") is not a span");
    }
  }

  /** The smallest span covering both. */
  public Span union(Span other) {
    return new Span(Math.min(start, other.start), Math.max(end, other.end));
  }
}
