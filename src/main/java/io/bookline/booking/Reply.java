package io.bookline.booking;

import java.util.List;

/** One bot message: text plus quick-reply options (possibly none). */
public record Reply(String text, List<String> options) {
  public Reply {
    options = List.copyOf(options);
  }

  public static Reply of(String text) {
    return new Reply(text, List.of());
  }
}
