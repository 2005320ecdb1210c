package io.bookline.channel.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.random.RandomGenerator;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The web chat's visitor identity (ADR 0020): the server picks a visitor id and signs it for one
 * business, so a browser can prove who it is without any row to look up. A token is {@code
 * v1.<visitor id>.<HMAC-SHA256 of business and id>}; its key is derived from {@code
 * BOOKLINE_SECRET_KEY} for this one use, so the same secret can serve other purposes without a
 * signature of one ever being valid for another. Every instance with the same secret accepts every
 * other's tokens, across restarts.
 */
public final class VisitorTokens {
  /** A visitor id the server made: this prefix and 22 base64url characters (128 random bits). */
  public static final String ID_PREFIX = "v_";

  private static final String VERSION = "v1";
  private static final String PURPOSE = "bookline/web-visitor-token/v1";
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder B64_IN = Base64.getUrlDecoder();
  private static final int MAX_TOKEN = 200;

  private final byte[] key;
  private final RandomGenerator random;

  /**
   * @param secret {@code BOOKLINE_SECRET_KEY} (or the key made when none is configured)
   * @param random where new visitor ids come from
   */
  public VisitorTokens(byte[] secret, RandomGenerator random) {
    if (secret.length < 16) {
      throw new IllegalArgumentException("a visitor-token secret needs at least 16 bytes");
    }
    this.key = hmac(secret, PURPOSE.getBytes(StandardCharsets.UTF_8));
    this.random = random;
  }

  /** Tokens under a key of its own, made now: valid only in this process. */
  public static VisitorTokens ephemeral() {
    byte[] secret = new byte[32];
    SecureRandom random = new SecureRandom();
    random.nextBytes(secret);
    return new VisitorTokens(secret, random);
  }

  /** A new visitor id, never issued before (128 random bits). */
  public String newVisitor() {
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    return ID_PREFIX + B64.encodeToString(bytes);
  }

  /** The token that proves {@code visitor} to {@code business}. */
  public String token(long business, String visitor) {
    return VERSION + "." + visitor + "." + B64.encodeToString(signature(business, visitor));
  }

  /**
   * The visitor a token proves for this business; empty for anything else: a malformed token, a
   * forged or altered one, one signed with another secret, or one issued for another business.
   */
  public Optional<String> visitor(long business, String token) {
    if (token == null || token.length() > MAX_TOKEN) {
      return Optional.empty();
    }
    String[] parts = token.strip().split("\\.", -1);
    if (parts.length != 3 || !parts[0].equals(VERSION) || !parts[1].startsWith(ID_PREFIX)) {
      return Optional.empty();
    }
    byte[] presented;
    try {
      presented = B64_IN.decode(parts[2]);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    return MessageDigest.isEqual(presented, signature(business, parts[1]))
        ? Optional.of(parts[1])
        : Optional.empty();
  }

  private byte[] signature(long business, String visitor) {
    return hmac(key, (business + "|" + visitor).getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] hmac(byte[] key, byte[] data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JVM has HmacSHA256", e);
    }
  }
}
