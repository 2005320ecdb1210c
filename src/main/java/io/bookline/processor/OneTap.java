package io.bookline.processor;

import io.bookline.booking.BookingEvents;
import io.bookline.booking.Reply;
import io.bookline.channel.InboundMessage;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * A message acted on without understanding: a button that acts rather than answers (a reminder's
 * Keep, Cancel or Move, arriving as the id we gave it, {@code bk:cancel:42}), or a command such as
 * STOP. The processor hands it here inside the turn's transaction, so it is acted on exactly when
 * its inbox row is marked done.
 */
public interface OneTap {
  /** Takes nothing. */
  OneTap NONE =
      new OneTap() {
        @Override
        public boolean takes(InboundMessage message) {
          return false;
        }

        @Override
        public Tapped act(
            DSLContext tx, long business, long customer, InboundMessage message, Instant now) {
          throw new IllegalStateException("takes nothing");
        }
      };

  /** Whether this handler acts on the message. */
  boolean takes(InboundMessage message);

  /**
   * The handler that acts on {@code message}, decided once, before the turn's transaction: the turn
   * acts through the answer, so what the decision looked up (the reminder a typed word answers) is
   * neither looked up again while the turn holds a connection nor changed by a race in between.
   */
  default Optional<OneTap> taker(InboundMessage message) {
    return takes(message) ? Optional.of(this) : Optional.empty();
  }

  /** Acts on a message it takes, inside the turn's transaction. */
  Tapped act(DSLContext tx, long business, long customer, InboundMessage message, Instant now);

  /**
   * Whether a message this handler takes is left to the dialogue while the customer is in the
   * middle of a booking, a move or a cancellation: a bare "stop" then leaves what is under way.
   */
  default boolean yieldsToGoal(InboundMessage message) {
    return false;
  }

  /**
   * Whether a message this handler yields to a goal under way also reminds the customer how to do
   * what it would have done: a bare "stop" mid-booking hears how to stop reminders.
   */
  default boolean hintsWhenYielding(InboundMessage message) {
    return false;
  }

  /** The first of {@code handlers} that takes a message acts on it. */
  static OneTap anyOf(OneTap... handlers) {
    List<OneTap> all = List.of(handlers);
    return new OneTap() {
      @Override
      public boolean takes(InboundMessage message) {
        return taker(message).isPresent();
      }

      @Override
      public Optional<OneTap> taker(InboundMessage message) {
        for (OneTap h : all) {
          Optional<OneTap> taker = h.taker(message);
          if (taker.isPresent()) {
            return taker;
          }
        }
        return Optional.empty();
      }

      @Override
      public boolean yieldsToGoal(InboundMessage message) {
        return taker(message).orElse(NONE).yieldsToGoal(message);
      }

      @Override
      public Tapped act(
          DSLContext tx, long business, long customer, InboundMessage message, Instant now) {
        return taker(message)
            .orElseThrow(() -> new IllegalStateException("no handler takes this message"))
            .act(tx, business, customer, message, now);
      }
    };
  }

  /**
   * What a tap did.
   *
   * @param replies what the customer is told; none for a repeated tap
   * @param moving the booking whose reschedule starts now (Move), or null
   * @param movingService that booking's service, or null
   * @param changes booking changes to tell the listeners after the commit
   * @param said the words the customer's message stands for (the label of the button whose id it
   *     is), kept as their line in the transcript; null keeps the message's own text
   */
  record Tapped(
      List<Reply> replies,
      Long moving,
      Long movingService,
      List<BookingEvents.Change> changes,
      String said) {
    public Tapped {
      replies = List.copyOf(replies);
      changes = List.copyOf(changes);
    }

    public Tapped(
        List<Reply> replies, Long moving, Long movingService, List<BookingEvents.Change> changes) {
      this(replies, moving, movingService, changes, null);
    }

    public static Tapped saying(List<Reply> replies) {
      return new Tapped(replies, null, null, List.of());
    }

    /** The same, the customer's line kept as {@code words}. */
    public Tapped saidAs(String words) {
      return new Tapped(replies, moving, movingService, changes, words);
    }
  }
}
