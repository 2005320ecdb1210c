package io.bookline.config;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The keys Bookline is given: the admin API's bearer key ({@code BOOKLINE_ADMIN_KEY}), the secret
 * behind tokens and sealed channel secrets ({@code BOOKLINE_SECRET_KEY}, ADR 0020) and the keys of
 * before a rotation ({@code BOOKLINE_SECRET_KEY_PREVIOUS}, ADR 0029). Each is checked for length; a
 * value is never echoed in a problem.
 */
final class SecretKeySettings {

  /** Fewest characters {@code BOOKLINE_ADMIN_KEY} may have. */
  static final int MIN_ADMIN_KEY = 16;

  private SecretKeySettings() {}

  /** {@code BOOKLINE_ADMIN_KEY}, when set; too short is a problem. */
  static Optional<String> adminKey(ConfigLoader env) {
    Optional<String> key = env.optional("BOOKLINE_ADMIN_KEY");
    key.filter(k -> k.length() < MIN_ADMIN_KEY)
        .ifPresent(
            k ->
                env.problem(
                    "BOOKLINE_ADMIN_KEY is too short ("
                        + characters(k.length())
                        + "); expected at least "
                        + MIN_ADMIN_KEY));
    return key;
  }

  /**
   * {@code BOOKLINE_SECRET_KEY}: long enough to resist guessing, and required when several
   * instances run (REDIS_URL), since each must accept the visitor tokens the others sign.
   */
  static Optional<String> secretKey(ConfigLoader env, boolean severalInstances) {
    Optional<String> key = env.optional("BOOKLINE_SECRET_KEY");
    if (key.isPresent() && key.get().length() < Config.MIN_SECRET_KEY) {
      env.problem(
          "BOOKLINE_SECRET_KEY is too short ("
              + characters(key.get().length())
              + "); expected at least "
              + Config.MIN_SECRET_KEY
              + ", e.g. the output of `openssl rand -hex 32`");
    }
    if (key.isEmpty() && severalInstances) {
      env.problem(
          "BOOKLINE_SECRET_KEY is missing; it is required when REDIS_URL is set, because every"
              + " instance must accept the web-chat visitor tokens the others sign. Set the same"
              + " long random string on every instance, e.g. the output of `openssl rand -hex 32`");
    }
    return key;
  }

  /**
   * {@code BOOKLINE_SECRET_KEY_PREVIOUS}: the keys of before a rotation, comma-separated, each as
   * long as a current key must be; they only open what they sealed (ADR 0029).
   */
  static List<String> previousSecretKeys(ConfigLoader env, Optional<String> current) {
    Optional<String> raw = env.optional("BOOKLINE_SECRET_KEY_PREVIOUS");
    if (raw.isEmpty()) {
      return List.of();
    }
    List<String> keys =
        Arrays.stream(raw.get().split(",")).map(String::strip).filter(k -> !k.isEmpty()).toList();
    if (current.isEmpty()) {
      env.problem(
          "BOOKLINE_SECRET_KEY_PREVIOUS is set but BOOKLINE_SECRET_KEY is not; a rotation needs the"
              + " new key in BOOKLINE_SECRET_KEY");
    }
    for (int i = 0; i < keys.size(); i++) {
      if (keys.get(i).length() < Config.MIN_SECRET_KEY) {
        env.problem(
            "BOOKLINE_SECRET_KEY_PREVIOUS key "
                + (i + 1)
                + " is too short ("
                + characters(keys.get(i).length())
                + "); expected at least "
                + Config.MIN_SECRET_KEY);
      }
    }
    return keys;
  }

  /** An admin key for this run only, when none is configured: 48 hex digits. */
  static String randomAdminKey() {
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  /** "1 character", "5 characters": how long a too-short value is. */
  static String characters(int n) {
    return n + (n == 1 ? " character" : " characters");
  }
}
