package io.bookline.channel;

import java.time.Instant;

/**
 * A customer's message in our own terms, whatever platform it came from.
 *
 * @param platform where it came from
 * @param businessId the business it was sent to
 * @param senderId the platform's id for the customer (stable per business)
 * @param platformMessageId the platform's id for this message; redeliveries repeat it
 * @param text what the customer wrote (a button's title counts as text)
 * @param sentAt when the platform says it was sent
 * @param rawPayload the payload as received, kept with the message
 */
public record InboundMessage(
    Platform platform,
    long businessId,
    String senderId,
    String platformMessageId,
    String text,
    Instant sentAt,
    String rawPayload) {}
