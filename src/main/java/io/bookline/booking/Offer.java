package io.bookline.booking;

import java.time.Instant;

/**
 * A slot the bot showed the customer. {@code key} makes confirming the same offer twice book once.
 */
public record Offer(
    Instant start,
    Instant end,
    Instant blockedFrom,
    Instant blockedUntil,
    long resourceId,
    String key) {
  static Offer of(Slot s, String key) {
    return new Offer(s.start(), s.end(), s.blockedFrom(), s.blockedUntil(), s.resourceId(), key);
  }

  Slot slot() {
    return new Slot(start, end, blockedFrom, blockedUntil, resourceId);
  }
}
