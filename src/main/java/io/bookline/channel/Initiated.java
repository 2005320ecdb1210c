package io.bookline.channel;

import java.util.Map;

/** What a platform's rules allow for a message the business starts ({@link Channel#initiate}). */
public sealed interface Initiated {
  /**
   * Send it through the outbox to this address (the customer's, plus the terms its renderer reads:
   * a template, a message tag).
   */
  record Send(Map<String, String> address) implements Initiated {
    public Send {
      address = Map.copyOf(address);
    }
  }

  /** Do not send it; {@code reason} is recorded, shown to the owner and counted. */
  record Skip(String reason) implements Initiated {}

  /**
   * The platform cannot be written to first (the web chat): the message waits in the transcript and
   * is shown when the customer next opens the chat.
   */
  record Transcript() implements Initiated {}
}
