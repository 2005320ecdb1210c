package io.bookline.channel.whatsapp;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bookline.channel.Initiative;
import io.bookline.channel.OutboundMessage;
import io.bookline.channel.Renderer;
import io.bookline.channel.Titles;
import io.bookline.wording.Messages;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A reply as a Cloud API message, within the platform's hard limits: up to 3 options of at most 20
 * characters as reply buttons, otherwise up to 10 as a list (row titles of at most 24, descriptions
 * of at most 72; its button and section title in the reply's language), and numbered text beyond
 * that. Titles are fitted and told apart ({@link Titles#fit}: times on one day as "13:45", a title
 * too long shortened with a mark) and, in a list, the whole option is the description of a row
 * whose title says it shorter. Button and row ids carry the full option ({@code opt:…}) or an
 * action ({@code bk:…}), so a tap reads back as the option's text. A message sent outside the
 * 24-hour window carries an approved template in its address ({@link Initiative#TEMPLATE}) and is
 * sent as that template, with quick-reply buttons.
 */
public final class WhatsAppRenderer implements Renderer {
  /** Option ids we send start with this, so a tapped button maps back to the full option text. */
  public static final String OPTION_ID = OutboundMessage.OPTION_PREFIX;

  static final int MAX_BUTTONS = 3;
  static final int MAX_BUTTON_TITLE = 20;
  static final int MAX_ROWS = 10;
  static final int MAX_ROW_TITLE = 24;
  static final int MAX_ROW_DESCRIPTION = 72;
  static final int MAX_SECTION_TITLE = 24;
  static final int MAX_ID = 200;
  static final int MAX_INTERACTIVE_BODY = 1024;
  static final int MAX_TEMPLATE_BUTTONS = 3;

  @Override
  public ObjectNode render(Map<String, String> address, OutboundMessage message) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("messaging_product", "whatsapp");
    body.put("recipient_type", "individual");
    body.put("to", address.get("to"));
    if (address.containsKey(Initiative.TEMPLATE)) {
      template(body, address, message);
      return body;
    }
    if (message.document() != null) {
      body.put("type", "document");
      body.putObject("document")
          .put("link", message.document().url())
          .put("filename", message.document().filename())
          .put("caption", message.text());
      return body;
    }
    List<String> options = message.options();
    Locale language = Renderer.language(address);
    boolean idsFit = ids(message);
    // A title that had to be cut is better whole in a list row than cut on a button; a title only
    // written shorter (a time without its day) makes a good button.
    List<String> buttonTitles = Titles.fit(options, MAX_BUTTON_TITLE, language);
    boolean buttons =
        !options.isEmpty()
            && options.size() <= MAX_BUTTONS
            && buttonTitles.stream().noneMatch(t -> t.contains(Titles.MARK))
            && idsFit;
    boolean list = !options.isEmpty() && options.size() <= MAX_ROWS && idsFit;
    if ((buttons || list) && message.text().length() <= MAX_INTERACTIVE_BODY) {
      body.put("type", "interactive");
      ObjectNode interactive = body.putObject("interactive");
      interactive.putObject("body").put("text", message.text());
      if (buttons) {
        buttons(interactive, message, buttonTitles);
      } else {
        list(interactive, message, language);
      }
    } else {
      // Beyond the platform's limits the options are written out instead.
      body.put("type", "text");
      body.putObject("text").put("body", message.textWithNumberedOptions());
    }
    return body;
  }

  private static boolean ids(OutboundMessage m) {
    for (int i = 0; i < m.options().size(); i++) {
      if (m.optionId(i).length() > MAX_ID) {
        return false;
      }
    }
    return true;
  }

  private static void buttons(ObjectNode interactive, OutboundMessage m, List<String> titles) {
    interactive.put("type", "button");
    ArrayNode buttons = interactive.putObject("action").putArray("buttons");
    for (int i = 0; i < m.options().size(); i++) {
      buttons
          .addObject()
          .put("type", "reply")
          .putObject("reply")
          .put("id", m.optionId(i))
          .put("title", titles.get(i));
    }
  }

  /** One section of rows; its button and title in the reply's language. */
  private static void list(ObjectNode interactive, OutboundMessage m, Locale language) {
    interactive.put("type", "list");
    ObjectNode action = interactive.putObject("action");
    Messages words = Messages.forLocale(language);
    action.put("button", Titles.shorten(words.text("choices.button"), MAX_BUTTON_TITLE));
    ArrayNode rows =
        action
            .putArray("sections")
            .addObject()
            .put("title", Titles.shorten(words.text("choices.section"), MAX_SECTION_TITLE))
            .putArray("rows");
    List<String> titles = Titles.fit(m.options(), MAX_ROW_TITLE, language);
    for (int i = 0; i < m.options().size(); i++) {
      String o = m.options().get(i).strip();
      ObjectNode row = rows.addObject().put("id", m.optionId(i)).put("title", titles.get(i));
      if (!titles.get(i).equals(o)) {
        // The whole option under a title that says it shorter.
        row.put("description", Titles.shorten(o, MAX_ROW_DESCRIPTION));
      }
    }
  }

  /** An approved template: its body parameters in order, its quick-reply buttons' payloads. */
  private static void template(
      ObjectNode body, Map<String, String> address, OutboundMessage message) {
    body.put("type", "template");
    ObjectNode template = body.putObject("template");
    template.put("name", address.get(Initiative.TEMPLATE));
    template.putObject("language").put("code", address.get(Initiative.TEMPLATE_LANGUAGE));
    ArrayNode components = template.putArray("components");
    ArrayNode parameters = components.addObject().put("type", "body").putArray("parameters");
    for (int i = 0; address.containsKey(Initiative.TEMPLATE_PARAMETER + i); i++) {
      parameters
          .addObject()
          .put("type", "text")
          .put("text", address.get(Initiative.TEMPLATE_PARAMETER + i));
    }
    int buttons = Math.min(message.options().size(), MAX_TEMPLATE_BUTTONS);
    for (int i = 0; i < buttons; i++) {
      components
          .addObject()
          .put("type", "button")
          .put("sub_type", "quick_reply")
          .put("index", Integer.toString(i))
          .putArray("parameters")
          .addObject()
          .put("type", "payload")
          .put("payload", message.optionId(i));
    }
  }
}
