package io.bookline.channel.whatsapp;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bookline.channel.OutboundMessage;
import io.bookline.channel.Renderer;
import java.util.List;
import java.util.Map;

/**
 * A reply as a Cloud API message: up to 3 options as reply buttons, up to 10 as a list, and
 * numbered text beyond the platform's limits. Button and row ids carry the full option ({@code
 * opt:…}), so a tap reads back as the option's text.
 */
public final class WhatsAppRenderer implements Renderer {
  /** Option ids we send start with this, so a tapped button maps back to the full option text. */
  public static final String OPTION_ID = "opt:";

  static final int MAX_BUTTONS = 3;
  static final int MAX_BUTTON_TITLE = 20;
  static final int MAX_ROWS = 10;
  static final int MAX_ROW_TITLE = 24;
  static final int MAX_INTERACTIVE_BODY = 1024;

  @Override
  public ObjectNode render(Map<String, String> address, OutboundMessage message) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("messaging_product", "whatsapp");
    body.put("recipient_type", "individual");
    body.put("to", address.get("to"));
    List<String> options = message.options();
    boolean buttons = fits(options, MAX_BUTTONS, MAX_BUTTON_TITLE);
    boolean list = fits(options, MAX_ROWS, MAX_ROW_TITLE);
    if ((buttons || list) && message.text().length() <= MAX_INTERACTIVE_BODY) {
      body.put("type", "interactive");
      ObjectNode interactive = body.putObject("interactive");
      interactive.putObject("body").put("text", message.text());
      if (buttons) {
        buttons(interactive, options);
      } else {
        list(interactive, options);
      }
    } else {
      // Beyond the platform's limits the options are written out instead.
      body.put("type", "text");
      body.putObject("text").put("body", message.textWithNumberedOptions());
    }
    return body;
  }

  private static boolean fits(List<String> options, int count, int title) {
    return !options.isEmpty()
        && options.size() <= count
        && options.stream().allMatch(o -> o.length() <= title);
  }

  private static void buttons(ObjectNode interactive, List<String> options) {
    interactive.put("type", "button");
    ArrayNode buttons = interactive.putObject("action").putArray("buttons");
    for (String o : options) {
      buttons
          .addObject()
          .put("type", "reply")
          .putObject("reply")
          .put("id", OPTION_ID + o)
          .put("title", o);
    }
  }

  private static void list(ObjectNode interactive, List<String> options) {
    interactive.put("type", "list");
    ObjectNode action = interactive.putObject("action");
    action.put("button", "Choose");
    ArrayNode rows =
        action.putArray("sections").addObject().put("title", "Options").putArray("rows");
    for (String o : options) {
      rows.addObject().put("id", OPTION_ID + o).put("title", o);
    }
  }
}
