package io.bookline.booking;

/** How a booking attempt ended. */
public sealed interface BookingResult {
  /** The booking exists; {@code repeated} when the same offer had been confirmed before. */
  record Booked(long bookingId, boolean repeated) implements BookingResult {}

  /** Someone else holds an overlapping booking of that resource. */
  record Taken() implements BookingResult {}
}
