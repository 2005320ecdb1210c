package io.bookline.channel;

import java.util.List;

/** A reply to send: text plus quick-reply options the platform may render as buttons. */
public record OutboundMessage(String text, List<String> options) {
  public OutboundMessage {
    options = List.copyOf(options);
  }
}
