package io.bookline.booking;

/** The question the bot asked last, i.e. what it waits for. */
public enum Step {
  NONE,
  SERVICE,
  RESOURCE,
  DATE,
  TIME,
  NAME,
  CONFIRM,
  WHICH_BOOKING
}
