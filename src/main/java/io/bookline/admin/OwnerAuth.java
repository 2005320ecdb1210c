package io.bookline.admin;

import io.bookline.ApiError;
import io.bookline.owner.BusinessAdmin;
import io.bookline.owner.BusinessKeys;
import io.bookline.owner.Caller;
import io.bookline.owner.OwnerBookingLog;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import java.util.Set;
import org.slf4j.MDC;

/**
 * Who is calling and for which business (ADR 0017). {@code Authorization: Bearer <key>} is either
 * the operator key ({@code BOOKLINE_ADMIN_KEY}, compared in constant time), which names the
 * business it acts for in {@value #BUSINESS_HEADER}, or a business key, which acts for its own
 * business only. Keys are never logged and never echoed in an error. Without that header, the owner
 * console's session cookie stands for the business key it was opened with; a request that changes
 * something must then repeat the session's CSRF token (ADR 0026).
 */
public final class OwnerAuth {
  /** The header in which the operator names the business it acts for: its slug. */
  public static final String BUSINESS_HEADER = "X-Bookline-Business";

  private static final String CALLER = "bookline.caller";
  private static final String BUSINESS = "bookline.business";

  private final byte[] operatorDigest;
  private final BusinessKeys keys;
  private final BusinessAdmin businesses;
  private final BrowserSessions browsers;

  /** Methods that change nothing, so need no CSRF token. */
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  public OwnerAuth(String operatorKey, BusinessKeys keys, BusinessAdmin businesses) {
    this(operatorKey, keys, businesses, BrowserSessions.NONE);
  }

  public OwnerAuth(
      String operatorKey, BusinessKeys keys, BusinessAdmin businesses, BrowserSessions browsers) {
    this.operatorDigest = sha256(operatorKey);
    this.keys = keys;
    this.businesses = businesses;
    this.browsers = browsers;
  }

  /** The caller, or 401 when the key is missing, unknown or revoked. */
  public Caller caller(Context ctx) {
    Caller known = ctx.attribute(CALLER);
    if (known != null) {
      return known;
    }
    String header = ctx.header("Authorization");
    String cookie = ctx.cookie(BrowserSessions.COOKIE);
    if (header == null && cookie != null) {
      Caller browser = browser(ctx, cookie);
      return known(ctx, browser);
    }
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw ApiError.unauthorized(
          "send a key as 'Authorization: Bearer <key>': a business key (bk_…) or the operator key");
    }
    String presented = header.substring(7).strip();
    Caller caller;
    if (MessageDigest.isEqual(sha256(presented), operatorDigest)) {
      caller = new Caller.Operator();
    } else {
      caller =
          keys.authenticate(presented)
              .orElseThrow(() -> ApiError.unauthorized("the key is not valid or was revoked"));
    }
    return known(ctx, caller);
  }

  /**
   * Remembers the caller for the rest of the request, and names its key (the id, never the key) in
   * the MDC for the request's log lines; {@code AccessLog} removes it when the request ends.
   */
  private static Caller known(Context ctx, Caller caller) {
    ctx.attribute(CALLER, caller);
    MDC.put(
        OwnerBookingLog.KEY,
        caller instanceof Caller.Owner owner ? Long.toString(owner.keyId()) : "operator");
    return caller;
  }

  /**
   * The caller of a console session: 401 when it ended, 403 when a state-changing request does not
   * repeat the session's CSRF token (a page of another site cannot read it).
   */
  private Caller browser(Context ctx, String cookie) {
    BrowserSessions.Session session =
        browsers
            .find(cookie)
            .orElseThrow(() -> ApiError.unauthorized("the console session ended; sign in again"));
    if (!SAFE_METHODS.contains(ctx.method().name())) {
      String token = ctx.header(BrowserSessions.CSRF_HEADER);
      if (token == null
          || !MessageDigest.isEqual(
              token.getBytes(StandardCharsets.UTF_8),
              session.csrfToken().getBytes(StandardCharsets.UTF_8))) {
        throw ApiError.forbidden(
            "a console request that changes something must send its session's "
                + BrowserSessions.CSRF_HEADER
                + " header");
      }
    }
    return session.caller();
  }

  /** Only the operator may go on; a business key gets 403. */
  public void operator(Context ctx) {
    if (!(caller(ctx) instanceof Caller.Operator)) {
      throw ApiError.forbidden("this route needs the operator key (BOOKLINE_ADMIN_KEY)");
    }
  }

  /**
   * The business the request acts for: a business key's own, or the one the operator names in
   * {@value #BUSINESS_HEADER} (400 without it, 404 for an unknown slug). A business key that names
   * another business gets 404, as for any of its rows.
   */
  public long business(Context ctx) {
    Long known = ctx.attribute(BUSINESS);
    if (known != null) {
      return known;
    }
    String slug = ctx.header(BUSINESS_HEADER);
    long id =
        switch (caller(ctx)) {
          case Caller.Operator operator -> {
            if (slug == null || slug.isBlank()) {
              throw ApiError.badRequest(
                  "the operator key acts for a business named in the header "
                      + BUSINESS_HEADER
                      + ": <slug>");
            }
            yield businesses
                .idOf(slug.strip())
                .orElseThrow(() -> ApiError.notFound("no business with slug '" + slug + "'"));
          }
          case Caller.Owner owner -> {
            if (slug != null
                && !slug.isBlank()
                && !businesses.idOf(slug.strip()).equals(Optional.of(owner.businessId()))) {
              throw ApiError.notFound("no business with slug '" + slug + "'");
            }
            yield owner.businessId();
          }
        };
    ctx.attribute(BUSINESS, id);
    return id;
  }

  private static byte[] sha256(String key) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
