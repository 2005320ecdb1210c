package io.bookline.booking;

/** The question the bot asked last, i.e. what it waits for. */
public enum Step {
  NONE,
  SERVICE,
  DATE,
  TIME,
  NAME,
  CONFIRM
}
