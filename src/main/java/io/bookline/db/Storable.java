package io.bookline.db;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Map;

/**
 * What Postgres can store, made from what a client may send. Jackson reads JSON that Postgres
 * refuses: {@code text} and {@code jsonb} hold no NUL character, {@code jsonb} no lone UTF-16
 * surrogate ({@code "\ud83d"}) and no number beyond {@code numeric}'s range ({@code 1e999999},
 * which Jackson reads as infinity). One such value made an insert fail on every try, and the
 * message stayed unanswered in the inbox for good (ADR 0019). Everything a request carries into a
 * text or jsonb column passes through here first.
 */
public final class Storable {
  private static final char REPLACEMENT = '\uFFFD';

  /** {@code numeric} keeps at most 16383 digits after the point and 131072 before it. */
  private static final int MAX_SCALE_MAGNITUDE = 16_000;

  private Storable() {}

  /** The text with NUL removed and each lone surrogate replaced by U+FFFD; null stays null. */
  public static String text(String s) {
    if (s == null || isClean(s)) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\0') {
        continue;
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        out.append(c).append(s.charAt(++i));
      } else {
        out.append(Character.isSurrogate(c) ? REPLACEMENT : c);
      }
    }
    return out.toString();
  }

  /** Whether the text is stored as it is. */
  public static boolean isClean(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\0') {
        return false;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * JSON text for a {@code jsonb} column: the text itself when Postgres takes it as it is, else the
   * same document cleaned (strings as {@link #text}, numbers out of range as their text), or {@code
   * {"unparsed": text}} for text that is not JSON at all.
   */
  public static String json(ObjectMapper mapper, String text) {
    JsonNode tree;
    try {
      // Decimals as written, so an exponent numeric cannot hold is seen (a double hides 1e-20000).
      tree = mapper.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(text);
    } catch (JsonProcessingException e) {
      tree = null;
    }
    if (tree == null) {
      return JsonNodeFactory.instance.objectNode().put("unparsed", text(text)).toString();
    }
    return isClean(tree) && isClean(text) ? text : clean(tree).toString();
  }

  private static boolean isClean(JsonNode node) {
    if (node.isTextual()) {
      return isClean(node.textValue());
    }
    if (node.isNumber()) {
      return inRange(node);
    }
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        if (!isClean(field.getKey()) || !isClean(field.getValue())) {
          return false;
        }
      }
      return true;
    }
    for (JsonNode child : node) {
      if (!isClean(child)) {
        return false;
      }
    }
    return true;
  }

  private static boolean inRange(JsonNode number) {
    if (number.isDouble() || number.isFloat()) {
      return Double.isFinite(number.doubleValue());
    }
    if (number.isBigDecimal()) {
      BigDecimal d = number.decimalValue();
      return Math.abs((long) d.scale()) < MAX_SCALE_MAGNITUDE
          && d.precision() < MAX_SCALE_MAGNITUDE;
    }
    return true;
  }

  private static JsonNode clean(JsonNode node) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    if (node.isTextual()) {
      return nodes.textNode(text(node.textValue()));
    }
    if (node.isNumber() && !inRange(node)) {
      return nodes.textNode(node.asText());
    }
    if (node.isObject()) {
      ObjectNode out = nodes.objectNode();
      node.properties().forEach(f -> out.set(text(f.getKey()), clean(f.getValue())));
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = nodes.arrayNode();
      node.forEach(child -> out.add(clean(child)));
      return out;
    }
    return node;
  }
}
