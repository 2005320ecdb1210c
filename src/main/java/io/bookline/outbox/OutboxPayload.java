package io.bookline.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bookline.channel.OutboundMessage;
import java.util.List;
import java.util.Map;
import org.jooq.JSONB;

/**
 * An outbox row's payload, to and from its JSON: the kind ({@code reply}, or {@code ack} for a
 * button press), the platform address, the message (text, options and their ids, a document) and
 * the id of the request or job run that queued it, which the send's log lines carry (ADR 0060).
 */
final class OutboxPayload {
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
  private static final TypeReference<Map<String, String>> ADDRESS = new TypeReference<>() {};

  /**
   * A payload as read back; {@code message} is null for an acknowledgement, {@code requestId} for a
   * row queued outside any request or job run (or before ids were kept).
   */
  record Read(
      String kind, Map<String, String> address, OutboundMessage message, String requestId) {}

  private final ObjectMapper json;

  OutboxPayload(ObjectMapper json) {
    this.json = json;
  }

  String write(String kind, Map<String, String> address, OutboundMessage m, String requestId) {
    ObjectNode n = json.createObjectNode();
    n.put("kind", kind);
    if (requestId != null) {
      n.put("requestId", requestId);
    }
    n.set("address", json.valueToTree(address));
    if (m != null) {
      n.put("text", m.text());
      n.set("options", json.valueToTree(m.options()));
      if (!m.optionIds().isEmpty()) {
        n.set("optionIds", json.valueToTree(m.optionIds()));
      }
      if (m.document() != null) {
        n.putObject("document")
            .put("url", m.document().url())
            .put("filename", m.document().filename());
      }
    }
    return n.toString();
  }

  Read read(long id, JSONB payload) {
    try {
      JsonNode n = json.readTree(payload.data());
      Map<String, String> address = json.convertValue(n.get("address"), ADDRESS);
      OutboundMessage m = null;
      if (n.has("text")) {
        List<String> options =
            n.has("options") ? json.convertValue(n.get("options"), STRINGS) : List.of();
        List<String> ids =
            n.has("optionIds") ? json.convertValue(n.get("optionIds"), STRINGS) : List.of();
        JsonNode doc = n.get("document");
        m =
            new OutboundMessage(
                n.get("text").asText(),
                options,
                ids,
                doc == null
                    ? null
                    : new OutboundMessage.Document(
                        doc.path("url").asText(), doc.path("filename").asText()));
      }
      return new Read(n.path("kind").asText("reply"), address, m, n.path("requestId").asText(null));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable outbox row " + id, e);
    }
  }
}
