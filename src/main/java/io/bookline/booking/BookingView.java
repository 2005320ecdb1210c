package io.bookline.booking;

import java.time.Instant;

/**
 * A customer's confirmed booking, as the dialogue shows and changes it.
 *
 * @param guest whom the customer booked it for when not themselves ("for my daughter and me", ADR
 *     0058); null for their own
 */
public record BookingView(
    long id, long serviceId, long resourceId, Instant start, Instant end, String guest) {

  /** The customer's own booking. */
  public BookingView(long id, long serviceId, long resourceId, Instant start, Instant end) {
    this(id, serviceId, resourceId, start, end, null);
  }

  /** Whether the slot's appointment would overlap this one. */
  boolean overlaps(Slot slot) {
    return start.isBefore(slot.end()) && slot.start().isBefore(end);
  }
}
