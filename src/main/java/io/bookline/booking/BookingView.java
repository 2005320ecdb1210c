package io.bookline.booking;

import java.time.Instant;

/** A customer's confirmed booking, as the dialogue shows and changes it. */
public record BookingView(long id, long serviceId, long resourceId, Instant start, Instant end) {}
