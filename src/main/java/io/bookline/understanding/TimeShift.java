package io.bookline.understanding;

/**
 * A time asked for only relative to the one under discussion: "anything later?", "etwas früher?",
 * "¿más tarde?". Understanding cannot know which time that is; the dialogue reads it against the
 * time the customer holds or was offered.
 */
public enum TimeShift {
  /** Later than the time held or offered ("a bit later", "später", "más tarde"). */
  LATER,
  /** Earlier than the time held or offered ("anything earlier?", "früher", "más temprano"). */
  EARLIER
}
