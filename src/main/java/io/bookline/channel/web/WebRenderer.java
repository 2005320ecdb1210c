package io.bookline.channel.web;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bookline.channel.OutboundMessage;
import io.bookline.channel.Renderer;
import java.util.Map;

/**
 * A reply in the web chat's response: {@code {"text": …, "options": […]}}. The chat page draws
 * every option as a button, so nothing is ever written out as numbered text.
 */
public final class WebRenderer implements Renderer {
  @Override
  public ObjectNode render(Map<String, String> address, OutboundMessage message) {
    ObjectNode reply = JsonNodeFactory.instance.objectNode();
    reply.put("text", message.text());
    message.options().forEach(reply.putArray("options")::add);
    return reply;
  }
}
