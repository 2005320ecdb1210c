package io.bookline.channel;

/**
 * A channel refused a request: it failed its check, names no account or business we know, or is not
 * a payload the channel reads. The message is safe to show the caller; nothing was stored.
 */
public final class Rejected extends RuntimeException {
  /** Why, with the HTTP status and error code the routes answer with. */
  public enum Reason {
    BAD_REQUEST(400, "bad_request"),
    UNAUTHORIZED(401, "unauthorized"),
    FORBIDDEN(403, "forbidden"),
    NOT_FOUND(404, "not_found");

    private final int status;
    private final String code;

    Reason(int status, String code) {
      this.status = status;
      this.code = code;
    }

    public int status() {
      return status;
    }

    public String code() {
      return code;
    }
  }

  private final Reason reason;

  public Rejected(Reason reason, String message) {
    super(message, null, false, false);
    this.reason = reason;
  }

  public static Rejected badRequest(String message) {
    return new Rejected(Reason.BAD_REQUEST, message);
  }

  public static Rejected unauthorized(String message) {
    return new Rejected(Reason.UNAUTHORIZED, message);
  }

  public static Rejected forbidden(String message) {
    return new Rejected(Reason.FORBIDDEN, message);
  }

  public static Rejected notFound(String message) {
    return new Rejected(Reason.NOT_FOUND, message);
  }

  public Reason reason() {
    return reason;
  }
}
