/**
 * Messages the business starts: reminders before a booking (planned and claimed in Postgres, each
 * sent exactly once across instances), the one-tap Keep / Cancel / Move answers to them, and the
 * customer's opt-out. How a message may go out on each platform is the channel's to say ({@code
 * channel.Channel#initiate}); sending is the outbox's (ADR 0035).
 */
package io.bookline.reminders;
