package io.bookline.understanding;

/**
 * A time asked for only relative to another: to the one under discussion ("anything later?", "etwas
 * früher?", "¿más tarde?"), or to now ("as soon as possible", "frühestmöglich", "cuanto antes").
 * Understanding cannot know which times those are; the dialogue reads them against the time the
 * customer holds or was offered, or against the free times from now.
 */
public enum TimeShift {
  /** Later than the time held or offered ("a bit later", "später", "más tarde"). */
  LATER,
  /** Earlier than the time held or offered ("anything earlier?", "früher", "más temprano"). */
  EARLIER,
  /**
   * The first free times from now, or from the day named ("asap", "next free slot", "so bald wie
   * möglich", "nächster freier Termin", "lo antes posible", "el primer hueco libre").
   */
  SOONEST
}
