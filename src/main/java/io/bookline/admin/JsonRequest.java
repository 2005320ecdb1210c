package io.bookline.admin;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bookline.ApiError;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/** An owner API request's body read as JSON, strictly: its type and each field once. */
final class JsonRequest {
  private JsonRequest() {}

  /**
   * The body as one JSON value. A body sent as another type (text/plain, a form) is 415, not read
   * as JSON anyway; one without a Content-Type is read as JSON. A field named twice is 400: which
   * of the two was meant cannot be known (ADR 0114). A body that is not UTF-8 is 400: read
   * leniently, its bytes would be stored as U+FFFD ("\uFFFD\uFFFD" for a service name).
   */
  static JsonNode read(Context ctx, ObjectMapper json) {
    String body = utf8(ctx.bodyAsBytes());
    String type = ctx.header("Content-Type");
    if (!body.isEmpty() && type != null && !isJson(type)) {
      throw new ApiError(
          415,
          "unsupported_media_type",
          "the body must be JSON sent as Content-Type: application/json, not "
              + (type.strip().length() <= 60 ? type.strip() : type.strip().substring(0, 60) + "…"));
    }
    try {
      return doublesWhereTheyFit(
          json.reader()
              .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
              .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
              .readTree(body));
    } catch (JsonParseException e) {
      String said = e.getOriginalMessage();
      if (said != null && said.startsWith("Duplicate field")) {
        throw ApiError.badRequest(
            "the body names a field twice ("
                + said.substring("Duplicate field ".length())
                + "); send each field once");
      }
      throw ApiError.badRequest("the body is not valid JSON");
    } catch (IOException e) {
      throw ApiError.badRequest("the body is not valid JSON");
    }
  }

  private static String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw ApiError.badRequest(
          "the body is not valid UTF-8 (bytes that are no UTF-8 character from byte "
              + (firstBad(bytes) + 1)
              + "); send JSON encoded as UTF-8");
    }
  }

  /** The index of the first byte that starts no valid UTF-8 character. */
  private static int firstBad(byte[] bytes) {
    var decoder = StandardCharsets.UTF_8.newDecoder();
    var in = ByteBuffer.wrap(bytes);
    decoder.decode(in, CharBuffer.allocate(bytes.length + 1), true);
    return in.position();
  }

  /**
   * Floats read as decimals, then kept as doubles wherever a double holds them (as every reader of
   * the tree expects); one beyond a double's range (1e400) stays a decimal, so its field can say
   * "must be between 0 and 99999999.99, not 1E+400" rather than "must be a number" for Infinity.
   */
  private static JsonNode doublesWhereTheyFit(JsonNode node) {
    if (node instanceof ObjectNode object) {
      for (Map.Entry<String, JsonNode> field : object.properties()) {
        field.setValue(doublesWhereTheyFit(field.getValue()));
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        array.set(i, doublesWhereTheyFit(array.get(i)));
      }
    } else if (node != null && node.isBigDecimal()) {
      double d = node.decimalValue().doubleValue();
      if (Double.isFinite(d)) {
        return DoubleNode.valueOf(d);
      }
    }
    return node;
  }

  private static boolean isJson(String contentType) {
    String mediaType = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    return mediaType.equals("application/json") || mediaType.endsWith("+json");
  }
}
