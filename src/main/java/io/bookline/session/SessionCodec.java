package io.bookline.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bookline.booking.DialogueState;
import io.bookline.understanding.HistoryLine;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Sessions and dialogue state to and from the JSON kept in Postgres and Redis.
 *
 * <p>The stored shape is a contract with live conversations and with the previous release: the
 * dialogue state's slots ({@code serviceId}, {@code date}, …) are written flat beside its other
 * fields, as before they were grouped into one {@code Slots} record in code. State is read back
 * flat or nested, so neither a deploy nor a rollback loses a conversation's place.
 */
public final class SessionCodec {
  /** The slot fields, stored flat in the state's JSON object. */
  static final List<String> SLOT_FIELDS =
      List.of("serviceId", "date", "time", "qualifier", "partOfDay", "resourceId");

  /**
   * State fields added after the stored shape was fixed: the customer's language (ADR 0027) and the
   * bot's pending "I'm back" (ADR 0037). Written only when set.
   */
  static final List<String> ADDED_FIELDS = List.of("language", "botReturned");

  private static final String SLOTS = "slots";
  private static final String STATE = "state";

  private final ObjectMapper json;
  private final ObjectReader reader;

  /**
   * @param json the application's mapper; it must write {@code java.time} values as ISO text
   */
  public SessionCodec(ObjectMapper json) {
    this.json = json;
    // State written by a newer version must still load after a rollback.
    this.reader = json.reader().without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  String encode(DialogueState state) {
    return write(flatten(json.valueToTree(state)));
  }

  DialogueState decode(String text) {
    return convert(nest(readTree(text)), DialogueState.class);
  }

  String encodeHistory(List<HistoryLine> history) {
    return write(history);
  }

  List<HistoryLine> decodeHistory(String text) {
    return sharedRoles(List.of(convert(readTree(text), HistoryLine[].class)));
  }

  String encodeSession(Session session) {
    ObjectNode node = json.valueToTree(session);
    if (node.get(STATE) instanceof ObjectNode state) {
      node.set(STATE, flatten(state));
    }
    return write(node);
  }

  Session decodeSession(String text) {
    JsonNode node = readTree(text);
    if (node instanceof ObjectNode session && session.get(STATE) instanceof ObjectNode state) {
      session.set(STATE, nest(state));
    }
    Session s = convert(node, Session.class);
    return new Session(
        s.key(),
        s.conversationId(),
        s.customerId(),
        s.state(),
        s.version(),
        s.expiresAt(),
        sharedRoles(s.history()));
  }

  /**
   * The lines with the role constants in place of the copies the JSON parser made, as the lines a
   * turn makes have them: two strings fewer per line, about a quarter of an idle session's heap.
   */
  private static List<HistoryLine> sharedRoles(List<HistoryLine> lines) {
    List<HistoryLine> out = new ArrayList<>(lines.size());
    for (HistoryLine line : lines) {
      String role =
          switch (line.role()) {
            case HistoryLine.CUSTOMER -> HistoryLine.CUSTOMER;
            case HistoryLine.BOT -> HistoryLine.BOT;
            case null, default -> line.role();
          };
      out.add(role == line.role() ? line : new HistoryLine(role, line.text()));
    }
    return out;
  }

  /**
   * {"slots": {"date": …}, …} → {"date": …, …}: exactly the six slot fields, in place. Fields newer
   * than the stored shape ({@link #ADDED_FIELDS}) are written only when set, so a state that does
   * not use them is stored exactly as the previous release stored it.
   */
  private ObjectNode flatten(ObjectNode state) {
    ObjectNode out = json.createObjectNode();
    for (Map.Entry<String, JsonNode> field : state.properties()) {
      if (SLOTS.equals(field.getKey()) && field.getValue() instanceof ObjectNode slots) {
        SLOT_FIELDS.forEach(name -> out.set(name, slots.get(name)));
      } else if (ADDED_FIELDS.contains(field.getKey()) && unset(field.getValue())) {
        continue;
      } else {
        out.set(field.getKey(), field.getValue());
      }
    }
    return out;
  }

  private static boolean unset(JsonNode value) {
    return value.isNull() || (value.isBoolean() && !value.booleanValue());
  }

  /** Flat slot fields (the stored shape) → the nested "slots" object the record reads. */
  private JsonNode nest(JsonNode node) {
    if (!(node instanceof ObjectNode state) || state.has(SLOTS)) {
      return node;
    }
    ObjectNode slots = state.putObject(SLOTS);
    for (String field : SLOT_FIELDS) {
      JsonNode value = state.remove(field);
      if (value != null) {
        slots.set(field, value);
      }
    }
    return state;
  }

  private JsonNode readTree(String text) {
    try {
      return json.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot decode stored JSON", e);
    }
  }

  private <T> T convert(JsonNode node, Class<T> type) {
    try {
      return reader.forType(type).readValue(node);
    } catch (IOException e) {
      throw new IllegalStateException("cannot decode " + type.getSimpleName(), e);
    }
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot encode " + value.getClass().getSimpleName(), e);
    }
  }
}
