package io.bookline.console;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import io.bookline.admin.BrowserSessions;
import io.bookline.owner.BusinessKeys;
import io.bookline.owner.Caller;
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
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

/**
 * Console sign-ins, kept in Postgres so every instance knows them and signing out ends them
 * everywhere at once (ADR 0026). The cookie holds 32 random bytes; the table keeps only their
 * SHA-256. A session is only as alive as the business key it was opened with.
 */
public final class ConsoleSessions implements BrowserSessions {
  /** How long a sign-in lasts. */
  static final Duration LIFETIME = Duration.ofHours(12);

  private static final Table<Record> T = table(name("console_sessions"));
  private static final Field<String> ID_HASH =
      field(name("console_sessions", "id_hash"), String.class);
  private static final Field<Long> BUSINESS_ID =
      field(name("console_sessions", "business_id"), Long.class);
  private static final Field<Long> KEY_ID = field(name("console_sessions", "key_id"), Long.class);
  private static final Field<String> CSRF =
      field(name("console_sessions", "csrf_token"), String.class);
  private static final Field<OffsetDateTime> CREATED_AT =
      field(name("console_sessions", "created_at"), OffsetDateTime.class);
  private static final Field<OffsetDateTime> EXPIRES_AT =
      field(name("console_sessions", "expires_at"), OffsetDateTime.class);
  private static final Table<Record> KEYS = table(name("api_keys"));
  private static final Field<Long> KEYS_ID = field(name("api_keys", "id"), Long.class);
  private static final Field<OffsetDateTime> KEYS_REVOKED =
      field(name("api_keys", "revoked_at"), OffsetDateTime.class);

  private final DSLContext db;
  private final BusinessKeys keys;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  public ConsoleSessions(DSLContext db, BusinessKeys keys, Clock clock) {
    this.db = db;
    this.keys = keys;
    this.clock = clock;
  }

  /** A new sign-in: the cookie value (shown to this browser only) and its session. */
  public record Opened(String cookieValue, Session session) {}

  /** Opens a session for a live business key; empty for anything else. */
  public Optional<Opened> open(String presentedKey) {
    Optional<Caller.Owner> owner = keys.authenticate(presentedKey.strip());
    if (owner.isEmpty()) {
      return Optional.empty();
    }
    String id = randomToken();
    String csrf = randomToken();
    OffsetDateTime now = now();
    db.insertInto(T)
        .set(ID_HASH, hash(id))
        .set(BUSINESS_ID, owner.get().businessId())
        .set(KEY_ID, owner.get().keyId())
        .set(CSRF, csrf)
        .set(CREATED_AT, now)
        .set(EXPIRES_AT, now.plus(LIFETIME))
        .execute();
    db.deleteFrom(T).where(EXPIRES_AT.lt(now)).execute();
    return Optional.of(new Opened(id, new Session(owner.get(), csrf)));
  }

  @Override
  public Optional<Session> find(String cookieValue) {
    if (cookieValue == null || cookieValue.isBlank() || cookieValue.length() > 100) {
      return Optional.empty();
    }
    return db.select(BUSINESS_ID, KEY_ID, CSRF)
        .from(T)
        .join(KEYS)
        .on(KEYS_ID.eq(KEY_ID))
        .where(ID_HASH.eq(hash(cookieValue)))
        .and(EXPIRES_AT.gt(now()))
        .and(KEYS_REVOKED.isNull())
        .fetchOptional(
            r -> new Session(new Caller.Owner(r.get(BUSINESS_ID), r.get(KEY_ID)), r.get(CSRF)));
  }

  /** Signs out: the session is gone on every instance from the next request on. */
  public void end(String cookieValue) {
    if (cookieValue != null && cookieValue.length() <= 100) {
      db.deleteFrom(T).where(ID_HASH.eq(hash(cookieValue))).execute();
    }
  }

  /** The CSRF token of a live session, compared in constant time. */
  static boolean sameToken(String presented, String expected) {
    return presented != null
        && MessageDigest.isEqual(
            presented.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
  }

  private String randomToken() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private OffsetDateTime now() {
    return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  private static String hash(String value) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
