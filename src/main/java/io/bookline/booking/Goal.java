package io.bookline.booking;

/** What the customer is trying to get done in the conversation right now. */
public enum Goal {
  NONE,
  BOOK,
  RESCHEDULE,
  CANCEL
}
