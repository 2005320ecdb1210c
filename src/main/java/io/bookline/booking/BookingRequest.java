package io.bookline.booking;

import java.math.BigDecimal;

/** A confirmed offer, ready to become a booking row. */
public record BookingRequest(
    long businessId,
    long customerId,
    long serviceId,
    Slot slot,
    BigDecimal price,
    String idempotencyKey) {}
