package io.bookline.outbox;

/** A held row is not this sender's to send (any more): an attempt finds it out before it calls. */
final class NotOurs extends RuntimeException {
  static final String TAKEN_OVER = "its lease was taken over";
  static final String STOPPING = "this instance is stopping";

  NotOurs(String reason) {
    super(reason, null, false, false);
  }

  String reason() {
    return getMessage();
  }
}
