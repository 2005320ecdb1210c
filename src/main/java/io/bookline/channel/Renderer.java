package io.bookline.channel;

import com.fasterxml.jackson.databind.node.ObjectNode;
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
   * @param address where the reply goes, as the channel recorded it from the inbound message
   */
  ObjectNode render(Map<String, String> address, OutboundMessage message);
}
