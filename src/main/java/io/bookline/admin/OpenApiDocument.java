package io.bookline.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The OpenAPI 3.1 document of the owner API (ADR 0031), written by hand in one JSON fragment per
 * area ({@code io/bookline/openapi/*.json}: paths and their schemas) so each area's routes and
 * their description change together. Assembling adds what every owner route shares: the path
 * parameters, the {@code X-Bookline-Business} header and the 400/401/404 answers. {@code
 * OpenApiTest} fails when the document and the route table differ.
 */
final class OpenApiDocument {
  /** The areas, each a fragment beside {@code base.json}; a new area adds its name here. */
  static final List<String> FRAGMENTS =
      List.of(
          "business",
          "catalog",
          "closures",
          "channels",
          "conversations",
          "handover",
          "bookings",
          "customers",
          "calendar",
          "nlu",
          "usage",
          "inbox",
          "outbox");

  private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");
  private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

  private OpenApiDocument() {}

  /** The whole document; a duplicate path, method or schema across fragments fails start-up. */
  static ObjectNode assemble(ObjectMapper json) {
    ObjectNode doc = (ObjectNode) read(json, "base");
    ObjectNode paths = doc.withObject("/paths");
    ObjectNode schemas = doc.withObject("/components").withObject("/schemas");
    for (String name : FRAGMENTS) {
      JsonNode fragment = read(json, name);
      for (Map.Entry<String, JsonNode> path : fragment.path("paths").properties()) {
        ObjectNode into = paths.withObject("/" + path.getKey().replace("/", "~1"));
        for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
          if (into.has(op.getKey())) {
            throw new IllegalStateException(
                name + ".json: " + op.getKey() + " " + path.getKey() + " is described twice");
          }
          into.set(op.getKey(), shared(path.getKey(), op.getKey(), (ObjectNode) op.getValue()));
        }
      }
      for (Map.Entry<String, JsonNode> schema : fragment.path("schemas").properties()) {
        if (schemas.has(schema.getKey())) {
          throw new IllegalStateException(name + ".json: schema " + schema.getKey() + " twice");
        }
        schemas.set(schema.getKey(), schema.getValue());
      }
    }
    return doc;
  }

  /** Adds the path parameters, the business header and the common answers to one operation. */
  private static ObjectNode shared(String path, String method, ObjectNode op) {
    if (!METHODS.contains(method)) {
      throw new IllegalStateException("not a method: " + method + " " + path);
    }
    ArrayNode params = op.withArray("/parameters");
    Matcher m = PARAM.matcher(path);
    while (m.find()) {
      String name = m.group(1);
      ObjectNode p = params.addObject();
      p.put("name", name).put("in", "path").put("required", true);
      if (name.equals("id")) {
        p.putObject("schema").put("type", "integer").put("format", "int64");
      } else {
        p.putObject("schema").put("type", "string");
      }
    }
    boolean operatorOnly = op.path("x-operator-only").asBoolean(false);
    op.remove("x-operator-only");
    if (!operatorOnly) {
      params.addObject().put("$ref", "#/components/parameters/business");
    }
    ObjectNode responses = op.withObject("/responses");
    for (String status : List.of("400", "401", "404")) {
      if (!responses.has(status)) {
        responses.putObject(status).put("$ref", "#/components/responses/" + status);
      }
    }
    if (op.has("requestBody") && !responses.has("415")) {
      responses.putObject("415").put("$ref", "#/components/responses/415");
    }
    return op;
  }

  private static JsonNode read(ObjectMapper json, String name) {
    String at = "/io/bookline/openapi/" + name + ".json";
    try (InputStream in = OpenApiDocument.class.getResourceAsStream(at)) {
      if (in == null) {
        throw new IllegalStateException(at + " is missing from the classpath");
      }
      return json.readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + at, e);
    }
  }
}
