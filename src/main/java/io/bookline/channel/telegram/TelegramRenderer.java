package io.bookline.channel.telegram;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bookline.channel.OutboundMessage;
import io.bookline.channel.Renderer;
import io.bookline.channel.Titles;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A reply as a {@code sendMessage} payload: options as an inline keyboard, three buttons a row,
 * their texts fitted and told apart ({@link Titles#fit}), each button's {@code callback_data} the
 * whole option itself or an action ({@code bk:…}), at most 64 bytes; numbered text when an option's
 * data is longer than that or there are more than {@link #MAX_BUTTONS}.
 */
public final class TelegramRenderer implements Renderer {
  static final int MAX_CALLBACK_BYTES = 64;
  static final int BUTTONS_PER_ROW = 3;
  static final int MAX_BUTTONS = 20;

  /**
   * Telegram sets no limit on a button's text, but its apps split a row evenly and cut what does
   * not fit with a mark of their own: "Donnerstag, 3. Dezember um 13:45" three to a row showed as
   * the same cut text three times. Fitted as Messenger's quick replies are, the times read apart.
   */
  static final int MAX_BUTTON_TEXT = 20;

  @Override
  public ObjectNode render(Map<String, String> address, OutboundMessage message) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("chat_id", address.get("chatId"));
    if (message.document() != null) {
      // Sent with sendDocument: Telegram fetches the file from the URL.
      body.put("document", message.document().url());
      body.put("caption", message.text());
      return body;
    }
    int n = message.options().size();
    boolean fits = n > 0 && n <= MAX_BUTTONS;
    for (int i = 0; fits && i < n; i++) {
      fits = data(message, i).getBytes(StandardCharsets.UTF_8).length <= MAX_CALLBACK_BYTES;
    }
    if (!fits) {
      body.put("text", message.textWithNumberedOptions());
      return body;
    }
    body.put("text", message.text());
    ArrayNode rows = body.putObject("reply_markup").putArray("inline_keyboard");
    List<String> titles =
        Titles.fit(message.options(), MAX_BUTTON_TEXT, Renderer.language(address));
    ArrayNode row = null;
    for (int i = 0; i < n; i++) {
      if (i % BUTTONS_PER_ROW == 0) {
        row = rows.addArray();
      }
      row.addObject().put("text", titles.get(i)).put("callback_data", data(message, i));
    }
    return body;
  }

  /** An option's text is its own data (a press arrives as typing it); an action's id is its. */
  private static String data(OutboundMessage m, int i) {
    return m.optionIds().isEmpty() ? m.options().get(i) : m.optionId(i);
  }
}
