package io.bookline.booking;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Told after a change to a booking has committed, whoever made it: a customer in the chat or an
 * owner over the API. In-process and synchronous on the committing thread, so a listener must be
 * quick and must not throw (the owner console's live calendar puts it on its own queue). A listener
 * that needs every instance's changes subscribes on each instance; the change itself is already in
 * Postgres, so a listener that missed one re-reads {@code GET /api/bookings} (ADR 0032).
 */
@FunctionalInterface
public interface BookingEvents {
  /** Listens to nothing. */
  BookingEvents NONE = change -> {};

  void changed(Change change);

  /** What happened to a booking. */
  enum Kind {
    CREATED,
    MOVED,
    CANCELLED,
    NO_SHOW,
    NO_SHOW_UNDONE
  }

  /**
   * One change.
   *
   * @param by "customer" (the chat) or "owner" (the API)
   */
  record Change(long businessId, long bookingId, Kind kind, String by, Instant at) {}

  /**
   * The listeners of one instance: what the processor and the owner API are given, and where a
   * listener (the console's live calendar) subscribes. A listener that throws is logged and the
   * others still hear of the change.
   */
  final class Listeners implements BookingEvents {
    private static final Logger LOG = LoggerFactory.getLogger(Listeners.class);
    private final List<BookingEvents> all = new CopyOnWriteArrayList<>();

    public void subscribe(BookingEvents listener) {
      all.add(listener);
    }

    @Override
    public void changed(Change change) {
      for (BookingEvents l : all) {
        try {
          l.changed(change);
        } catch (RuntimeException e) {
          LOG.warn(
              "a booking listener failed on {} of booking {}",
              change.kind(),
              change.bookingId(),
              e);
        }
      }
    }
  }
}
