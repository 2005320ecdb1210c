package io.bookline.booking;

import java.math.BigDecimal;

/**
 * A confirmed offer, ready to become a booking row.
 *
 * @param guestName who the appointment is for when not the customer ("for my daughter and me");
 *     null for the customer's own
 */
public record BookingRequest(
    long businessId,
    long customerId,
    long serviceId,
    Slot slot,
    BigDecimal price,
    String idempotencyKey,
    String guestName) {

  /** The customer's own appointment. */
  public BookingRequest(
      long businessId,
      long customerId,
      long serviceId,
      Slot slot,
      BigDecimal price,
      String idempotencyKey) {
    this(businessId, customerId, serviceId, slot, price, idempotencyKey, null);
  }
}
