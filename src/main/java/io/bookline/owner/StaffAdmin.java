package io.bookline.owner;

import static io.bookline.db.Schema.Bookings;
import static io.bookline.db.Schema.Closures;
import static io.bookline.db.Schema.ResourceHours;
import static io.bookline.db.Schema.ResourceServices;
import static io.bookline.db.Schema.Resources;
import static io.bookline.db.Schema.Services;

import io.bookline.ApiError;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.exception.IntegrityConstraintViolationException;

/**
 * A business's staff (the bookable resources): who they are, which services they perform, whether
 * they take bookings. Deleting one with future bookings is refused with their count (ADR 0031).
 */
public final class StaffAdmin {
  static final int MAX_SERVICES = 500;

  private final DSLContext db;
  private final CatalogEvents events;
  private final Clock clock;
  private final StrandedBookings stranded;

  public StaffAdmin(DSLContext db, CatalogEvents events, Clock clock) {
    this.db = db;
    this.events = events;
    this.clock = clock;
    this.stranded = new StrandedBookings(db, clock);
  }

  /**
   * A staff member; {@code hours} empty: works whenever the business is open. {@code
   * futureBookings}: confirmed bookings still to come, which stay with them when they stop taking
   * new ones.
   */
  public record StaffView(
      long id,
      String name,
      List<Long> serviceIds,
      boolean active,
      List<WeeklyHours.Interval> hours,
      int futureBookings) {}

  /** A new staff member, or changes to one; null leaves a field as it is. */
  public record StaffInput(String name, List<Long> serviceIds, Boolean active) {}

  public List<StaffView> list(long business) {
    return db.select(Resources.ID, Resources.NAME, Resources.ACTIVE)
        .from(Resources.T)
        .where(Resources.BUSINESS_ID.eq(business))
        .and(Resources.DELETED_AT.isNull())
        .orderBy(Resources.ID)
        .fetch(r -> view(db, r, clock));
  }

  public StaffView get(long business, long id) {
    return view(db, require(db, business, id), clock);
  }

  public StaffView create(long business, StaffInput in, Problems problems) {
    Checks.text(problems, "name", in.name(), true);
    check(business, null, in, problems);
    long id =
        write(
            business,
            null,
            in,
            tx -> {
              long created =
                  tx.insertInto(Resources.T)
                      .set(Resources.BUSINESS_ID, business)
                      .set(Resources.NAME, in.name().strip())
                      .set(Resources.NAME_KEY, CatalogWords.nameKey(in.name()))
                      .set(Resources.ACTIVE, in.active() == null || in.active())
                      .returningResult(Resources.ID)
                      .fetchOne()
                      .value1();
              services(tx, created, in.serviceIds());
              return created;
            });
    events.changed(business);
    return get(business, id);
  }

  public StaffView patch(long business, long id, StaffInput in, Problems problems) {
    Checks.text(problems, "name", in.name(), false);
    check(business, id, in, problems);
    write(
        business,
        id,
        in,
        tx -> {
          require(tx, business, id);
          if (in.name() != null) {
            tx.update(Resources.T)
                .set(Resources.NAME, in.name().strip())
                .set(Resources.NAME_KEY, CatalogWords.nameKey(in.name()))
                .where(Resources.ID.eq(id))
                .execute();
          }
          if (in.active() != null) {
            tx.update(Resources.T)
                .set(Resources.ACTIVE, in.active())
                .where(Resources.ID.eq(id))
                .execute();
          }
          services(tx, id, in.serviceIds());
          return id;
        });
    events.changed(business);
    return get(business, id);
  }

  /**
   * What the owner should know about a staff member just saved: one who performs no service is
   * accepted (the services may come later), but no customer can book them until one is ticked; one
   * who takes no bookings keeps those still to come, listed so the owner can move or cancel them
   * (ADR 0094).
   */
  public List<HoursAdmin.Warning> warnings(long business, StaffView staff) {
    List<HoursAdmin.Warning> out = new ArrayList<>();
    if (staff.serviceIds().isEmpty()) {
      out.add(
          new HoursAdmin.Warning(
              "serviceIds",
              staff.name()
                  + " performs no service yet: customers cannot book "
                  + staff.name()
                  + " until at least one service is ticked for them"));
    }
    if (!staff.active() && staff.futureBookings() > 0) {
      stranded.ofInactive(business, staff.id(), staff.name()).ifPresent(out::add);
    }
    return out;
  }

