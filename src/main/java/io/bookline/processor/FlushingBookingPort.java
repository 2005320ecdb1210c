package io.bookline.processor;

import io.bookline.booking.BookingPort;
import io.bookline.booking.BookingRequest;
import io.bookline.booking.BookingResult;
import io.bookline.booking.BookingView;
import io.bookline.booking.Busy;
import io.bookline.booking.Slot;
import io.bookline.db.Tx;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The dialogue's storage, sending the turn's held-back writes first: the conversation claim then
 * runs before any booking statement, as it did when every write went on its own, so a stale session
 * is still refused as a version conflict before it can book (ADR 0030). A turn whose dialogue never
 * touches storage (most of them) keeps all its writes for the one round trip before the commit.
 */
final class FlushingBookingPort implements BookingPort {
  private final BookingPort storage;
  private final Tx tx;

  FlushingBookingPort(BookingPort storage, Tx tx) {
    this.storage = storage;
    this.tx = tx;
  }

  @Override
  public List<Busy> busy(long businessId, Instant from, Instant until) {
    tx.flush();
    return storage.busy(businessId, from, until);
  }

  @Override
  public BookingResult book(BookingRequest request) {
    tx.flush();
    return storage.book(request);
  }

  @Override
  public List<BookingView> upcoming(long customerId, Instant now) {
    tx.flush();
    return storage.upcoming(customerId, now);
  }

  @Override
  public Optional<BookingView> lastBefore(long customerId, Instant now) {
    tx.flush();
    return storage.lastBefore(customerId, now);
  }

  @Override
  public boolean cancel(long bookingId, long customerId, String reason) {
    tx.flush();
    return storage.cancel(bookingId, customerId, reason);
  }

  @Override
  public BookingResult reschedule(long bookingId, long customerId, Slot slot) {
    tx.flush();
    return storage.reschedule(bookingId, customerId, slot);
  }

  @Override
  public void rememberName(long customerId, String name) {
    tx.flush();
    storage.rememberName(customerId, name);
  }

  @Override
  public void handOff(long conversationId) {
    tx.flush();
    storage.handOff(conversationId);
  }

  @Override
  public void handBack(long conversationId) {
    tx.flush();
    storage.handBack(conversationId);
  }
}
