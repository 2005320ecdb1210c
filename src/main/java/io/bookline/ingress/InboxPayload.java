package io.bookline.ingress;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bookline.channel.Delivery;
import io.bookline.channel.InboundMessage;
import io.bookline.channel.Platform;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.jooq.JSONB;

/**
 * An inbox row's payload, to and from its JSON: the parsed message, so recovery does not need the
 * platform adapters, what was decided as it arrived (the flood guard's verdict) and the id of the
 * request that brought it (ADR 0060).
 */
final class InboxPayload {
  private static final TypeReference<Map<String, String>> ADDRESS = new TypeReference<>() {};

  private final ObjectMapper json;

  InboxPayload(ObjectMapper json) {
    this.json = json;
  }

  /**
   * A payload as read back: the message, the verdict and the request id kept with it (null for a
   * row recorded before ids were kept, or outside a request).
   */
  record Read(InboundMessage message, FloodGuard.Verdict held, String requestId) {}

  String write(InboundMessage m, FloodGuard.Verdict held, String requestId) {
    var node = json.createObjectNode();
    if (held != FloodGuard.Verdict.OK) {
      node.put("held", held.name());
    }
    if (requestId != null) {
      node.put("requestId", requestId);
    }
    node.put("platform", m.platform().id());
    node.put("businessId", m.businessId());
    node.put("senderId", m.senderId());
    node.put("platformMessageId", m.platformMessageId());
    node.put("text", m.text());
    node.put("sentAt", m.sentAt().toString());
    node.put("kind", m.kind().name());
    node.set("address", json.valueToTree(m.address()));
    node.put("delivery", m.delivery().name());
    return node.toString();
  }

  /**
   * The message of a row; the raw body is the row's bytes (rows recorded before those were kept
   * carry it in the payload).
   */
  Read read(JSONB payload, byte[] rawBody) {
    JsonNode n = tree(payload);
    String raw =
        rawBody != null
            ? new String(rawBody, StandardCharsets.UTF_8)
            : n.path("raw").isTextual() ? n.get("raw").asText() : null;
    InboundMessage m =
        new InboundMessage(
            Platform.of(n.get("platform").asText()),
            n.get("businessId").asLong(),
            n.get("senderId").asText(),
            n.get("platformMessageId").asText(),
            n.get("text").asText(),
            Instant.parse(n.get("sentAt").asText()),
            raw,
            n.hasNonNull("kind")
                ? InboundMessage.Kind.valueOf(n.get("kind").asText())
                : InboundMessage.Kind.TEXT,
            n.hasNonNull("address") ? json.convertValue(n.get("address"), ADDRESS) : Map.of(),
            // Rows recorded before deliveries were kept: the message's constructor decides.
            n.hasNonNull("delivery") ? Delivery.valueOf(n.get("delivery").asText()) : null);
    return new Read(m, held(n), n.path("requestId").asText(null));
  }

  /**
   * What a row kept beside its message, the verdict and the request id; OK and none when they
   * cannot be read.
   */
  Read kept(JSONB payload) {
    try {
      JsonNode n = tree(payload);
      return new Read(null, held(n), n.path("requestId").asText(null));
    } catch (IllegalStateException e) {
      return new Read(null, FloodGuard.Verdict.OK, null);
    }
  }

  private static FloodGuard.Verdict held(JsonNode n) {
    JsonNode held = n.get("held");
    try {
      return held == null ? FloodGuard.Verdict.OK : FloodGuard.Verdict.valueOf(held.asText());
    } catch (IllegalArgumentException e) {
      return FloodGuard.Verdict.OK;
    }
  }

  private JsonNode tree(JSONB payload) {
    try {
      return json.readTree(payload.data());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable inbox payload", e);
    }
  }
}
