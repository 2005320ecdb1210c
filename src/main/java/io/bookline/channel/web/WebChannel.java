package io.bookline.channel.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.bookline.channel.Arrival;
import io.bookline.channel.Channel;
import io.bookline.channel.ChannelAccount;
import io.bookline.channel.Delivery;
import io.bookline.channel.Directory;
import io.bookline.channel.Platform;
import io.bookline.channel.Rejected;
import io.bookline.channel.Renderer;
import io.bookline.channel.Verified;
import io.bookline.channel.WebhookEvent;
import io.bookline.channel.WebhookRequest;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The web chat at {@code /webhooks/web/{businessSlug}}: {@code {"userId": "...", "text": "...",
 * "messageId": "..."}}. Replies go back in the HTTP response, so there is nothing to send later and
 * no account to keep: the business itself is the account. {@code messageId} is optional; a client
 * that retries with the same id gets the same answer instead of a second turn.
 */
public final class WebChannel implements Channel {
  /** Longest accepted message; a chat message longer than this is not a booking request. */
  public static final int MAX_TEXT = 4_000;

  private static final int MAX_ID = 200;
  private static final String EXAMPLE = "{\"userId\": \"u1\", \"text\": \"hi\"}";

  private final Clock clock;
  private final Renderer renderer = new WebRenderer();

  public WebChannel(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Platform platform() {
    return Platform.WEB;
  }

  @Override
  public String path() {
    return "/webhooks/web/{businessSlug}";
  }

  @Override
  public Delivery delivery() {
    return Delivery.INLINE;
  }

  @Override
  public Renderer renderer() {
    return renderer;
  }

  /** Anyone may chat: the business must exist, nothing else is checked. */
  @Override
  public Verified verify(WebhookRequest request, Directory directory) {
    String slug = request.pathParam("businessSlug");
    return Verified.of(
        ChannelAccount.implicit(Platform.WEB, directory.requireBusiness(slug), slug));
  }

  @Override
  public List<WebhookEvent> parse(WebhookRequest request, Verified verified) {
    JsonNode root = request.jsonObject("expected a JSON object like " + EXAMPLE);
    String userId = requiredString(root, "userId");
    if (userId.isBlank() || userId.length() > MAX_ID) {
      throw Rejected.badRequest("userId must be 1-" + MAX_ID + " characters");
    }
    String text = text(root);
    long business = verified.only().businessId();
    Arrival arrival = new Arrival(verified.only(), Delivery.INLINE, request.text());
    return List.of(
        arrival.text(
            userId,
            business + "/" + userId + "/" + messageId(root),
            text,
            clock.instant(),
            Map.of()));
  }

  private static String text(JsonNode root) {
    JsonNode node = root.get("text");
    if (node == null || node.isNull()) {
      throw Rejected.badRequest("text is missing; expected a string");
    }
    if (!node.isTextual()) {
      throw Rejected.badRequest(
          "text must be a string, not " + node.getNodeType().name().toLowerCase(Locale.ROOT));
    }
    String text = node.asText();
    if (text.length() > MAX_TEXT) {
      throw Rejected.badRequest(
          "text is " + text.length() + " characters; at most " + MAX_TEXT + " are accepted");
    }
    return text;
  }

  /** The client's id for the message, so a retry is recognised; a fresh one when it sent none. */
  private static String messageId(JsonNode root) {
    JsonNode id = root.get("messageId");
    if (id == null || id.isNull()) {
      return UUID.randomUUID().toString();
    }
    if (id.isTextual() && !id.asText().isBlank() && id.asText().length() <= MAX_ID) {
      return id.asText();
    }
    throw Rejected.badRequest("messageId must be a string of 1-" + MAX_ID + " characters");
  }

  private static String requiredString(JsonNode root, String field) {
    JsonNode node = root.get(field);
    if (node == null || node.isNull()) {
      throw Rejected.badRequest(field + " is missing; expected a string");
    }
    if (!node.isTextual()) {
      throw Rejected.badRequest(field + " must be a string");
    }
    return node.asText();
  }
}
