/**
 * Platform adapters: each turns its platform's payload into an {@link
 * io.bookline.channel.InboundMessage} and sends {@link io.bookline.channel.OutboundMessage}s back.
 */
package io.bookline.channel;
