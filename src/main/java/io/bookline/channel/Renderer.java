package io.bookline.channel;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Turns one reply and its options into a platform's payload: WhatsApp buttons or a list, a Telegram
 * inline keyboard, Messenger quick replies, the web chat's JSON, or numbered text where the options
 * do not fit. Pure: no I/O, the same payload for the same input, so each platform's rendering is
 * tested on its own.
 */
@FunctionalInterface
public interface Renderer {
  /**
   * The address key of the language a reply is in ("de"), as the turn decided it: the words a
   * platform adds of its own (a WhatsApp list's button) and the reading of day-and-time options
   * ({@link Titles#fit}) follow it. Without it, English.
   */
  String LANGUAGE = "language";

  /**
   * @param address where the reply goes, as the channel recorded it from the inbound message, and
   *     the reply's {@link #LANGUAGE}
   */
  ObjectNode render(Map<String, String> address, OutboundMessage message);

  /** {@code address} with the reply's language added. */
  static Map<String, String> inLanguage(Map<String, String> address, String language) {
    Map<String, String> with = new HashMap<>(address);
    with.put(LANGUAGE, language);
    return Map.copyOf(with);
  }

  /** The language of a reply sent to {@code address}: its {@link #LANGUAGE}, else English. */
  static Locale language(Map<String, String> address) {
    String code = address.get(LANGUAGE);
    return code == null || code.isBlank() ? Locale.ENGLISH : Locale.forLanguageTag(code);
  }
}
