package io.bookline.channel.telegram;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bookline.channel.OutboundMessage;
import io.bookline.channel.Renderer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A reply as a {@code sendMessage} payload: options as an inline keyboard, three buttons a row,
 * each button's {@code callback_data} the option itself (at most 64 bytes), or numbered text when
 * an option is longer than that.
 */
public final class TelegramRenderer implements Renderer {
  static final int MAX_CALLBACK_BYTES = 64;
  static final int BUTTONS_PER_ROW = 3;

  @Override
  public ObjectNode render(Map<String, String> address, OutboundMessage message) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("chat_id", address.get("chatId"));
    List<String> options = message.options();
    boolean fits =
        !options.isEmpty()
            && options.stream()
                .allMatch(o -> o.getBytes(StandardCharsets.UTF_8).length <= MAX_CALLBACK_BYTES);
    if (!fits) {
      body.put("text", message.textWithNumberedOptions());
      return body;
    }
    body.put("text", message.text());
    ArrayNode rows = body.putObject("reply_markup").putArray("inline_keyboard");
    ArrayNode row = null;
    for (int i = 0; i < options.size(); i++) {
      if (i % BUTTONS_PER_ROW == 0) {
        row = rows.addArray();
      }
      row.addObject().put("text", options.get(i)).put("callback_data", options.get(i));
    }
    return body;
  }
}
