package io.bookline.booking;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the dialogue may ask of storage during one turn. The processor hands in an implementation
 * bound to the turn's transaction, so a booking and the session that led to it commit together.
 */
public interface BookingPort {
  /** Confirmed bookings of a business that overlap the range, buffers included. */
  List<Busy> busy(long businessId, Instant from, Instant until);

  /** Books a slot; the database refuses overlaps, and a repeated idempotency key books once. */
  BookingResult book(BookingRequest request);

  /** The customer's confirmed bookings that start after {@code now}, earliest first. */
  List<BookingView> upcoming(long customerId, Instant now);

  /**
   * The customer's own confirmed booking (not a guest's) that started last before {@code now}: what
   * "the usual" and "same as last time" mean (ADR 0109); empty when they have none.
   */
  Optional<BookingView> lastBefore(long customerId, Instant now);

  /** Cancels a confirmed booking of this customer; false if there was none to cancel. */
  boolean cancel(long bookingId, long customerId, String reason);

  /**
   * Moves a booking of this customer to a new slot, keeping its id; the database refuses overlaps.
   */
  BookingResult reschedule(long bookingId, long customerId, Slot slot);

  /** Stores the customer's name so later conversations need not ask again. */
  void rememberName(long customerId, String name);

  /** Marks the conversation as waiting for a person; the bot stays silent until released. */
  void handOff(long conversationId);

  /**
   * The customer withdrew their request for a person before anyone wrote: the conversation is the
   * bot's again and no longer waits for the team.
   */
  void handBack(long conversationId);
}
