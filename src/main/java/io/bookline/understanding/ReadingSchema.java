package io.bookline.understanding;

import com.fasterxml.jackson.core.type.TypeReference;
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
          "choice");

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
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", "object");
    schema.put("properties", properties);
    schema.put("required", new ArrayList<>(properties.keySet()));
    schema.put("additionalProperties", false);
    return schema;
  }

  /** The tool call's arguments as a JSON object, or empty when they are not one. */
  public static Optional<Map<String, Object>> arguments(ObjectMapper json, String text) {
    try {
      return Optional.ofNullable(
          json.readValue(text, new TypeReference<LinkedHashMap<String, Object>>() {}));
    } catch (IOException e) {
      return Optional.empty();
    }
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
