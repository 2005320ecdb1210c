package io.bookline.processor;

import io.bookline.booking.BookingEvents;
import io.bookline.booking.BookingPort;
import io.bookline.booking.BookingRequest;
import io.bookline.booking.BookingResult;
import io.bookline.booking.BookingView;
import io.bookline.booking.Busy;
import io.bookline.booking.Slot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A turn's {@link BookingPort} that notes each booking the turn made, moved or cancelled, so the
 * changes are told to {@link BookingEvents} once the turn has committed (and not at all when it
 * rolls back and runs again).
 */
final class RecordingPort implements BookingPort {
  /** A change the turn made: which booking, and how. */
  record Noted(long bookingId, BookingEvents.Kind kind) {}

  private final BookingPort port;
  private final List<Noted> noted = new ArrayList<>();

  RecordingPort(BookingPort port) {
    this.port = port;
  }

  List<Noted> noted() {
    return List.copyOf(noted);
  }

  @Override
  public List<Busy> busy(long businessId, Instant from, Instant until) {
    return port.busy(businessId, from, until);
  }

  @Override
  public BookingResult book(BookingRequest request) {
    BookingResult r = port.book(request);
    if (r instanceof BookingResult.Booked b && !b.repeated()) {
      noted.add(new Noted(b.bookingId(), BookingEvents.Kind.CREATED));
    }
    return r;
  }

  @Override
  public List<BookingView> upcoming(long customerId, Instant now) {
    return port.upcoming(customerId, now);
  }

  @Override
  public Optional<BookingView> lastBefore(long customerId, Instant now) {
    return port.lastBefore(customerId, now);
  }

  @Override
  public boolean cancel(long bookingId, long customerId, String reason) {
    boolean done = port.cancel(bookingId, customerId, reason);
    if (done) {
      noted.add(new Noted(bookingId, BookingEvents.Kind.CANCELLED));
    }
    return done;
  }

  @Override
  public BookingResult reschedule(long bookingId, long customerId, Slot slot) {
    BookingResult r = port.reschedule(bookingId, customerId, slot);
    if (r instanceof BookingResult.Booked) {
      noted.add(new Noted(bookingId, BookingEvents.Kind.MOVED));
    }
    return r;
  }

  @Override
  public void rememberName(long customerId, String name) {
    port.rememberName(customerId, name);
  }

  @Override
  public void handOff(long conversationId) {
    port.handOff(conversationId);
  }

  @Override
  public void handBack(long conversationId) {
    port.handBack(conversationId);
  }
}
