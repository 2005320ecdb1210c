package io.bookline.channel.messenger;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bookline.channel.Initiative;
import io.bookline.channel.OutboundMessage;
import io.bookline.channel.Renderer;
import io.bookline.channel.Titles;
import java.util.List;
import java.util.Map;

/**
 * A reply as a Send API payload ({@code messaging_type: RESPONSE}): up to 13 options as quick
 * replies, titles fitted to 20 characters and told apart ({@link Titles#fit}: three times on one
 * day read "13:45", "14:00", "16:00", not "Donnerstag, 3.…" three times), each payload carrying the
 * whole option ({@code opt:…}) or an action ({@code bk:…}); numbered text beyond 13. A message the
 * business starts outside the 24-hour window carries its message tag in the address ({@link
 * Initiative#TAG}) and goes as {@code MESSAGE_TAG}.
 */
public final class MessengerRenderer implements Renderer {
  /** Quick-reply payloads we send start with this, so a tap maps back to the option's text. */
  public static final String OPTION_PAYLOAD = OutboundMessage.OPTION_PREFIX;

  static final int MAX_QUICK_REPLIES = 13;
  static final int MAX_QUICK_REPLY_TITLE = 20;
  static final int MAX_PAYLOAD = 1000;

  @Override
  public ObjectNode render(Map<String, String> address, OutboundMessage message) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.putObject("recipient").put("id", address.get("to"));
    String tag = address.get(Initiative.TAG);
    if (tag == null) {
      body.put("messaging_type", "RESPONSE");
    } else {
      body.put("messaging_type", "MESSAGE_TAG");
      body.put("tag", tag);
    }
    ObjectNode msg = body.putObject("message");
    if (message.document() != null) {
      // A file attachment carries no text of its own on Messenger.
      msg.putObject("attachment")
          .put("type", "file")
          .putObject("payload")
          .put("url", message.document().url())
          .put("is_reusable", false);
      return body;
    }
    int n = message.options().size();
    boolean fits = n > 0 && n <= MAX_QUICK_REPLIES;
    for (int i = 0; fits && i < n; i++) {
      fits = message.optionId(i).length() <= MAX_PAYLOAD;
    }
    if (!fits) {
      msg.put("text", message.textWithNumberedOptions());
      return body;
    }
    msg.put("text", message.text());
    ArrayNode replies = msg.putArray("quick_replies");
    List<String> titles =
        Titles.fit(message.options(), MAX_QUICK_REPLY_TITLE, Renderer.language(address));
    for (int i = 0; i < n; i++) {
      replies
          .addObject()
          .put("content_type", "text")
          .put("title", titles.get(i))
          .put("payload", message.optionId(i));
    }
    return body;
  }
}
