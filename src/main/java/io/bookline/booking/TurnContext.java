package io.bookline.booking;

import java.time.Instant;
import java.util.Locale;

/**
 * What the dialogue knows besides the state: the catalog, the moment, who is writing, and storage
 * bound to this turn's transaction.
 *
 * @param stateVersion the session version the turn started from; part of each offer's key
 */
public record TurnContext(
    Catalog catalog,
    Instant now,
    long customerId,
    long conversationId,
    long stateVersion,
    BookingPort port) {

  /** The language the bot answers in: the business's. */
  public Locale locale() {
    return catalog.business().locale();
  }
}
