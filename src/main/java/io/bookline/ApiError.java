package io.bookline;

/**
 * An error the HTTP API reports as {@code {"error": code, "message": sentence}} with a status.
 * Thrown by route handlers; mapped in one place ({@link HttpApi}).
 */
public final class ApiError extends RuntimeException {
  private final int status;
  private final String code;

  public ApiError(int status, String code, String message) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
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

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }
}
