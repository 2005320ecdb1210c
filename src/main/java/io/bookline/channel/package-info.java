/**
 * The channel seam: one {@link io.bookline.channel.Channel} per platform, the web chat included,
 * registered in {@link io.bookline.channel.Channels}. A channel verifies a webhook request, parses
 * it into canonical {@link io.bookline.channel.InboundMessage}s, says whether replies go inline or
 * through the outbox, and renders an {@link io.bookline.channel.OutboundMessage} with options for
 * its platform. Subpackages hold the platforms; {@code meta} what WhatsApp and Messenger share.
 */
package io.bookline.channel;
