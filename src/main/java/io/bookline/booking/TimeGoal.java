package io.bookline.booking;

/**
 * What booking a new time and moving a booking to a new time do differently. The rest (slots, free
 * times, picking, confirming, a time taken meanwhile) is {@link SlotFilling}'s.
 */
sealed interface TimeGoal permits BookFlow, RescheduleFlow {

  /** Whether the customer picks the service; a move keeps the booked one. */
  boolean choosesService();

  /** Asks what the goal needs before the day, if anything; returns whether it asked. */
  boolean askBeforeDay(Turn t, Service service);

  /**
   * Asks for the day.
   *
   * @param recapped whether what was understood was just said, so the question need not repeat it
   */
  void askDay(Turn t, Service service, boolean recapped);

  /** Asks what the goal needs before the confirmation, if anything; returns whether it asked. */
  boolean askBeforeConfirming(Turn t);

  /** Asks the customer to confirm the picked offer. */
  void askConfirmation(Turn t, Service service, Offer offer);

  /** Books or moves to the offer; storage refuses a time that was taken meanwhile. */
  BookingResult commit(Turn t, Service service, Offer offer);

  /** Says that it is done. */
  void confirmed(Turn t, Service service, Offer offer);
}
