package io.bookline.booking;

/**
 * What the bot's last answer was about, so that a question left short ("and tomorrow?", "what about
 * the gel manicure?", "and Marta on Monday?") asks the same again about the new day or service.
 */
public enum Topic {
  /** Opening hours: of a day, or of the week. */
  HOURS,
  /** A service's length and price. */
  PRICE,
  /** How long a service takes. */
  LENGTH,
  /** Who works on a day. */
  STAFF
}
