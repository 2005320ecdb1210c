package io.bookline.admin;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bookline.ApiError;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Locale;

/** An owner API request's body read as JSON, strictly: its type and each field once. */
final class JsonRequest {
  private JsonRequest() {}

  /**
   * The body as one JSON value. A body sent as another type (text/plain, a form) is 415, not read
   * as JSON anyway; one without a Content-Type is read as JSON. A field named twice is 400: which
   * of the two was meant cannot be known (ADR 0114).
   */
  static JsonNode read(Context ctx, ObjectMapper json) {
    String body = ctx.body();
    String type = ctx.header("Content-Type");
    if (!body.isEmpty() && type != null && !isJson(type)) {
      throw new ApiError(
          415,
          "unsupported_media_type",
          "the body must be JSON sent as Content-Type: application/json, not "
              + (type.strip().length() <= 60 ? type.strip() : type.strip().substring(0, 60) + "…"));
    }
    try {
      return json.reader().with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).readTree(body);
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

  private static boolean isJson(String contentType) {
    String mediaType = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    return mediaType.equals("application/json") || mediaType.endsWith("+json");
  }
}
