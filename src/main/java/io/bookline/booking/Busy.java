package io.bookline.booking;

import java.time.Instant;

/** Time a resource is already taken by a booking, buffers included. */
public record Busy(long bookingId, long resourceId, Instant from, Instant until) {
  boolean overlaps(long resource, Instant start, Instant end) {
    return resourceId == resource && from.isBefore(end) && start.isBefore(until);
  }
}
