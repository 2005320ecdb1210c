package io.bookline.processor;

import io.bookline.booking.Reply;
import java.util.List;

/**
 * What one handled message produced.
 *
 * @param replies what to say back (empty when the bot stays silent)
 * @param bookingId the booking the turn made, or null
 * @param repeated true when the message had been handled before and this is the stored answer
 */
public record TurnResult(List<Reply> replies, Long bookingId, boolean repeated) {
  public TurnResult {
    replies = List.copyOf(replies);
  }
}
