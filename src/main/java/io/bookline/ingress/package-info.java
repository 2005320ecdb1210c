/**
 * Where messages come in: webhook routes, the durable inbox (dedupe before acknowledging),
 * per-conversation ordering and start-up recovery of unfinished messages.
 */
package io.bookline.ingress;
