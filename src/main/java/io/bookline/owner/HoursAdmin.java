package io.bookline.owner;

import static io.bookline.db.Schema.OpeningHours;
import static io.bookline.db.Schema.ResourceHours;
import static io.bookline.db.Schema.Resources;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;

/**
 * Weekly hours: the business's opening hours and each staff member's own (an empty list: the staff
 * member works whenever the business is open). A PUT replaces the whole week at once; its answer
 * warns of staff hours and of confirmed bookings still to come that the new week leaves outside
 * (ADR 0094).
 */
public final class HoursAdmin {
  private final DSLContext db;
  private final CatalogEvents events;
  private final StrandedBookings stranded;

  public HoursAdmin(DSLContext db, CatalogEvents events, Clock clock) {
    this.db = db;
    this.events = events;
    this.stranded = new StrandedBookings(db, clock);
  }

  public List<WeeklyHours.Interval> businessHours(long business) {
    return WeeklyHours.sorted(
        db.select(OpeningHours.WEEKDAY, OpeningHours.OPENS, OpeningHours.CLOSES)
            .from(OpeningHours.T)
            .where(OpeningHours.BUSINESS_ID.eq(business))
            .fetch(r -> WeeklyHours.Interval.of(r.value1(), r.value2(), r.value3())));
  }

  /**
   * The business's week as saved, with a warning for each active staff member's own hours that now
   * fall outside it (kept all the same: a customer cannot book them then until it opens again), and
   * one listing the confirmed bookings still to come that it no longer holds.
   */
  public record OpeningWeek(List<WeeklyHours.Interval> hours, List<Warning> warnings) {}

  public OpeningWeek replaceBusinessHours(
      long business, List<WeeklyHours.IntervalInput> in, Problems problems) {
    List<WeeklyHours.Window> week = WeeklyHours.check(in, problems);
    db.transaction(
        cfg -> {
          DSLContext tx = cfg.dsl();
          tx.deleteFrom(OpeningHours.T).where(OpeningHours.BUSINESS_ID.eq(business)).execute();
          for (WeeklyHours.Window w : week) {
            tx.insertInto(OpeningHours.T)
                .set(OpeningHours.BUSINESS_ID, business)
                .set(OpeningHours.WEEKDAY, w.weekday())
                .set(OpeningHours.OPENS, w.opens())
                .set(OpeningHours.CLOSES, w.closes())
                .execute();
          }
        });
    events.changed(business);
    List<WeeklyHours.Interval> opening = businessHours(business);
    List<Warning> warnings = new ArrayList<>();
    db.select(Resources.ID, Resources.NAME)
        .from(Resources.T)
        .where(Resources.BUSINESS_ID.eq(business))
        .and(Resources.DELETED_AT.isNull())
        .and(Resources.ACTIVE.isTrue())
        .orderBy(Resources.ID)
        .forEach(
            r ->
                warnings.addAll(
                    HoursBeyondOpening.ofStaff(
                        r.value1(), r.value2(), staffHours(db, r.value1()), opening)));
    stranded.outsideOpening(business, opening).ifPresent(warnings::add);
    return new OpeningWeek(opening, warnings);
  }

  /** A staff member's own hours; 404 when the staff member is not this business's. */
  public List<WeeklyHours.Interval> staffHours(long business, long staff) {
    StaffAdmin.require(db, business, staff);
    return staffHours(db, staff);
  }

  static List<WeeklyHours.Interval> staffHours(DSLContext db, long staff) {
    return WeeklyHours.sorted(
        db.select(ResourceHours.WEEKDAY, ResourceHours.OPENS, ResourceHours.CLOSES)
            .from(ResourceHours.T)
            .where(ResourceHours.RESOURCE_ID.eq(staff))
            .fetch(r -> WeeklyHours.Interval.of(r.value1(), r.value2(), r.value3())));
  }

  /**
   * A warning about one row as sent ({@code "[2]"}): saved, but partly or wholly unbookable; or,
   * with {@code field} "bookings", about the confirmed bookings still to come that a change leaves
   * stranded, listed in {@code bookings} as a closure lists {@code bookingsInside}.
   */
  public record Warning(
      String field,
      String message,
      @JsonInclude(JsonInclude.Include.NON_NULL) List<ClosureAdmin.BookingInside> bookings) {
    public Warning(String field, String message) {
      this(field, message, null);
    }
  }

  /**
   * A staff member's week as saved, with a warning for each row that reaches outside the business's
   * opening hours (saved all the same: a customer cannot book there until the business opens then),
   * and one listing the person's confirmed bookings still to come that the new week no longer
   * holds.
   */
  public record StaffWeek(List<WeeklyHours.Interval> hours, List<Warning> warnings) {}

  /** Replaces a staff member's week; an empty list means "the business's hours". */
  public StaffWeek replaceStaffHours(
      long business, long staff, List<WeeklyHours.IntervalInput> in, Problems problems) {
    String name = StaffAdmin.require(db, business, staff).get(Resources.NAME);
    List<WeeklyHours.Window> week = WeeklyHours.check(in, problems);
    db.transaction(
        cfg -> {
          DSLContext tx = cfg.dsl();
          StaffAdmin.require(tx, business, staff);
          tx.deleteFrom(ResourceHours.T).where(ResourceHours.RESOURCE_ID.eq(staff)).execute();
          for (WeeklyHours.Window w : week) {
            tx.insertInto(ResourceHours.T)
                .set(ResourceHours.RESOURCE_ID, staff)
                .set(ResourceHours.WEEKDAY, w.weekday())
                .set(ResourceHours.OPENS, w.opens())
                .set(ResourceHours.CLOSES, w.closes())
                .execute();
          }
        });
    events.changed(business);
    List<WeeklyHours.Interval> opening = businessHours(business);
    List<WeeklyHours.Interval> own = staffHours(db, staff);
    List<Warning> warnings = new ArrayList<>(HoursBeyondOpening.of(week, opening));
    // An empty week follows the opening hours.
    stranded
        .outsideStaffHours(business, staff, name, own.isEmpty() ? opening : own)
        .ifPresent(warnings::add);
    return new StaffWeek(own, warnings);
  }
}
