package io.bookline.understanding;

/** What a customer's message asks for. A closed set: the dialogue has a case for each. */
public enum Intent {
  BOOK,
  RESCHEDULE,
  CANCEL,
  LIST,
  ASK_PRICE,
  ASK_HOURS,
  ASK_SERVICES,
  ASK_ADDRESS,
  HANDOFF,
  YES,
  NO,
  GREETING,
  THANKS,
  RESTART,
  STOP,
  /**
   * A question the catalog does not answer ("do you take cards?", "is there parking?"): said so
   * honestly, and a person offered.
   */
  QUESTION,
  /** Nothing recognisable as an intent; the message may still carry slots (a date, a name). */
  NONE
}
