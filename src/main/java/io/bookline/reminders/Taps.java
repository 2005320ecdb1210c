package io.bookline.reminders;

import io.bookline.channel.OutboundMessage;

/** The ids of a reminder's one-tap buttons: {@code bk:cancel:42}. */
final class Taps {
  static final String KEEP = "keep";
  static final String CANCEL = "cancel";
  static final String MOVE = "move";

  private Taps() {}

  /** The message id of the button's label: what the customer saw and tapped ("Move"). */
  static String label(String action) {
    return switch (action) {
      case KEEP -> "reminder.keep";
      case CANCEL -> "reminder.cancel";
      case MOVE -> "reminder.move";
      default -> throw new IllegalArgumentException("no reminder button " + action);
    };
  }

  static String id(String action, long reminderId) {
    return OutboundMessage.ACTION_PREFIX + action + ":" + reminderId;
  }
}
