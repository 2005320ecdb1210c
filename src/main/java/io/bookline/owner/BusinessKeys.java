package io.bookline.owner;

import static io.bookline.db.Schema.ApiKeys;
import static io.bookline.db.Schema.Businesses;
import static io.bookline.db.Schema.columns;

import io.bookline.ApiError;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * Business keys: {@code bk_} and 32 random bytes. Only a SHA-256 hash is stored (a key has 256 bits
 * of entropy, so a slow hash adds nothing), with a short prefix for display. Every request looks
 * its key up in Postgres, so a revoked key fails on the very next request on every instance.
 */
public final class BusinessKeys {
  /** Written on every key: the start of a business key. */
  public static final String SCHEME = "bk_";

  /** How much of a key is kept in clear for display ("bk_4f9a1c2e"). */
  static final int PREFIX_LENGTH = SCHEME.length() + 8;

  /** {@code last_used_at} is written at most this often per key, not on every request. */
  static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

  private final DSLContext db;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  public BusinessKeys(DSLContext db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** A key as listed: never the key itself. */
  public record KeyView(
      long id,
      String label,
      String prefix,
      OffsetDateTime createdAt,
      OffsetDateTime lastUsedAt,
      OffsetDateTime revokedAt) {}

  /** A new key: {@code apiKey} is shown this one time and stored nowhere. */
  public record IssuedKey(long id, String label, String prefix, String apiKey) {}

  /** Issues a key for the business; {@code db} may be a transaction's context. */
  public IssuedKey issue(DSLContext db, long businessId, String label) {
    byte[] secret = new byte[32];
    random.nextBytes(secret);
    String key = SCHEME + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    String prefix = key.substring(0, PREFIX_LENGTH);
    long id =
        db.insertInto(ApiKeys.T)
            .set(ApiKeys.BUSINESS_ID, businessId)
            .set(ApiKeys.KEY_HASH, hash(key))
            .set(ApiKeys.LABEL, label)
            .set(ApiKeys.PREFIX, prefix)
            .set(ApiKeys.CREATED_AT, now())
            .returningResult(ApiKeys.ID)
            .fetchOne()
            .value1();
    return new IssuedKey(id, label, prefix, key);
  }

  /**
   * Issues a key with an optional label (1–100 characters). Without one it is labelled with the day
   * it was issued, so the list of keys never shows an empty label; an empty label sent is refused.
   */
  public IssuedKey issue(long businessId, String label, Problems problems) {
    if (label != null && (label.isBlank() || label.length() > 100)) {
      problems.add("label", "must be 1 to 100 characters");
    }
    Checks.storable(problems, "label", label);
    problems.throwIfAny();
    return issue(
        db, businessId, label == null ? "key issued " + now().toLocalDate() : label.strip());
  }

  public List<KeyView> list(long businessId) {
    return db.select(columns(ApiKeys.class))
        .from(ApiKeys.T)
        .where(ApiKeys.BUSINESS_ID.eq(businessId))
        .orderBy(ApiKeys.ID)
        .fetch(BusinessKeys::view);
  }

  /**
   * Revokes one of the business's keys; another business's key id is "not found". The business's
   * last live key is refused with 409 (ADR 0094): revoking it would leave the owner locked out of
   * the API and the console, with only the operator to issue them a new one.
   */
  public KeyView revoke(long businessId, long keyId) {
    db.transaction(
        cfg -> {
          DSLContext tx = cfg.dsl();
          // One revocation at a time per business, so two requests revoking its last two keys at
          // once cannot each see the other key still live.
          tx.selectOne()
              .from(Businesses.T)
              .where(Businesses.ID.eq(businessId))
              .forNoKeyUpdate()
              .execute();
          var live =
              tx.select(ApiKeys.ID)
                  .from(ApiKeys.T)
                  .where(ApiKeys.BUSINESS_ID.eq(businessId))
                  .and(ApiKeys.REVOKED_AT.isNull())
                  .fetchSet(ApiKeys.ID);
          if (live.equals(Set.of(keyId))) {
            throw ApiError.conflict(
                "key "
                    + keyId
                    + " is the business's last key; issue another first (POST /api/keys),"
                    + " then revoke this one");
          }
          tx.update(ApiKeys.T)
              .set(ApiKeys.REVOKED_AT, now())
              .where(ApiKeys.ID.eq(keyId))
              .and(ApiKeys.BUSINESS_ID.eq(businessId))
              .and(ApiKeys.REVOKED_AT.isNull())
              .execute();
        });
    return db.select(columns(ApiKeys.class))
        .from(ApiKeys.T)
        .where(ApiKeys.ID.eq(keyId))
        .and(ApiKeys.BUSINESS_ID.eq(businessId))
        .fetchOptional(BusinessKeys::view)
        .orElseThrow(() -> ApiError.notFound("no key " + keyId));
  }

  /**
   * The business and key a presented key belongs to, if it is a live key. The lookup is by hash, so
   * how long it takes says nothing about the key; the hashes are compared again in constant time.
   */
  public Optional<Caller.Owner> authenticate(String presented) {
    if (!presented.startsWith(SCHEME) || presented.length() > 100) {
      return Optional.empty();
    }
    String hash = hash(presented);
    Record row =
        db.select(ApiKeys.ID, ApiKeys.BUSINESS_ID, ApiKeys.KEY_HASH, ApiKeys.LAST_USED_AT)
            .from(ApiKeys.T)
            .where(ApiKeys.KEY_HASH.eq(hash))
            .and(ApiKeys.REVOKED_AT.isNull())
            .fetchOne();
    if (row == null
        || !MessageDigest.isEqual(
            row.get(ApiKeys.KEY_HASH).getBytes(StandardCharsets.US_ASCII),
            hash.getBytes(StandardCharsets.US_ASCII))) {
      return Optional.empty();
    }
    touch(row.get(ApiKeys.ID), row.get(ApiKeys.LAST_USED_AT));
    return Optional.of(new Caller.Owner(row.get(ApiKeys.BUSINESS_ID), row.get(ApiKeys.ID)));
  }

  private void touch(long id, OffsetDateTime lastUsed) {
    OffsetDateTime now = now();
    if (lastUsed == null || lastUsed.isBefore(now.minus(TOUCH_EVERY))) {
      db.update(ApiKeys.T).set(ApiKeys.LAST_USED_AT, now).where(ApiKeys.ID.eq(id)).execute();
    }
  }

  /** Hex SHA-256 of the key's UTF-8 bytes. */
  static String hash(String key) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  private OffsetDateTime now() {
    return clock.instant().atOffset(ZoneOffset.UTC);
  }

  private static KeyView view(Record r) {
    return new KeyView(
        r.get(ApiKeys.ID),
        r.get(ApiKeys.LABEL),
        r.get(ApiKeys.PREFIX),
        r.get(ApiKeys.CREATED_AT),
        r.get(ApiKeys.LAST_USED_AT),
        r.get(ApiKeys.REVOKED_AT));
  }
}
