package io.bookline.processor;

import io.bookline.booking.BookingPort;
import io.bookline.booking.BookingRequest;
import io.bookline.booking.BookingResult;
import io.bookline.booking.BookingView;
import io.bookline.booking.Busy;
import io.bookline.booking.Slot;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The turn's booking port, noting each change it makes: a booking made, moved or cancelled, a
 * conversation handed to a person or given back. Only once the turn has committed does {@link
 * #published} log one INFO line per change and count it, so a turn re-run after a lost race counts
 * once. The lines carry ids only, never what the customer wrote; the turn's MDC adds the
 * conversation.
 */
final class BookingEvents implements BookingPort {
  private static final Logger LOG = LoggerFactory.getLogger(BookingEvents.class);

  private record Change(String action, long id) {}

  private final BookingPort port;
  private final List<Change> changes = new ArrayList<>();

  BookingEvents(BookingPort port) {
    this.port = port;
  }

  /** Logs and counts what the committed turn changed. */
  void published(MeterRegistry metrics) {
    for (Change c : changes) {
      if (c.action().equals("handoff")) {
        LOG.info("conversation {} handed to a person", c.id());
        metrics.counter("bookline.handoffs").increment();
      } else if (c.action().equals("handback")) {
        LOG.info("conversation {} back with the bot: the customer withdrew the request", c.id());
      } else {
        LOG.info("booking {} {}", c.id(), c.action());
        metrics.counter("bookline.bookings", "action", c.action()).increment();
      }
    }
  }

  @Override
  public List<Busy> busy(long businessId, Instant from, Instant until) {
    return port.busy(businessId, from, until);
  }

  @Override
  public BookingResult book(BookingRequest request) {
    BookingResult result = port.book(request);
    if (result instanceof BookingResult.Booked b && !b.repeated()) {
      changes.add(new Change("made", b.bookingId()));
    }
    return result;
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
    boolean cancelled = port.cancel(bookingId, customerId, reason);
    if (cancelled) {
      changes.add(new Change("cancelled", bookingId));
    }
    return cancelled;
  }

  @Override
  public BookingResult reschedule(long bookingId, long customerId, Slot slot) {
    BookingResult result = port.reschedule(bookingId, customerId, slot);
    if (result instanceof BookingResult.Booked) {
      changes.add(new Change("moved", bookingId));
    }
    return result;
  }

  @Override
  public void rememberName(long customerId, String name) {
    port.rememberName(customerId, name);
  }

  @Override
  public void handOff(long conversationId) {
    port.handOff(conversationId);
    changes.add(new Change("handoff", conversationId));
  }

  @Override
  public void handBack(long conversationId) {
    port.handBack(conversationId);
    changes.add(new Change("handback", conversationId));
  }
}
