package io.bookline.booking;

import io.bookline.understanding.Expectation;

/** The question the bot asked last, i.e. what it waits for. */
public enum Step {
  NONE,
  SERVICE,
  RESOURCE,
  DATE,
  TIME,
  NAME,
  CONFIRM,
  WHICH_BOOKING,
  /** "Would you like to book one?" was asked with no goal under way: a yes starts a booking. */
  BOOK_OFFER,
  /** A change was refused for the business's notice and a person offered: a yes hands over. */
  PERSON_OFFER;

  /**
   * What understanding should expect after this question, so a bare "10" or "Maria" reads right.
   */
  public Expectation expecting() {
    return switch (this) {
      case NONE -> Expectation.NOTHING;
      case SERVICE -> Expectation.SERVICE;
      case RESOURCE, WHICH_BOOKING -> Expectation.CHOICE;
      case DATE -> Expectation.DATE;
      case TIME -> Expectation.TIME;
      case NAME -> Expectation.NAME;
      case CONFIRM, BOOK_OFFER, PERSON_OFFER -> Expectation.CONFIRMATION;
    };
  }
}
