package io.bookline.booking;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A real {@link BookingPort} kept in memory, for fast dialogue tests. It keeps the rules Postgres
 * keeps for {@link PgBookingPort}: confirmed bookings of one resource never overlap (buffers
 * included), an idempotency key books once, and only the customer's own confirmed bookings can be
 * moved or cancelled.
 */
final class InMemoryBookingPort implements BookingPort {

  /** One stored booking; {@code confirmed} turns false when it is cancelled. */
  record Stored(
      long id,
      long businessId,
      long customerId,
      long serviceId,
      Slot slot,
      String key,
      boolean confirmed) {
    Busy busy() {
      return new Busy(id, slot.resourceId(), slot.blockedFrom(), slot.blockedUntil());
    }
  }

  private final Map<Long, Stored> bookings = new HashMap<>();
  private final Map<Long, String> names = new HashMap<>();
  private final Set<Long> handedOff = new HashSet<>();
  private long nextId = 1;

  @Override
  public synchronized List<Busy> busy(long businessId, Instant from, Instant until) {
    return bookings.values().stream()
        .filter(b -> b.confirmed() && b.businessId() == businessId)
        .map(Stored::busy)
        .filter(x -> x.from().isBefore(until) && from.isBefore(x.until()))
        .toList();
  }

  @Override
  public synchronized BookingResult book(BookingRequest req) {
    for (Stored b : bookings.values()) {
      if (b.key().equals(req.idempotencyKey())) {
        return new BookingResult.Booked(b.id(), true);
      }
    }
    if (overlapsAnother(req.slot(), -1)) {
      return new BookingResult.Taken();
    }
    long id = nextId++;
    bookings.put(
        id,
        new Stored(
            id,
            req.businessId(),
            req.customerId(),
            req.serviceId(),
            req.slot(),
            req.idempotencyKey(),
            true));
    return new BookingResult.Booked(id, false);
  }

  @Override
  public synchronized List<BookingView> upcoming(long customerId, Instant now) {
    return bookings.values().stream()
        .filter(b -> b.confirmed() && b.customerId() == customerId)
        .filter(b -> b.slot().start().isAfter(now))
        .sorted(Comparator.comparing((Stored b) -> b.slot().start()))
        .map(
            b ->
                new BookingView(
                    b.id(), b.serviceId(), b.slot().resourceId(), b.slot().start(), b.slot().end()))
        .toList();
  }

  @Override
  public synchronized Optional<BookingView> lastBefore(long customerId, Instant now) {
    return bookings.values().stream()
        .filter(b -> b.confirmed() && b.customerId() == customerId)
        .filter(b -> b.slot().start().isBefore(now))
        .max(Comparator.comparing((Stored b) -> b.slot().start()))
        .map(
            b ->
                new BookingView(
                    b.id(),
                    b.serviceId(),
                    b.slot().resourceId(),
                    b.slot().start(),
                    b.slot().end()));
  }

  @Override
  public synchronized boolean cancel(long bookingId, long customerId, String reason) {
    Stored b = bookings.get(bookingId);
    if (b == null || !b.confirmed() || b.customerId() != customerId) {
      return false;
    }
    bookings.put(
        bookingId,
        new Stored(
            b.id(), b.businessId(), b.customerId(), b.serviceId(), b.slot(), b.key(), false));
    return true;
  }

  @Override
  public synchronized BookingResult reschedule(long bookingId, long customerId, Slot slot) {
    Stored b = bookings.get(bookingId);
    if (b == null || !b.confirmed() || b.customerId() != customerId) {
      return new BookingResult.Taken();
    }
    if (overlapsAnother(slot, bookingId)) {
      return new BookingResult.Taken();
    }
    bookings.put(
        bookingId,
        new Stored(b.id(), b.businessId(), b.customerId(), b.serviceId(), slot, b.key(), true));
    return new BookingResult.Booked(bookingId, false);
  }

  @Override
  public synchronized void rememberName(long customerId, String name) {
    names.put(customerId, name);
  }

  @Override
  public synchronized void handOff(long conversationId) {
    handedOff.add(conversationId);
  }

  @Override
  public synchronized void handBack(long conversationId) {
    handedOff.remove(conversationId);
  }

  private boolean overlapsAnother(Slot slot, long except) {
    return bookings.values().stream()
        .filter(b -> b.confirmed() && b.id() != except)
        .anyMatch(
            b -> b.busy().overlaps(slot.resourceId(), slot.blockedFrom(), slot.blockedUntil()));
  }

  synchronized List<Stored> all() {
    return bookings.values().stream().sorted(Comparator.comparing(Stored::id)).toList();
  }

  synchronized List<Stored> confirmed() {
    return all().stream().filter(Stored::confirmed).toList();
  }

  synchronized String name(long customerId) {
    return names.get(customerId);
  }

  synchronized boolean handedOff(long conversationId) {
    return handedOff.contains(conversationId);
  }
}
