package io.bookline.reminders;

import io.bookline.channel.OutboundMessage;

/** The ids of a reminder's one-tap buttons: {@code bk:cancel:42}. */
final class Taps {
  static final String KEEP = "keep";
  static final String CANCEL = "cancel";
  static final String MOVE = "move";

  private Taps() {}

  static String id(String action, long reminderId) {
    return OutboundMessage.ACTION_PREFIX + action + ":" + reminderId;
  }
}
