package io.bookline.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bookline.ApiError;
import io.bookline.owner.Problems;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A request body read field by field: a value of the wrong type is recorded in {@link Problems}
 * under its field's name (and read as absent), so one answer names every wrong field.
 */
final class JsonBody {
  private final JsonNode root;
  private final Problems problems;
  private final String prefix;

  private JsonBody(JsonNode root, Problems problems, String prefix) {
    this.root = root;
    this.problems = problems;
    this.prefix = prefix;
  }

  /** The body as a JSON object; an empty body reads as {@code {}}; anything else is 400. */
  static JsonBody object(Context ctx, ObjectMapper json, Problems problems) {
    JsonNode root = JsonRequest.read(ctx, json);
    if (root == null || root.isMissingNode()) {
      root = json.createObjectNode();
    }
    if (!root.isObject()) {
      throw ApiError.badRequest("the body must be a JSON object");
    }
    return new JsonBody(root, problems, "");
  }

  /**
   * The body as a JSON array, each element an object read with its index as field prefix; an
   * element that is not an object is reported as {@code [i]} and read as null, so indices hold.
   */
  static List<JsonBody> array(Context ctx, ObjectMapper json, Problems problems) {
    JsonNode root = JsonRequest.read(ctx, json);
    if (root == null || !root.isArray()) {
      throw ApiError.badRequest("the body must be a JSON array");
    }
    List<JsonBody> out = new ArrayList<>();
    for (int i = 0; i < root.size(); i++) {
      JsonNode item = root.get(i);
      String at = "[" + i + "]";
      if (item.isObject()) {
        out.add(new JsonBody(item, problems, at + "."));
      } else {
        problems.add(at, "must be an object");
        out.add(null);
      }
    }
    return out;
  }

