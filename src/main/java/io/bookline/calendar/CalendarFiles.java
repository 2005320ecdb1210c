package io.bookline.calendar;

import static io.bookline.db.Schema.Bookings;
import static io.bookline.db.Schema.Businesses;
import static io.bookline.db.Schema.Customers;
import static io.bookline.db.Schema.Resources;
import static io.bookline.db.Schema.ServiceLanguages;
import static io.bookline.db.Schema.Services;

import io.bookline.ApiError;
import io.bookline.wording.Messages;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * The calendar files behind their links: a booking's {@code .ics} by its unguessable token, and a
 * staff member's private feed by a token the owner issues (only its SHA-256 is stored, so the
 * database never holds a working link) and revokes.
 */
public final class CalendarFiles {
  /** A feed shows bookings from this long ago onwards (and every later one). */
  static final Duration FEED_PAST = Duration.ofDays(30);

  private final DSLContext db;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  public CalendarFiles(DSLContext db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** The booking's file, or empty for a token that names none. */
  public Optional<String> booking(String token) {
    UUID id;
    try {
      id = UUID.fromString(token);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    return events(Bookings.ICS_TOKEN.eq(id), false).stream().findFirst().map(Ics::booking);
  }

  /** A staff member's feed, or empty for a token that is unknown or revoked. */
  public Optional<String> feed(String token) {
    Long staff =
        db.select(Resources.ID)
            .from(Resources.T)
            .where(Resources.CALENDAR_FEED_HASH.eq(hash(token)))
            .and(Resources.DELETED_AT.isNull())
            .fetchOne(Resources.ID);
    if (staff == null) {
      return Optional.empty();
    }
    Instant from = clock.instant().minus(FEED_PAST);
    return Optional.of(
        Ics.feed(
            events(
                Bookings.RESOURCE_ID
                    .eq(staff)
                    .and(Bookings.STARTS_AT.ge(from.atOffset(ZoneOffset.UTC))),
                true)));
  }

  /**
   * Issues a new feed link for one of the business's staff, revoking the one before.
   *
   * @return the token, shown this one time
   */
  public String issueFeed(long business, long staff) {
    String token = token();
    int rows =
        db.update(Resources.T)
            .set(Resources.CALENDAR_FEED_HASH, hash(token))
            .where(Resources.ID.eq(staff))
            .and(Resources.BUSINESS_ID.eq(business))
            .and(Resources.DELETED_AT.isNull())
            .execute();
    if (rows != 1) {
      throw ApiError.notFound("no staff member " + staff);
    }
    return token;
  }

  /** Revokes a staff member's feed link: it answers 404 from now on. */
  public void revokeFeed(long business, long staff) {
    int rows =
        db.update(Resources.T)
            .set(Resources.CALENDAR_FEED_HASH, (String) null)
            .where(Resources.ID.eq(staff))
            .and(Resources.BUSINESS_ID.eq(business))
            .and(Resources.DELETED_AT.isNull())
            .execute();
    if (rows != 1) {
      throw ApiError.notFound("no staff member " + staff);
    }
  }

  /** The link token of a booking's file, for the business that owns it. */
  public Optional<String> bookingToken(long business, long booking) {
    return db.select(Bookings.ICS_TOKEN)
        .from(Bookings.T)
        .where(Bookings.ID.eq(booking))
        .and(Bookings.BUSINESS_ID.eq(business))
        .fetchOptional(Bookings.ICS_TOKEN)
        .map(UUID::toString);
  }

  private List<Ics.Event> events(Condition which, boolean withCustomer) {
    Instant now = clock.instant();
    return db.select(
            Bookings.ID,
            Bookings.STARTS_AT,
            Bookings.ENDS_AT,
            Bookings.STATUS,
            Bookings.ICS_SEQUENCE,
            Bookings.SERVICE_ID,
            Services.NAME,
            Businesses.SLUG,
            Businesses.NAME,
            Businesses.ADDRESS,
            Businesses.LOCALE,
            Customers.NAME,
            Customers.LANGUAGE)
        .from(Bookings.T)
        .join(Services.T)
        .on(Services.ID.eq(Bookings.SERVICE_ID))
        .join(Businesses.T)
        .on(Businesses.ID.eq(Bookings.BUSINESS_ID))
        .join(Customers.T)
        .on(Customers.ID.eq(Bookings.CUSTOMER_ID))
        .where(which)
        .orderBy(Bookings.STARTS_AT)
        .fetch(
            r ->
                event(
                    r, withCustomer ? r.get(Services.NAME) : customersName(r), withCustomer, now));
  }

  /**
   * The service as the customer reads it in the chat: its name in the customer's language (else the
   * business's), the language the chat's words are in, else the name the owner stored.
   */
  private String customersName(Record r) {
    String tag =
        r.get(Customers.LANGUAGE) != null ? r.get(Customers.LANGUAGE) : r.get(Businesses.LOCALE);
    String language = Messages.forLocale(Locale.forLanguageTag(tag)).locale().getLanguage();
    String local =
        db.select(ServiceLanguages.NAME)
            .from(ServiceLanguages.T)
            .where(ServiceLanguages.SERVICE_ID.eq(r.get(Bookings.SERVICE_ID)))
            .and(ServiceLanguages.LANGUAGE.eq(language))
            .fetchOne(ServiceLanguages.NAME);
    return local == null || local.isBlank() ? r.get(Services.NAME) : local;
  }

  /**
   * A booking's event. A staff member's feed says the service as the owner named it, with the
   * customer's name; the customer's own file says it in their language, with the business's.
   */
  private static Ics.Event event(Record r, String what, boolean withCustomer, Instant now) {
    String who = r.get(Customers.NAME);
    String summary =
        withCustomer
            ? what + (who == null || who.isBlank() ? "" : " – " + who)
            : what + " – " + r.get(Businesses.NAME);
    return new Ics.Event(
        r.get(Bookings.ID),
        r.get(Businesses.SLUG),
        r.get(Bookings.STARTS_AT).toInstant(),
        r.get(Bookings.ENDS_AT).toInstant(),
        summary,
        r.get(Businesses.ADDRESS),
        r.get(Bookings.ICS_SEQUENCE),
        !"confirmed".equals(r.get(Bookings.STATUS)),
        now);
  }

  private String token() {
    byte[] bytes = new byte[24];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
