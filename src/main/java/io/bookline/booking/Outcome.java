package io.bookline.booking;

import java.util.List;

/** The result of one turn: the next state, what to say, and the booking made, if any. */
public record Outcome(DialogueState state, List<Reply> replies, Long bookingId) {
  public Outcome {
    replies = List.copyOf(replies);
  }
}
