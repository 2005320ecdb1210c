package io.bookline.channel;

import java.util.List;

/**
 * A reply to send: text plus quick-reply options the platform may render as buttons.
 *
 * @param optionIds what a tap on each option sends back, one per option; empty means each option's
 *     own text ({@link #OPTION_PREFIX} + text), so a tap reads back as typing it. A message the
 *     business starts gives its buttons ids of their own (a reminder's {@code bk:cancel:42}).
 * @param document a file sent with the text as its caption (a booking's .ics), or null
 */
public record OutboundMessage(
    String text, List<String> options, List<String> optionIds, Document document) {
  /** Option ids we send start with this, so a tapped button maps back to the option's text. */
  public static final String OPTION_PREFIX = "opt:";

  /**
   * Ids of buttons that act rather than answer (a reminder's Keep, Cancel, Move) start with this; a
   * tap on one arrives as the id itself, for the handler that sent it.
   */
  public static final String ACTION_PREFIX = "bk:";

  /** What a tap with this id or payload says: the option's text, an action's id, or otherwise. */
  public static String tapped(String id, String otherwise) {
    if (id == null) {
      return otherwise;
    }
    if (id.startsWith(OPTION_PREFIX)) {
      return id.substring(OPTION_PREFIX.length());
    }
    return id.startsWith(ACTION_PREFIX) ? id : otherwise;
  }

  public OutboundMessage {
    options = List.copyOf(options);
    optionIds = optionIds == null ? List.of() : List.copyOf(optionIds);
    if (!optionIds.isEmpty() && optionIds.size() != options.size()) {
      throw new IllegalArgumentException(
          optionIds.size() + " option ids for " + options.size() + " options");
    }
  }

  public OutboundMessage(String text, List<String> options) {
    this(text, options, List.of(), null);
  }

  public OutboundMessage(String text, List<String> options, List<String> optionIds) {
    this(text, options, optionIds, null);
  }

  /**
   * A file the platform fetches from {@code url} and shows as {@code filename}; text its caption.
   */
  public record Document(String url, String filename) {}

  /** What a tap on option {@code i} sends back. */
  public String optionId(int i) {
    return optionIds.isEmpty() ? OPTION_PREFIX + options.get(i) : optionIds.get(i);
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