  /** Deletes a staff member without future bookings; past bookings keep naming them. */
  public StaffView delete(long business, long id) {
    StaffView gone =
        db.transactionResult(
            cfg -> {
              DSLContext tx = cfg.dsl();
              StaffView staff = view(tx, require(tx, business, id), clock);
              int future = staff.futureBookings();
              if (future > 0) {
                throw ApiError.conflict(
                        "staff member "
                            + id
                            + " has "
                            + future
                            + (future == 1 ? " future booking" : " future bookings")
                            + (future == 1 ? "; cancel or move it" : "; cancel or move them")
                            + " first, or set active to false")
                    .with("futureBookings", future);
              }
              tx.update(Resources.T)
                  .set(Resources.DELETED_AT, clock.instant().atOffset(ZoneOffset.UTC))
                  .set(Resources.ACTIVE, false)
                  .where(Resources.ID.eq(id))
                  .execute();
              tx.deleteFrom(ResourceServices.T)
                  .where(ResourceServices.RESOURCE_ID.eq(id))
                  .execute();
              tx.deleteFrom(ResourceHours.T).where(ResourceHours.RESOURCE_ID.eq(id)).execute();
              tx.deleteFrom(Closures.T).where(Closures.RESOURCE_ID.eq(id)).execute();
              return staff;
            });
    events.changed(business);
    return gone;
  }

  /** The staff member's row, or 404 when it is not this business's (or was deleted). */
  static Record require(DSLContext db, long business, long id) {
    Record r =
        db.select(Resources.ID, Resources.NAME, Resources.ACTIVE)
            .from(Resources.T)
            .where(Resources.ID.eq(id))
            .and(Resources.BUSINESS_ID.eq(business))
            .and(Resources.DELETED_AT.isNull())
            .fetchOne();
    if (r == null) {
      throw ApiError.notFound("no staff member " + id);
    }
    return r;
  }

  private void check(long business, Long id, StaffInput in, Problems problems) {
    if (in.serviceIds() != null) {
      Set<Long> asked = new LinkedHashSet<>(in.serviceIds());
      if (asked.size() > MAX_SERVICES) {
        problems.add("serviceIds", "must name at most " + MAX_SERVICES + " services");
      }
      Set<Long> unknown = new TreeSet<>(asked);
      unknown.removeAll(
          db.select(Services.ID)
              .from(Services.T)
              .where(Services.ID.in(asked))
              .and(Services.BUSINESS_ID.eq(business))
              .and(Services.DELETED_AT.isNull())
              .fetchSet(Services.ID));
      if (!unknown.isEmpty()) {
        problems.add("serviceIds", "no service with id " + unknown + " in this business");
      }
    }
    String twin =
        in.name() == null || problems.has("name")
            ? null
            : CatalogWords.staffTwin(db, business, id, in.name());
    if (twin != null) {
      problems.add("name", "a staff member named '" + twin + "' already exists");
    }
    problems.throwIfAny();
  }

  /**
   * Runs a change that {@link #check} allowed. Two owners naming two staff members alike at the
   * same instant both pass the check, and Postgres refuses the second name (its unique {@code
   * name_key}, ADR 0047): checked again, now that the first is committed, the second gets the very
   * 400 it would have got a moment later.
   */
  private long write(
      long business, Long id, StaffInput in, java.util.function.ToLongFunction<DSLContext> change) {
    try {
      return db.transactionResult(cfg -> change.applyAsLong(cfg.dsl()));
    } catch (IntegrityConstraintViolationException e) {
      check(business, id, in, new Problems());
      throw ApiError.conflict("a staff member named '" + in.name() + "' already exists");
    }
  }

  /** Replaces the services a staff member performs, when the input names them. */
  private static void services(DSLContext tx, long staff, List<Long> serviceIds) {
    if (serviceIds == null) {
      return;
    }
    tx.deleteFrom(ResourceServices.T).where(ResourceServices.RESOURCE_ID.eq(staff)).execute();
    for (long service : new LinkedHashSet<>(serviceIds)) {
      tx.insertInto(ResourceServices.T)
          .set(ResourceServices.RESOURCE_ID, staff)
          .set(ResourceServices.SERVICE_ID, service)
          .execute();
    }
  }

  private static StaffView view(DSLContext db, Record r, Clock clock) {
    long id = r.get(Resources.ID);
    int future = FutureBookings.of(db, Bookings.RESOURCE_ID.eq(id), clock);
    List<Long> services =
        new ArrayList<>(
            db.select(ResourceServices.SERVICE_ID)
                .from(ResourceServices.T)
                .where(ResourceServices.RESOURCE_ID.eq(id))
                .orderBy(ResourceServices.SERVICE_ID)
                .fetch(ResourceServices.SERVICE_ID));
    return new StaffView(
        id,
        r.get(Resources.NAME),
        services,
        r.get(Resources.ACTIVE),
        HoursAdmin.staffHours(db, id),
        future);
  }
}
