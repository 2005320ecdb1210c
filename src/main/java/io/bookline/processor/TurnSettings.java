package io.bookline.processor;

import java.time.Duration;

/**
 * The configured limits of a turn.
 *
 * @param sessionTtl inactivity after which the conversation's goal is dropped
 * @param historyMessages earlier messages kept in the session for an LLM's context
 * @param maxMessageAge older messages (redelivered after an outage) are recorded, not answered
 */
public record TurnSettings(Duration sessionTtl, int historyMessages, Duration maxMessageAge) {}
