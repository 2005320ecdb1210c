package io.bookline.understanding;

import java.time.LocalTime;

/** A loose time window people name instead of a clock time. */
public enum PartOfDay {
  MORNING(LocalTime.of(0, 0), LocalTime.of(12, 0)),
  AFTERNOON(LocalTime.of(12, 0), LocalTime.of(17, 0)),
  EVENING(LocalTime.of(17, 0), LocalTime.of(23, 59));

  private final LocalTime from;
  private final LocalTime until;

  PartOfDay(LocalTime from, LocalTime until) {
    this.from = from;
    this.until = until;
  }

  public boolean contains(LocalTime t) {
    return !t.isBefore(from) && t.isBefore(until);
  }
}
