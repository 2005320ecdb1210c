package io.bookline.owner;

import static io.bookline.db.Schema.Bookings;
import static io.bookline.db.Schema.Businesses;
import static io.bookline.db.Schema.Closures;
import static io.bookline.db.Schema.Customers;
import static io.bookline.db.Schema.Resources;
import static io.bookline.db.Schema.Services;

import io.bookline.ApiError;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * Closures: days the business is closed, or with a staff member that person's leave. A closure
 * never cancels a booking on its own; its answer lists the confirmed bookings that now fall inside
 * it, so the owner can move them or cancel them all at once ({@link ClosureCancellations}) (issue
 * 11). Days a closure of the same scope already covers are refused (ADR 0067).
 */
public final class ClosureAdmin {
  static final int MAX_DAYS = 366;

  private final DSLContext db;
  private final CatalogEvents events;

  public ClosureAdmin(DSLContext db, CatalogEvents events) {
    this.db = db;
    this.events = events;
  }

  /** A new closure as sent: dates as "2026-12-24"; {@code staffId} null closes the business. */
  public record ClosureInput(String firstDay, String lastDay, String reason, Long staffId) {}

  /** A confirmed booking inside a closure; {@code guestName} names a party's second person. */
  public record BookingInside(
      long id,
      OffsetDateTime start,
      OffsetDateTime end,
      long serviceId,
      String service,
      long staffId,
      String staff,
      String customerName,
      String guestName) {}

  public record ClosureView(
      long id,
      LocalDate firstDay,
      LocalDate lastDay,
      String reason,
      Long staffId,
      List<BookingInside> bookingsInside) {}

  /** The business's closures, earliest first, each with the bookings inside it. */
  public List<ClosureView> list(long business) {
    return db
        .select(Closures.ID)
        .from(Closures.T)
        .where(Closures.BUSINESS_ID.eq(business))
        .orderBy(Closures.FIRST_DAY, Closures.ID)
        .fetch(Closures.ID)
        .stream()
        .map(id -> get(business, id))
        .toList();
  }

  public ClosureView get(long business, long id) {
    Record r =
        db.select(Closures.ID, Closures.FIRST_DAY, Closures.LAST_DAY, Closures.REASON)
            .select(Closures.RESOURCE_ID)
            .from(Closures.T)
            .where(Closures.ID.eq(id))
            .and(Closures.BUSINESS_ID.eq(business))
            .fetchOne();
    if (r == null) {
      throw ApiError.notFound("no closure " + id);
    }
    LocalDate first = r.get(Closures.FIRST_DAY);
    LocalDate last = r.get(Closures.LAST_DAY);
    Long staff = r.get(Closures.RESOURCE_ID);
    return new ClosureView(
        id, first, last, r.get(Closures.REASON), staff, inside(business, first, last, staff));
  }

