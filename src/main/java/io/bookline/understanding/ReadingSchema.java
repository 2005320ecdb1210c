package io.bookline.understanding;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code read_message} tool a model calls to report a {@link Reading}: its name, its JSON
 * schema as plain maps (the transport turns them into the client's types), and the reading of its
 * arguments text. Every field is required and nullable, so a strict server accepts the schema. Its
 * keys keep one order, so the request's bytes are the same on every instance and every start (a
 * provider can cache the prefix).
 */
public final class ReadingSchema {
  public static final String TOOL = "read_message";
  public static final String DESCRIPTION = "Report what the customer's latest message says.";

  /** The fields in the order the schema lists them. */
  public static final List<String> FIELDS =
      List.of(
          "intent",
          "service",
          "date",
          "time",
          "time_qualifier",
          "part_of_day",
          "staff",
          "customer_name",
          "choice",
          "shift_minutes");

  private ReadingSchema() {}

  /** The tool's parameters: a JSON schema object. */
  public static Map<String, Object> parameters() {
    Map<String, Object> properties = new LinkedHashMap<>();
    List<String> intents = new ArrayList<>();
    for (Intent i : Intent.values()) {
      intents.add(i.name().toLowerCase(Locale.ROOT));
    }
    Map<String, Object> intent = new LinkedHashMap<>();
    intent.put("type", "string");
    intent.put("enum", intents);
    intent.put("description", "what the latest message asks for");
    properties.put("intent", intent);
    properties.put("service", nullable("string", "a service name from the business, or null"));
    properties.put("date", nullable("string", "the day meant, yyyy-MM-dd, or null"));
    properties.put("time", nullable("string", "the clock time meant, HH:mm, or null"));
    properties.put("time_qualifier", nullableEnum(List.of("at", "after", "before", "around")));
    properties.put("part_of_day", nullableEnum(List.of("morning", "afternoon", "evening")));
    properties.put("staff", nullable("string", "a staff name from the business, or null"));
    properties.put(
        "customer_name", nullable("string", "the customer's own name if they give it, or null"));
    properties.put(
        "choice",
        nullable(
            "integer", "1-based pick from the options just offered, -1 for the last, or null"));
    properties.put(
        "shift_minutes",
        nullable(
            "integer",
            "the time under discussion moved by an amount, in signed minutes (\"an hour later\""
                + " 60, \"half an hour earlier\" -30), or null"));
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", "object");
    schema.put("properties", properties);
    schema.put("required", new ArrayList<>(properties.keySet()));
    schema.put("additionalProperties", false);
    return schema;
  }

  /**
   * The tool call's arguments (or a JSON-mode answer) as a JSON object, or empty when there is
   * none. Small local models wrap it in a Markdown fence, put prose before or after it, nest it as
   * {@code {"name": …, "arguments": {…}}}, or spell field names in another case or with other
   * separators ({@code customerName}, {@code Customer-Name}): all of that is read as the schema's
   * fields. Keys that match no field stay as they are (the validator names them).
   */
  public static Optional<Map<String, Object>> arguments(ObjectMapper json, String text) {
    int start = text == null ? -1 : text.indexOf('{');
    if (start < 0) {
      return Optional.empty();
    }
    // One JSON value from the first brace: a fence or prose after it is never read.
    try (JsonParser parser = json.getFactory().createParser(text.substring(start))) {
      Map<String, Object> read =
          json.readerFor(new TypeReference<LinkedHashMap<String, Object>>() {})
              .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
              .<Map<String, Object>>readValue(parser);
      return Optional.ofNullable(read).map(ReadingSchema::canonical);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Field names as the schema spells them; a wrapped {@code arguments} object unwrapped. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> canonical(Map<String, Object> read) {
    for (String wrapper : List.of("arguments", "parameters")) {
      if (read.get(wrapper) instanceof Map<?, ?> inner
          && read.keySet().stream().noneMatch(FIELDS::contains)) {
        return canonical((Map<String, Object>) inner);
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    read.forEach((key, value) -> out.put(fieldFor(key), value));
    return out;
  }

  private static String fieldFor(String key) {
    String squashed = squash(key);
    for (String field : FIELDS) {
      if (squash(field).equals(squashed)) {
        return field;
      }
    }
    return key;
  }

  private static String squash(String name) {
    StringBuilder b = new StringBuilder();
    for (char c : name.toCharArray()) {
      if (Character.isLetterOrDigit(c)) {
        b.append(Character.toLowerCase(c));
      }
    }
    return b.toString();
  }

  private static Map<String, Object> nullable(String type, String description) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", List.of(type, "null"));
    m.put("description", description);
    return m;
  }

  private static Map<String, Object> nullableEnum(List<String> values) {
    List<Object> withNull = new ArrayList<>(values);
    withNull.add(null);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", List.of("string", "null"));
    m.put("enum", withNull);
    return m;
  }
}
