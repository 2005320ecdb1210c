/**
 * Calendar files (issue 16, ADR 0036): a booking as an iCalendar file (stable UID, SEQUENCE raised
 * by each move, METHOD:CANCEL once cancelled) and each staff member's private, revocable feed,
 * written and read with ical4j.
 */
package io.bookline.calendar;
