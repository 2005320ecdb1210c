package io.bookline.channel;

/**
 * One thing a platform webhook carried: a message to handle, or an event we acknowledge and skip.
 */
public sealed interface WebhookEvent {
  record Message(InboundMessage message) implements WebhookEvent {}

  /** Statuses, reactions, echoes, edits of our own messages…: counted, not handled. */
  record Ignored(String kind) implements WebhookEvent {}
}
