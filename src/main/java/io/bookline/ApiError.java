package io.bookline;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An error the HTTP API reports as {@code {"error": code, "message": sentence}} with a status, plus
 * any details (a validation error's {@code "fields"}, a conflict's free times). Thrown by route
 * handlers and the owner services; mapped in one place ({@link HttpApi}).
 */
public final class ApiError extends RuntimeException {
  private final int status;
  private final String code;
  private final Map<String, Object> details;

  public ApiError(int status, String code, String message) {
    this(status, code, message, Map.of());
  }

  private ApiError(int status, String code, String message, Map<String, Object> details) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
    this.details = Map.copyOf(details);
  }

  public static ApiError badRequest(String message) {
    return new ApiError(400, "bad_request", message);
  }

  public static ApiError notFound(String message) {
    return new ApiError(404, "not_found", message);
  }

  public static ApiError unauthorized(String message) {
    return new ApiError(401, "unauthorized", message);
  }

  public static ApiError forbidden(String message) {
    return new ApiError(403, "forbidden", message);
  }

  public static ApiError conflict(String message) {
    return new ApiError(409, "conflict", message);
  }

  /**
   * 400 naming every wrong field at once: {@code {"error": "validation", "message": "2 fields are
   * not valid: price, name", "fields": {"price": "…", "name": "…"}}} (ADR 0017).
   */
  public static ApiError validation(Map<String, String> fields) {
    String names = String.join(", ", fields.keySet());
    String message =
        fields.size() == 1
            ? "field " + names + " is not valid: " + fields.values().iterator().next()
            : fields.size() + " fields are not valid: " + names;
    return new ApiError(400, "validation", message, Map.of("fields", new LinkedHashMap<>(fields)));
  }

  /** The same error with one more detail in its body, e.g. {@code "nearestFreeTimes"}. */
  public ApiError with(String key, Object value) {
    Map<String, Object> more = new LinkedHashMap<>(details);
    more.put(key, value);
    return new ApiError(status, code, getMessage(), more);
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  /** Extra members of the error body, in addition to error and message. */
  public Map<String, Object> details() {
    return details;
  }
}
