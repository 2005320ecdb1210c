/** The Messenger Platform channel: page webhooks in, Send API messages with quick replies out. */
package io.bookline.channel.messenger;
