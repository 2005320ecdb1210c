package io.bookline.processor;

/** The inbox row was marked done by another turn: this message must not be handled twice. */
final class AlreadyHandled extends RuntimeException {
  AlreadyHandled(long inboxId) {
    super("inbox row " + inboxId + " is already done", null, false, false);
  }
}
