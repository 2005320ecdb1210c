package io.bookline.processor;

import io.bookline.booking.BookingEvents;
import io.bookline.booking.Reply;
import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;

/**
 * A button that acts rather than answers: a reminder's Keep, Cancel or Move. Its tap arrives as the
 * id we gave the button ({@code bk:cancel:42}); the processor hands it here instead of to
 * understanding, inside the turn's transaction, so a tap is acted on exactly when its inbox row is
 * marked done.
 */
public interface OneTap {
  /** Takes no tap at all. */
  OneTap NONE =
      new OneTap() {
        @Override
        public boolean takes(String text) {
          return false;
        }

        @Override
        public Tapped act(DSLContext tx, long business, long customer, String text, Instant now) {
          throw new IllegalStateException("takes nothing");
        }
      };

  /** Whether the message's text is a tap this handler acts on. */
  boolean takes(String text);

  /** Acts on the tap inside the turn's transaction. */
  Tapped act(DSLContext tx, long business, long customer, String text, Instant now);

  /**
   * What a tap did.
   *
   * @param replies what the customer is told; none for a repeated tap
   * @param moving the booking whose reschedule starts now (Move), or null
   * @param movingService that booking's service, or null
   * @param changes booking changes to tell the listeners after the commit
   */
  record Tapped(
      List<Reply> replies, Long moving, Long movingService, List<BookingEvents.Change> changes) {
    public Tapped {
      replies = List.copyOf(replies);
      changes = List.copyOf(changes);
    }

    public static Tapped saying(List<Reply> replies) {
      return new Tapped(replies, null, null, List.of());
    }
  }
}