  /** Every field not in {@code known} is reported, so a typo is not silently ignored. */
  JsonBody only(Set<String> known) {
    for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        problems.add(prefix + name, "is not a field here; expected one of " + new TreeSet<>(known));
      }
    }
    return this;
  }

  boolean has(String field) {
    return root.has(field) && !root.get(field).isNull();
  }

  /** Whether the field is sent as {@code null}, which some fields take as "remove it". */
  boolean isNull(String field) {
    return root.has(field) && root.get(field).isNull();
  }

  /** A whole number that may exceed an int (token counts). */
  Long longNumber(String field) {
    JsonNode v = value(field);
    if (v == null) {
      return null;
    }
    if (v.isIntegralNumber() && !v.canConvertToLong()) {
      return tooLarge(field, v, Long.MIN_VALUE, Long.MAX_VALUE);
    }
    if (!v.isIntegralNumber()) {
      return wrong(field, "must be a whole number");
    }
    return v.longValue();
  }

  String string(String field) {
    JsonNode v = value(field);
    if (v == null) {
      return null;
    }
    if (!v.isTextual()) {
      return wrong(field, "must be a string");
    }
    return v.asText();
  }

  Integer integer(String field) {
    JsonNode v = value(field);
    if (v == null) {
      return null;
    }
    if (v.isIntegralNumber() && !v.canConvertToInt()) {
      return tooLarge(field, v, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }
    if (!v.isIntegralNumber()) {
      BigDecimal whole = whole(v);
      if (whole == null) {
        return wrong(field, "must be a whole number");
      }
      // 1e12 or 60.0: a whole number written as a decimal; its size is what may be wrong.
      if (whole.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
        return tooLarge(field, whole.toPlainString(), Integer.MIN_VALUE, Integer.MAX_VALUE);
      }
      return whole.intValueExact();
    }
    return v.intValue();
  }

  /** A number written with a fraction or exponent whose value is whole, or null. */
  private static BigDecimal whole(JsonNode v) {
    // A decimal here is beyond a double's range (JsonRequest): read as no whole number, as before,
    // without spelling out its possibly millions of digits.
    if (!v.isNumber() || v.isBigDecimal() || v.isDouble() && !Double.isFinite(v.doubleValue())) {
      return null;
    }
    BigDecimal d = v.decimalValue().stripTrailingZeros();
    return d.scale() <= 0 ? d.setScale(0) : null;
  }

  Long id(String field) {
    JsonNode v = value(field);
    if (v == null) {
      return null;
    }
    if (!v.isIntegralNumber() || !v.canConvertToLong()) {
      return wrong(field, "must be an id (a whole number)");
    }
    return v.longValue();
  }

  BigDecimal decimal(String field) {
    JsonNode v = value(field);
    if (v == null) {
      return null;
    }
    if (!v.isNumber() || v.isDouble() && !Double.isFinite(v.doubleValue())) {
      return wrong(field, "must be a number");
    }
    BigDecimal d = v.decimalValue();
    if (v.isBigDecimal()) {
      // Beyond a double (1e400): too large like 1e12, named as sent in its short form, since
      // its plain form may run to millions of digits.
      String sent = clip(d.toString());
      problems.tooLarge(
          prefix + field, sent, "must be between -100000000 and 100000000, not " + sent);
      return null;
    }
    if (d.abs().compareTo(BigDecimal.valueOf(100_000_000)) >= 0) {
      problems.tooLarge(
          prefix + field,
          clip(d.stripTrailingZeros().toPlainString()),
          "must be between -100000000 and 100000000, not "
              + clip(d.stripTrailingZeros().toPlainString()));
      return null;
    }
    return d;
  }

  Boolean bool(String field) {
    JsonNode v = value(field);
    if (v == null) {
      return null;
    }
    if (!v.isBoolean()) {
      return wrong(field, "must be true or false");
    }
    return v.booleanValue();
  }

  List<String> texts(String field) {
    JsonNode v = value(field);
    if (v == null) {
      return null;
    }
    List<String> out = new ArrayList<>();
    if (v.isArray()) {
      for (JsonNode item : v) {
        if (!item.isTextual()) {
          return wrong(field, "must be a list of strings");
        }
        out.add(item.asText());
      }
      return out;
    }
    return wrong(field, "must be a list of strings");
  }

  List<Integer> integers(String field) {
    JsonNode v = value(field);
    if (v == null) {
      return null;
    }
    List<Integer> out = new ArrayList<>();
    if (v.isArray()) {
      for (JsonNode item : v) {
        if (item.isIntegralNumber() && !item.canConvertToInt()) {
          return tooLarge(field, item, Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
        if (!item.isIntegralNumber()) {
          return wrong(field, "must be a list of whole numbers");
        }
        out.add(item.intValue());
      }
      return out;
    }
    return wrong(field, "must be a list of whole numbers");
  }

  List<Long> ids(String field) {
    JsonNode v = value(field);
    if (v == null) {
      return null;
    }
    List<Long> out = new ArrayList<>();
    if (v.isArray()) {
      for (JsonNode item : v) {
        if (!item.isIntegralNumber() || !item.canConvertToLong()) {
          return wrong(field, "must be a list of ids");
        }
        out.add(item.longValue());
      }
      return out;
    }
    return wrong(field, "must be a list of ids");
  }

  /** An object of strings by key ({@code {"de": "Maniküre"}}), as sent. */
  Map<String, String> textMap(String field) {
    JsonNode v = value(field);
    if (v == null) {
      return null;
    }
    if (!v.isObject()) {
      return wrong(field, "must be an object of strings by language, e.g. {\"de\": \"…\"}");
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (var e : v.properties()) {
      if (!e.getValue().isTextual()) {
        return wrong(field + "." + e.getKey(), "must be a string");
      }
      out.put(e.getKey(), e.getValue().asText());
    }
    return out;
  }

  /** An object of string lists by key ({@code {"de": ["Nägel"]}}), as sent. */
  Map<String, List<String>> textListMap(String field) {
    JsonNode v = value(field);
    if (v == null) {
      return null;
    }
    if (!v.isObject()) {
      return wrong(field, "must be an object of string lists by language, e.g. {\"de\": [\"…\"]}");
    }
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (var e : v.properties()) {
      List<String> words = new ArrayList<>();
      if (!e.getValue().isArray()) {
        return wrong(field + "." + e.getKey(), "must be a list of strings");
      }
      for (JsonNode item : e.getValue()) {
        if (!item.isTextual()) {
          return wrong(field + "." + e.getKey(), "must be a list of strings");
        }
        words.add(item.asText());
      }
      out.put(e.getKey(), words);
    }
    return out;
  }

  private JsonNode value(String field) {
    JsonNode v = root.get(field);
    return v == null || v.isNull() ? null : v;
  }

  /**
   * A whole number beyond what its type holds: reported as such, and kept as sent so the field's
   * rule can name its own range instead ({@link Problems#tooLarge}).
   */
  private <T> T tooLarge(String field, JsonNode v, long min, long max) {
    return tooLarge(field, v.asText(), min, max);
  }

  private <T> T tooLarge(String field, String number, long min, long max) {
    String sent = clip(number);
    problems.tooLarge(
        prefix + field,
        sent,
        "must be a whole number between " + min + " and " + max + ", not " + sent);
    return null;
  }

  /** A number as an error shows it: at most 30 characters. */
  private static String clip(String number) {
    return number.length() <= 30 ? number : number.substring(0, 30) + "…";
  }

  private <T> T wrong(String field, String problem) {
    problems.add(prefix + field, problem);
    return null;
  }
}
