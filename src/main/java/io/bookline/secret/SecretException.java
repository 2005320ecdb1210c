package io.bookline.secret;

/** A sealed value that does not open: an unknown key, or bytes changed or moved. */
public final class SecretException extends RuntimeException {
  public SecretException(String message) {
    super(message, null, false, false);
  }
}
