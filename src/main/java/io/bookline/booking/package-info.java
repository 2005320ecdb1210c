/**
 * The booking domain: catalog (services, staff, hours, closures), availability and the free-time
 * search ({@link io.bookline.booking.Availability}, {@link io.bookline.booking.FreeTimes}, both
 * pure), the deterministic {@link io.bookline.booking.BookingDialogue} with one {@link
 * io.bookline.booking.GoalFlow} per goal, and the storage it needs ({@link
 * io.bookline.booking.BookingPort}). Words come from {@link io.bookline.wording.Messages}. Never
 * imports Javalin, Jackson or an LLM client.
 */
package io.bookline.booking;
