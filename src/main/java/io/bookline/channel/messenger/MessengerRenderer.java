package io.bookline.channel.messenger;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bookline.channel.OutboundMessage;
import io.bookline.channel.Renderer;
import java.util.List;
import java.util.Map;

/**
 * A reply as a Send API payload ({@code messaging_type: RESPONSE}): up to 13 options of at most 20
 * characters as quick replies whose payload carries the option ({@code opt:…}), numbered text
 * beyond that.
 */
public final class MessengerRenderer implements Renderer {
  /** Quick-reply payloads we send start with this, so a tap maps back to the option's text. */
  public static final String OPTION_PAYLOAD = "opt:";

  static final int MAX_QUICK_REPLIES = 13;
  static final int MAX_QUICK_REPLY_TITLE = 20;

  @Override
  public ObjectNode render(Map<String, String> address, OutboundMessage message) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.putObject("recipient").put("id", address.get("to"));
    body.put("messaging_type", "RESPONSE");
    ObjectNode msg = body.putObject("message");
    List<String> options = message.options();
    boolean fits =
        !options.isEmpty()
            && options.size() <= MAX_QUICK_REPLIES
            && options.stream().allMatch(o -> o.length() <= MAX_QUICK_REPLY_TITLE);
    if (!fits) {
      msg.put("text", message.textWithNumberedOptions());
      return body;
    }
    msg.put("text", message.text());
    ArrayNode replies = msg.putArray("quick_replies");
    for (String o : options) {
      replies
          .addObject()
          .put("content_type", "text")
          .put("title", o)
          .put("payload", OPTION_PAYLOAD + o);
    }
    return body;
  }
}
