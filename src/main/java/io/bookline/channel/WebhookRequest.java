package io.bookline.channel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * One webhook request as a channel sees it, free of the HTTP server: the exact bytes received
 * (signatures are checked over these, never over a re-serialised body), the headers (any case), the
 * path parameters and the query. The body is read as JSON at most once.
 */
public final class WebhookRequest {
  private final ObjectMapper json;
  private final byte[] body;
  private final Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
  private final Map<String, String> pathParams;
  private final Map<String, String> query;
  private JsonNode tree;

  public WebhookRequest(
      ObjectMapper json,
      byte[] body,
      Map<String, String> headers,
      Map<String, String> pathParams,
      Map<String, String> query) {
    this.json = json;
    this.body = body;
    this.headers.putAll(headers);
    this.pathParams = Map.copyOf(pathParams);
    this.query = Map.copyOf(query);
  }

  /** The raw body. Not copied (bodies reach 3 MB): read it, never change it. */
  public byte[] body() {
    return body;
  }

  /** The body as UTF-8 text, as it is kept with the message. */
  public String text() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** A header's value, or null. */
  public String header(String name) {
    return headers.get(name);
  }

  /** A path parameter's value, or null. */
  public String pathParam(String name) {
    return pathParams.get(name);
  }

  /** A query parameter's first value, or null. */
  public String query(String name) {
    return query.get(name);
  }

  /**
   * The body as a JSON object.
   *
   * @param whenNotObject the 400's message for JSON that is not an object
   * @throws Rejected 400 when the body is not JSON, or not an object
   */
  public JsonNode jsonObject(String whenNotObject) {
    if (tree == null) {
      try {
        tree = json.readTree(body);
      } catch (JsonProcessingException e) {
        throw Rejected.badRequest("the body is not valid JSON: " + e.getOriginalMessage());
      } catch (IOException e) {
        throw Rejected.badRequest("the body is not valid JSON");
      }
    }
    if (tree == null || !tree.isObject()) {
      throw Rejected.badRequest(whenNotObject);
    }
    return tree;
  }
}
