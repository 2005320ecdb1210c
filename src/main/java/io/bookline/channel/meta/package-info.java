/**
 * Meta's webhooks, shared by the WhatsApp and Messenger channels: accounts named in the payload,
 * {@code X-Hub-Signature-256} over the raw bytes, the {@code hub.challenge} handshake and Graph API
 * errors.
 */
package io.bookline.channel.meta;
