package io.bookline.channel;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A platform's send API: the shared HTTP client and the base URL (configurable, so tests and load
 * tests point it at a local fake), with trailing slashes removed.
 */
public record PlatformApi(PlatformHttp http, String base) {
  public PlatformApi {
    base = base.replaceAll("/+$", "");
  }

  /** POSTs a JSON payload to {@code base + path}. */
  public PlatformHttp.Answer post(String path, Map<String, String> headers, JsonNode payload) {
    return http.postJson(base + path, headers, payload);
  }
}
