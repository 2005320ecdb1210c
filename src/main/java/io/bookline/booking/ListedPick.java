package io.bookline.booking;

import io.bookline.understanding.Intent;
import io.bookline.understanding.Reading;
import java.util.List;
import java.util.Optional;

/**
 * The booking picked from the numbered list the bot showed ("Which appointment …? 1) …; 2) …"): by
 * the number printed before it ("2", "nr 2", "la 2", "the 2nd one"), which says nothing about its
 * day or time even where the same digit reads as one, or by a yes when the list has one entry.
 */
final class ListedPick {
  private ListedPick() {}

  /**
   * The entry of {@code listed} (the bookings of the last list still upcoming) the reading picks,
   * or empty when it picks none by position; a service said with the number must be that entry's.
   */
  static Optional<BookingView> of(DialogueState s, List<BookingView> listed, Reading r) {
    if (s.awaiting() != Step.WHICH_BOOKING || s.choices().isEmpty()) {
      return Optional.empty();
    }
    List<Long> order = s.choices();
    Long id = null;
    if (r.choice() != null) {
      int i = r.choice() == -1 ? order.size() - 1 : r.choice() - 1;
      id = i >= 0 && i < order.size() ? order.get(i) : null;
    } else if (order.size() == 1 && r.intent() == Intent.YES && !r.hasSlots()) {
      id = order.getFirst();
    }
    long picked = id == null ? -1 : id;
    return listed.stream()
        .filter(b -> b.id() == picked)
        .filter(b -> r.serviceId() == null || r.serviceId() == b.serviceId())
        .findFirst();
  }
}
