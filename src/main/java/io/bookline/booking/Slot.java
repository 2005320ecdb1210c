package io.bookline.booking;

import java.time.Instant;

/**
 * A free time: when the appointment starts and ends, and which resource does it. {@code
 * blockedFrom}/{@code blockedUntil} include the service's buffers.
 */
public record Slot(
    Instant start, Instant end, Instant blockedFrom, Instant blockedUntil, long resourceId) {}
