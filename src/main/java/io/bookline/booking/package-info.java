/**
 * The booking domain: catalog (services, staff, hours, closures), availability, the deterministic
 * {@link io.bookline.booking.BookingDialogue} and the storage it needs. Never imports Javalin,
 * Jackson or an LLM client.
 */
package io.bookline.booking;
