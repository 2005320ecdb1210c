package io.bookline.secret;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals small secrets with AES-256-GCM (ADR 0029). Each key is derived from a configured secret
 * with HKDF-SHA256 and named by a short id (a hash of the key, never the key), so a sealed value
 * says which key opens it: {@code v1.<key id>.<nonce>.<ciphertext and tag>}, base64url. The caller
 * passes associated data naming where the value belongs (e.g. {@code whatsapp/10634295353625}), so
 * a value copied to another row does not open there.
 *
 * <p>The current key seals; it and every previous key open. Thread-safe.
 */
public final class SecretBox {
  /** The marker every sealed value starts with. */
  public static final String VERSION = "v1";

  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final byte[] SALT = "bookline secret box".getBytes(StandardCharsets.UTF_8);
  private static final byte[] INFO = "channel secrets v1".getBytes(StandardCharsets.UTF_8);

  private record Key(String id, SecretKeySpec spec) {}

  private final Key current;
  private final Map<String, Key> keys = new LinkedHashMap<>();
  private final SecureRandom random = new SecureRandom();

  private SecretBox(byte[] currentSecret, List<byte[]> previousSecrets) {
    this.current = derive(currentSecret);
    keys.put(current.id(), current);
    for (byte[] previous : previousSecrets) {
      Key k = derive(previous);
      keys.putIfAbsent(k.id(), k);
    }
  }

  /**
   * @param currentSecret seals and opens
   * @param previousSecrets only open (a rotation under way)
   */
  public static SecretBox of(byte[] currentSecret, List<byte[]> previousSecrets) {
    return new SecretBox(currentSecret, previousSecrets);
  }

  /** A box with a key of its own, for tests and tools that keep nothing. */
  public static SecretBox ephemeral() {
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    return new SecretBox(secret, List.of());
  }

  /** The id of the key that seals now. */
  public String currentKeyId() {
    return current.id();
  }

  /** Whether {@code value} is a sealed value (of any key). */
  public static boolean isSealed(String value) {
    return value != null && value.startsWith(VERSION + ".") && value.split("\\.", -1).length == 4;
  }

  /** The id of the key that sealed {@code value}, if it is a sealed value. */
  public static Optional<String> keyId(String value) {
    return isSealed(value) ? Optional.of(value.split("\\.", -1)[1]) : Optional.empty();
  }

  /** Whether {@code value} is sealed under the current key (nothing to re-seal). */
  public boolean isCurrent(String value) {
    return keyId(value).filter(current.id()::equals).isPresent();
  }

  /** Seals {@code plaintext} under the current key, bound to {@code where}. */
  public String seal(String where, String plaintext) {
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, current.spec(), new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(aad(where));
      byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
      Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
      return String.join(
          ".", VERSION, current.id(), b64.encodeToString(nonce), b64.encodeToString(sealed));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  /**
   * Opens a value sealed for {@code where} under the current or a previous key.
   *
   * @throws SecretException when no configured key sealed it, or it was changed or moved
   */
  public String open(String where, String sealed) {
    if (!isSealed(sealed)) {
      throw new SecretException("not a sealed value");
    }
    String[] parts = sealed.split("\\.", -1);
    Key key = keys.get(parts[1]);
    if (key == null) {
      throw new SecretException(
          "sealed under key "
              + parts[1]
              + ", which is neither BOOKLINE_SECRET_KEY ("
              + current.id()
              + ") nor one of BOOKLINE_SECRET_KEY_PREVIOUS");
    }
    try {
      Base64.Decoder b64 = Base64.getUrlDecoder();
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.DECRYPT_MODE, key.spec(), new GCMParameterSpec(TAG_BITS, b64.decode(parts[2])));
      cipher.updateAAD(aad(where));
      return new String(cipher.doFinal(b64.decode(parts[3])), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException | GeneralSecurityException e) {
      throw new SecretException(
          "does not open under key " + key.id() + " for " + where + ": changed or moved");
    }
  }

  private static byte[] aad(String where) {
    return where.getBytes(StandardCharsets.UTF_8);
  }

  /** HKDF-SHA256 (RFC 5869) to one 32-byte key; its id is a hash of the key, not the secret. */
  private static Key derive(byte[] secret) {
    try {
      Mac extract = Mac.getInstance("HmacSHA256");
      extract.init(new SecretKeySpec(SALT, "HmacSHA256"));
      byte[] prk = extract.doFinal(secret);
      Mac expand = Mac.getInstance("HmacSHA256");
      expand.init(new SecretKeySpec(prk, "HmacSHA256"));
      expand.update(INFO);
      expand.update((byte) 1);
      byte[] key = expand.doFinal();
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key);
      String id = HexFormat.of().formatHex(digest, 0, 4);
      return new Key(id, new SecretKeySpec(key, "AES"));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  /** The ids of every key that opens (the current one first), for logs and tests. */
  public List<String> keyIds() {
    return new ArrayList<>(keys.keySet());
  }
}
