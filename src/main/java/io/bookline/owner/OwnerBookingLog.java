package io.bookline.owner;

import io.bookline.booking.BookingEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Writes the INFO line the README promises for each booking an owner made, moved, cancelled or
 * marked as a no-show, as the chat does for the customer's ("booking 7 made"), saying it came
 * through the owner API and with which key: its id, never the key itself. The owner request's
 * thread has the key's id in the MDC ({@link #KEY}); a change made without one (a closure's
 * cancellations run inside the same request) names no key.
 */
public final class OwnerBookingLog implements BookingEvents {
  private static final Logger LOG = LoggerFactory.getLogger(OwnerBookingLog.class);

  /** The MDC key the owner API's authentication puts the caller's key id under ("operator"). */
  public static final String KEY = "ownerKey";

  @Override
  public void changed(Change change) {
    if (!"owner".equals(change.by())) {
      return; // the chat logs its own changes once the turn has committed
    }
    String key = MDC.get(KEY);
    LOG.info(
        "booking {} {} through the owner API{}",
        change.bookingId(),
        action(change.kind()),
        key == null ? "" : key.equals("operator") ? " (operator key)" : " (key " + key + ")");
  }

  private static String action(Kind kind) {
    return switch (kind) {
      case CREATED -> "made";
      case MOVED -> "moved";
      case CANCELLED -> "cancelled";
      case NO_SHOW -> "marked as a no-show";
      case NO_SHOW_UNDONE -> "no longer marked as a no-show";
    };
  }
}
