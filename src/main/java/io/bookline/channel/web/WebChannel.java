package io.bookline.channel.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bookline.channel.InboundMessage;
import io.bookline.channel.Platform;
import java.time.Clock;
import java.util.UUID;

/**
 * The web chat: {@code {"userId": "...", "text": "...", "messageId": "..."}}. Replies go back in
 * the HTTP response, so there is nothing to send later. {@code messageId} is optional; a client
 * that retries with the same id gets the same answer instead of a second turn.
 */
public final class WebChannel {
  /** Longest accepted message; a chat message longer than this is not a booking request. */
  public static final int MAX_TEXT = 4_000;

  private static final int MAX_ID = 200;

  private final ObjectMapper json;
  private final Clock clock;

  public WebChannel(ObjectMapper json, Clock clock) {
    this.json = json;
    this.clock = clock;
  }

  /** Why a web payload was refused; the message is safe to show the caller. */
  public static final class BadPayload extends RuntimeException {
    public BadPayload(String message) {
      super(message, null, false, false);
    }
  }

  public InboundMessage parse(long businessId, String body) {
    JsonNode root;
    try {
      root = json.readTree(body);
    } catch (JsonProcessingException e) {
      throw new BadPayload("the body is not valid JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new BadPayload("expected a JSON object like {\"userId\": \"u1\", \"text\": \"hi\"}");
    }
    String userId = requiredString(root, "userId");
    if (userId.isBlank() || userId.length() > MAX_ID) {
      throw new BadPayload("userId must be 1-" + MAX_ID + " characters");
    }
    JsonNode textNode = root.get("text");
    if (textNode == null || textNode.isNull()) {
      throw new BadPayload("text is missing; expected a string");
    }
    if (!textNode.isTextual()) {
      throw new BadPayload(
          "text must be a string, not "
              + textNode.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
    }
    String text = textNode.asText();
    if (text.length() > MAX_TEXT) {
      throw new BadPayload(
          "text is " + text.length() + " characters; at most " + MAX_TEXT + " are accepted");
    }
    String messageId;
    JsonNode id = root.get("messageId");
    if (id == null || id.isNull()) {
      messageId = UUID.randomUUID().toString();
    } else if (id.isTextual() && !id.asText().isBlank() && id.asText().length() <= MAX_ID) {
      messageId = id.asText();
    } else {
      throw new BadPayload("messageId must be a string of 1-" + MAX_ID + " characters");
    }
    return new InboundMessage(
        Platform.WEB,
        businessId,
        userId,
        businessId + "/" + userId + "/" + messageId,
        text,
        clock.instant(),
        body);
  }

  private static String requiredString(JsonNode root, String field) {
    JsonNode node = root.get(field);
    if (node == null || node.isNull()) {
      throw new BadPayload(field + " is missing; expected a string");
    }
    if (!node.isTextual()) {
      throw new BadPayload(field + " must be a string");
    }
    return node.asText();
  }
}
