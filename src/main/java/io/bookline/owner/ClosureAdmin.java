package io.bookline.owner;

import static io.bookline.db.Schema.Bookings;
import static io.bookline.db.Schema.Businesses;
import static io.bookline.db.Schema.Closures;
import static io.bookline.db.Schema.Resources;

import io.bookline.ApiError;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * Closures: days the business is closed, or with a staff member that person's leave. A closure
 * never cancels a booking on its own; its answer lists the confirmed bookings that now fall inside
 * it, so the owner can move them or cancel them all at once ({@link ClosureCancellations}) (issue
 * 11). Days a closure of the same scope already covers are refused (ADR 0067), and so is a closure
 * wholly in the past; the list shows those still ahead first (ADR 0094).
 */
public final class ClosureAdmin {
  static final int MAX_DAYS = 366;

  private final DSLContext db;
  private final CatalogEvents events;
  private final Clock clock;

  public ClosureAdmin(DSLContext db, CatalogEvents events, Clock clock) {
    this.db = db;
    this.events = events;
    this.clock = clock;
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

  /**
   * The business's closures: those not yet over first, earliest first, then those over, latest
   * first (what the owner acts on comes first; ADR 0094), each with the bookings inside it.
   */
  public List<ClosureView> list(long business) {
    LocalDate today = LocalDate.now(clock.withZone(BookingsCaught.zone(db, business)));
    Comparator<Record> ahead =
        Comparator.comparing((Record r) -> r.get(Closures.LAST_DAY).isBefore(today));
    Comparator<Record> byFirstDay =
        Comparator.comparing((Record r) -> r.get(Closures.FIRST_DAY))
            .thenComparing(r -> r.get(Closures.ID));
    return db
        .select(Closures.ID, Closures.FIRST_DAY, Closures.LAST_DAY)
        .from(Closures.T)
        .where(Closures.BUSINESS_ID.eq(business))
        .fetch()
        .stream()
        .sorted(
            ahead.thenComparing(
                (a, b) ->
                    a.get(Closures.LAST_DAY).isBefore(today)
                        ? byFirstDay.compare(b, a)
                        : byFirstDay.compare(a, b)))
        .map(r -> get(business, r.get(Closures.ID)))
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
      } else {
        ZoneId zone = BookingsCaught.zone(db, business);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        if (last.isBefore(today)) {
          problems.add(
              "lastDay",
              "'"
                  + last
                  + "' lies in the past (today is "
                  + today
                  + " in "
                  + zone.getId()
                  + "): a closure must end today or later");
        }
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

  /** Confirmed bookings starting on one of the days (business time), of one person if named. */
  private List<BookingInside> inside(long business, LocalDate first, LocalDate last, Long staff) {
    ZoneId zone = BookingsCaught.zone(db, business);
    OffsetDateTime from = first.atStartOfDay(zone).toOffsetDateTime();
    OffsetDateTime until = last.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
    return BookingsCaught.of(
        db,
        business,
        Bookings.STARTS_AT
            .ge(from)
            .and(Bookings.STARTS_AT.lt(until))
            .and(
                staff == null ? Bookings.RESOURCE_ID.isNotNull() : Bookings.RESOURCE_ID.eq(staff)));
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
