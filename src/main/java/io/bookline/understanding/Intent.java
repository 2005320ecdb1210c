package io.bookline.understanding;

/** What a customer's message asks for. A closed set: the dialogue has a case for each. */
public enum Intent {
  BOOK,
  RESCHEDULE,
  /**
   * Change "it" ("move it to Tuesday", "make it 5pm", "can we do Tuesday instead?", "cámbiala"):
   * the booking under way when one is, else the customer's existing booking. The dialogue decides
   * which; the message's day and time are the new ones.
   */
  CHANGE,
  CANCEL,
  LIST,
  /** How long a service takes, and nothing about its price ("how long does a pedicure take?"). */
  ASK_LENGTH,
  ASK_PRICE,
  ASK_HOURS,
  ASK_SERVICES,
  /** Who works on a day, or whether one staff member does ("who is working tomorrow?"). */
  ASK_STAFF,
  ASK_ADDRESS,
  HANDOFF,
  /**
   * A complaint ("my gel already chipped", "ich möchte mich beschweren", "quiero poner una queja"):
   * no booking request; apologised for and handed to a person (ADR 0092).
   */
  COMPLAINT,
  YES,
  NO,
  GREETING,
  THANKS,
  /**
   * A farewell ("bye", "tschüss", "adiós"): ends a booking being set up, nothing booked, and is
   * answered with a farewell (ADR 0092).
   */
  GOODBYE,
  RESTART,
  STOP,
  /**
   * A question the catalog does not answer ("do you take cards?", "is there parking?"): said so
   * honestly, and a person offered.
   */
  QUESTION,
  /**
   * The customer says they will be late for their booking ("I'm running 10 min late", "ich verspäte
   * mich", "llego tarde"): told their booking, never a cancellation or a new booking.
   */
  RUNNING_LATE,
  /** Nothing recognisable as an intent; the message may still carry slots (a date, a name). */
  NONE
}
