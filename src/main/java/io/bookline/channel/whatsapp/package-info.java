/** The WhatsApp Cloud API channel: webhook parsing, and replies rendered as buttons or lists. */
package io.bookline.channel.whatsapp;
