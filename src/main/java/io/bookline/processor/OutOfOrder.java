package io.bookline.processor;

/**
 * An earlier message of the same conversation is still waiting: it must be handled first. Thrown
 * before anything of the later message is committed.
 */
public final class OutOfOrder extends RuntimeException {
  public OutOfOrder(long inboxId) {
    super("inbox row " + inboxId + " has earlier unhandled messages", null, false, false);
  }
}
