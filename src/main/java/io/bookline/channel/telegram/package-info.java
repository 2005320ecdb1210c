/** The Telegram Bot API channel: updates in, messages with inline keyboards out. */
package io.bookline.channel.telegram;
