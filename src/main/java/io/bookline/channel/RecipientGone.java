package io.bookline.channel;

/**
 * Told when a platform refuses a send because the customer cannot be written to any more (blocked
 * the bot, stopped the business's messages), so messages the business starts stop going there.
 */
@FunctionalInterface
public interface RecipientGone {
  void gone(ChannelAccount account, String userId, String why);
}
