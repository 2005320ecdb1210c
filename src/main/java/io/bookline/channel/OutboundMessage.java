package io.bookline.channel;

import java.util.List;

/** A reply to send: text plus quick-reply options the platform may render as buttons. */
public record OutboundMessage(String text, List<String> options) {
  public OutboundMessage {
    options = List.copyOf(options);
  }

  /** The text with the options written out as a numbered list, for when buttons do not fit. */
  public String textWithNumberedOptions() {
    if (options.isEmpty()) {
      return text;
    }
    StringBuilder s = new StringBuilder(text);
    for (int i = 0; i < options.size(); i++) {
      s.append('\n').append(i + 1).append(". ").append(options.get(i));
    }
    return s.toString();
  }
}
