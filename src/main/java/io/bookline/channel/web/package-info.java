/** The web chat channel: one request per message, replies inline in the response. */
package io.bookline.channel.web;
