package io.bookline.booking;

import java.time.Instant;

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
    BookingPort port) {}
