package io.bookline.owner;

import io.bookline.ApiError;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cancels, at the owner's word, every booking inside a closure that has not started yet (ADR 0067):
 * each one exactly as a single owner cancellation ({@link BookingChanges#cancel}), so every
 * customer is told through their own chat, in their language, with the closure's reason unless the
 * owner gives another. A closure never does this on its own.
 */
public final class ClosureCancellations {
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final ClosureAdmin closures;
  private final BookingChanges changes;
  private final Clock clock;

  public ClosureCancellations(ClosureAdmin closures, BookingChanges changes, Clock clock) {
    this.closures = closures;
    this.changes = changes;
    this.clock = clock;
  }

  /** A booking cancelled, as the booking list shows it, and where its customer was told. */
  public record Cancelled(BookingList.Item booking, String customerTold) {}

  /** A booking inside the closure left as it was, and why. */
  public record Kept(long bookingId, String reason) {}

  /** The closure afterwards (its bookings inside are those kept), with what was done. */
  public record Outcome(
      ClosureAdmin.ClosureView closure, List<Cancelled> cancelled, List<Kept> notCancelled) {}

  /**
   * Cancels the closure's bookings still ahead. One already cancelled meanwhile, or already begun,
   * is reported and kept; the others are cancelled all the same.
   *
   * @param reason what customers read; null for the closure's own reason (or none)
   */
  public Outcome cancelInside(long business, long closureId, String reason, Problems problems) {
    ClosureAdmin.ClosureView closure = closures.get(business, closureId);
    Checks.text(problems, "reason", reason, false);
    problems.throwIfAny();
    String why = reason != null ? reason : closure.reason();
    Instant now = clock.instant();
    List<Cancelled> cancelled = new ArrayList<>();
    List<Kept> kept = new ArrayList<>();
    for (ClosureAdmin.BookingInside b : closure.bookingsInside()) {
      if (!b.start().toInstant().isAfter(now)) {
        kept.add(
            new Kept(
                b.id(),
                "it began at " + b.start().format(LOCAL) + "; only a booking ahead is cancelled"));
        continue;
      }
      try {
        var changed = changes.cancel(business, b.id(), why, new Problems());
        cancelled.add(
            new Cancelled(
                changed.booking(), changed.customerTold().name().toLowerCase(Locale.ROOT)));
      } catch (ApiError e) {
        if (e.status() != 409 && e.status() != 404) {
          throw e;
        }
        kept.add(new Kept(b.id(), e.getMessage()));
      }
    }
    return new Outcome(closures.get(business, closureId), cancelled, kept);
  }
}