  public ClosureView create(long business, ClosureInput in, Problems problems) {
    LocalDate first = day(problems, "firstDay", in.firstDay());
    LocalDate last = day(problems, "lastDay", in.lastDay());
    if (first != null && last != null) {
      if (last.isBefore(first)) {
        problems.add("lastDay", "must be on or after firstDay (" + first + "), not " + last);
      } else if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
        problems.add("lastDay", "a closure may last at most " + MAX_DAYS + " days");
      }
    }
    if (in.reason() != null && in.reason().length() > Checks.MAX_TEXT) {
      problems.add("reason", "must be at most " + Checks.MAX_TEXT + " characters");
    }
    Checks.storable(problems, "reason", in.reason());
    if (in.staffId() != null && !staffExists(business, in.staffId())) {
      problems.add("staffId", "no staff member " + in.staffId() + " in this business");
    }
    problems.throwIfAny();
    long id =
        db.transactionResult(
            cfg -> {
              DSLContext tx = cfg.dsl();
              // One closure at a time per business, so two owners adding the same days at once
              // cannot both find no overlap.
              tx.selectOne()
                  .from(Businesses.T)
                  .where(Businesses.ID.eq(business))
                  .forNoKeyUpdate()
                  .execute();
              refuseOverlap(tx, business, first, last, in.staffId());
              return tx.insertInto(Closures.T)
                  .set(Closures.BUSINESS_ID, business)
                  .set(Closures.FIRST_DAY, first)
                  .set(Closures.LAST_DAY, last)
                  .set(
                      Closures.REASON,
                      in.reason() == null || in.reason().isBlank() ? null : in.reason())
                  .set(Closures.RESOURCE_ID, in.staffId())
                  .returningResult(Closures.ID)
                  .fetchOne()
                  .value1();
            });
    events.changed(business);
    return get(business, id);
  }

  /**
   * 409 naming the closure of the same scope (the whole business, or the same staff member's leave)
   * that already covers one of these days (ADR 0067). Two closures over one day close it no more
   * than one does, and removing one of them later would leave the day closed without the owner
   * seeing why; a staff member's leave inside a closure of the whole business is a different scope
   * and stays allowed (the leave may be longer, or outlast the closure's removal).
   */
  private static void refuseOverlap(
      DSLContext tx, long business, LocalDate first, LocalDate last, Long staff) {
    Record r =
        tx.select(Closures.ID, Closures.FIRST_DAY, Closures.LAST_DAY, Closures.REASON)
            .from(Closures.T)
            .where(Closures.BUSINESS_ID.eq(business))
            .and(staff == null ? Closures.RESOURCE_ID.isNull() : Closures.RESOURCE_ID.eq(staff))
            .and(Closures.FIRST_DAY.le(last))
            .and(Closures.LAST_DAY.ge(first))
            .orderBy(Closures.FIRST_DAY, Closures.ID)
            .limit(1)
            .fetchOne();
    if (r == null) {
      return;
    }
    long id = r.get(Closures.ID);
    LocalDate from = r.get(Closures.FIRST_DAY);
    LocalDate to = r.get(Closures.LAST_DAY);
    String reason = r.get(Closures.REASON);
    String days = from.equals(to) ? "on " + from : "from " + from + " to " + to;
    String whose = staff == null ? "the business is closed" : "staff member " + staff + " is away";
    Map<String, Object> existing = new LinkedHashMap<>();
    existing.put("id", id);
    existing.put("firstDay", from.toString());
    existing.put("lastDay", to.toString());
    existing.put("reason", reason);
    existing.put("staffId", staff);
    throw ApiError.conflict(
            "closure "
                + id
                + " already says "
                + whose
                + " "
                + days
                + (reason == null ? "" : " (" + reason + ")")
                + "; remove it first, or choose days it does not cover")
        .with("existingClosure", existing);
  }

  /** Removes a closure; the days are bookable again from the chat's next message. */
  public ClosureView delete(long business, long id) {
    ClosureView gone = get(business, id);
    db.deleteFrom(Closures.T)
        .where(Closures.ID.eq(id))
        .and(Closures.BUSINESS_ID.eq(business))
        .execute();
    events.changed(business);
    return gone;
  }

  /**
   * Confirmed bookings starting on one of the days (business time), of one person if named; their
   * times in the business's offset, as every booking time the owner reads (the console shows the
   * clock time as written).
   */
  private List<BookingInside> inside(long business, LocalDate first, LocalDate last, Long staff) {
    ZoneId zone =
        ZoneId.of(
            db.select(Businesses.TIME_ZONE)
                .from(Businesses.T)
                .where(Businesses.ID.eq(business))
                .fetchSingle(Businesses.TIME_ZONE));
    OffsetDateTime from = first.atStartOfDay(zone).toOffsetDateTime();
    OffsetDateTime until = last.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
    return db.select(
            Bookings.ID,
            Bookings.STARTS_AT,
            Bookings.ENDS_AT,
            Services.ID,
            Services.NAME,
            Resources.ID,
            Resources.NAME,
            Customers.NAME,
            Bookings.GUEST_NAME)
        .from(Bookings.T)
        .join(Services.T)
        .on(Services.ID.eq(Bookings.SERVICE_ID))
        .join(Resources.T)
        .on(Resources.ID.eq(Bookings.RESOURCE_ID))
        .join(Customers.T)
        .on(Customers.ID.eq(Bookings.CUSTOMER_ID))
        .where(Bookings.BUSINESS_ID.eq(business))
        .and(Bookings.STATUS.eq("confirmed"))
        .and(Bookings.STARTS_AT.ge(from))
        .and(Bookings.STARTS_AT.lt(until))
        .and(staff == null ? Bookings.RESOURCE_ID.isNotNull() : Bookings.RESOURCE_ID.eq(staff))
        .orderBy(Bookings.STARTS_AT)
        .fetch(
            r ->
                new BookingInside(
                    r.value1(),
                    r.value2().atZoneSameInstant(zone).toOffsetDateTime(),
                    r.value3().atZoneSameInstant(zone).toOffsetDateTime(),
                    r.value4(),
                    r.value5(),
                    r.value6(),
                    r.value7(),
                    r.value8(),
                    r.value9()));
  }

  private boolean staffExists(long business, long staff) {
    return db.fetchExists(
        Resources.T,
        Resources.ID
            .eq(staff)
            .and(Resources.BUSINESS_ID.eq(business))
            .and(Resources.DELETED_AT.isNull()));
  }

  private static LocalDate day(Problems problems, String field, String value) {
    if (value == null) {
      problems.add(field, "is required, e.g. \"2026-12-24\"");
      return null;
    }
    LocalDate day;
    try {
      day = LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      problems.add(field, "'" + Checks.shorten(value) + "' is not a date as YYYY-MM-DD");
      return null;
    }
    if (!Times.inYears(day)) {
      problems.add(field, "'" + value + "' is not between the years 2000 and 2999");
      return null;
    }
    return day;
  }
}
