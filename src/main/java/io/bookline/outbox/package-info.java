/**
 * The durable outbound queue for WhatsApp, Telegram and Messenger replies: rows written in the
 * turn's transaction, a sender with retries and dead-lettering. The web chat answers inline.
 */
package io.bookline.outbox;
