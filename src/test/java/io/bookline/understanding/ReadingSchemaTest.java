package io.bookline.understanding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReadingSchemaTest {
  static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void every_field_is_required_nullable_and_nothing_else_allowed_so_strict_servers_accept_it() {
    Map<String, Object> schema = ReadingSchema.parameters();
    assertEquals("object", schema.get("type"));
    assertEquals(false, schema.get("additionalProperties"));
    assertEquals(ReadingSchema.FIELDS, schema.get("required"));
    Map<?, ?> properties = (Map<?, ?>) schema.get("properties");
    assertEquals(ReadingSchema.FIELDS, new ArrayList<>(properties.keySet()));
    for (String field : ReadingSchema.FIELDS) {
      if (!field.equals("intent")) {
        Object type = ((Map<?, ?>) properties.get(field)).get("type");
        assertTrue(((List<?>) type).contains("null"), field + " is nullable");
      }
    }
  }

  @Test
  void the_intent_enum_is_every_intent_we_have() {
    Map<?, ?> intent =
        (Map<?, ?>) ((Map<?, ?>) ReadingSchema.parameters().get("properties")).get("intent");
    assertEquals(
        Arrays.stream(Intent.values()).map(i -> i.name().toLowerCase(Locale.ROOT)).toList(),
        intent.get("enum"));
  }

  @Test
  void arguments_are_read_only_when_they_are_a_json_object() {
    assertEquals(
        Optional.of(Map.of("intent", "book", "choice", 2)),
        ReadingSchema.arguments(JSON, "{\"intent\": \"book\", \"choice\": 2}"));
    assertEquals(Optional.empty(), ReadingSchema.arguments(JSON, "{not json"));
    assertEquals(Optional.empty(), ReadingSchema.arguments(JSON, "[1, 2]"));
    assertEquals(Optional.empty(), ReadingSchema.arguments(JSON, "null"));
    assertEquals(Optional.empty(), ReadingSchema.arguments(JSON, "Sure! I booked you."));
  }

  @Test
  void fences_prose_wrappers_and_other_spellings_of_field_names_are_tolerated() {
    Map<String, Object> expected =
        Map.of("intent", "book", "customer_name", "Ana", "time_qualifier", "after");
    for (String answer :
        List.of(
            "```json\n{\"intent\": \"book\", \"customer_name\": \"Ana\", \"time_qualifier\": \"after\"}\n```",
            "Here is the reading:\n{\"Intent\": \"book\", \"customerName\": \"Ana\", \"TimeQualifier\": \"after\"}\nHope this helps! {x}",
            "{\"INTENT\": \"book\", \"customer-name\": \"Ana\", \"time qualifier\": \"after\"}",
            "{\"name\": \"read_message\", \"arguments\": {\"intent\": \"book\", \"Customer_Name\": \"Ana\", \"time_qualifier\": \"after\"}}")) {
      assertEquals(Optional.of(expected), ReadingSchema.arguments(JSON, answer), answer);
    }
    ObjectMapper strict = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    assertEquals(
        Optional.of(expected),
        ReadingSchema.arguments(
            strict,
            "{\"intent\": \"book\", \"customerName\": \"Ana\", \"time_qualifier\": \"after\"} ok"),
        "the application's mapper refuses trailing tokens in requests, not in a model's answer");
    assertEquals(
        Optional.of(Map.of("intent", "book", "price", "0")),
        ReadingSchema.arguments(JSON, "{\"intent\": \"book\", \"price\": \"0\"}"),
        "a key that is no field stays as written, for the validator to name");
  }
}
