package io.bookline.channel;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Webhook authenticity checks, all in constant time. */
public final class Signatures {
  /**
   * A keyed HMAC per secret, ready to copy: looking up the provider and setting up the key cost
   * more than hashing a webhook's body, on every request. A {@link Mac} is not thread-safe, so each
   * use takes a clone. Keyed by the secret itself: a rotated-away secret ages out.
   */
  private static final Cache<String, Mac> KEYED =
      Caffeine.newBuilder().maximumSize(1_000).expireAfterAccess(Duration.ofHours(1)).build();

  private Signatures() {}

  /**
   * Meta's {@code X-Hub-Signature-256}: {@code sha256=} + hex HMAC-SHA256 of the exact raw body
   * bytes with the app secret. Never computed over a re-serialised body: Meta escapes non-ASCII as
   * JSON unicode escapes, so decoding and re-encoding changes the bytes.
   */
  public static boolean validHubSignature(byte[] rawBody, String header, String appSecret) {
    if (header == null
        || !header.startsWith("sha256=")
        || appSecret == null
        || appSecret.isEmpty()) {
      return false;
    }
    byte[] given;
    try {
      given =
          HexFormat.of()
              .parseHex(header.substring("sha256=".length()).strip().toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return false;
    }
    return MessageDigest.isEqual(hmacSha256(appSecret, rawBody), given);
  }

  public static String hubSignature(byte[] rawBody, String appSecret) {
    return "sha256=" + hmacSha256Hex(appSecret, rawBody);
  }

  /** Hex HMAC-SHA256 of the raw body (Viber's {@code X-Viber-Content-Signature} and the like). */
  public static String hmacSha256Hex(String secret, byte[] rawBody) {
    return HexFormat.of().formatHex(hmacSha256(secret, rawBody));
  }

  /** Telegram's {@code X-Telegram-Bot-Api-Secret-Token}: the token set with setWebhook. */
  public static boolean sameSecret(String given, String expected) {
    if (given == null || expected == null || expected.isEmpty()) {
      return false;
    }
    return MessageDigest.isEqual(
        given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
  }

  static byte[] hmacSha256(String secret, byte[] body) {
    Mac keyed = KEYED.get(secret, Signatures::keyed);
    try {
      return ((Mac) keyed.clone()).doFinal(body);
    } catch (CloneNotSupportedException e) {
      return keyed(secret).doFinal(body);
    }
  }

  private static Mac keyed(String secret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return mac;
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HMAC-SHA256 unavailable", e);
    }
  }
}
