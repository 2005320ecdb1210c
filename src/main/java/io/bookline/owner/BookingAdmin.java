package io.bookline.owner;

import static io.bookline.db.Schema.Customers;

import io.bookline.ApiError;
import io.bookline.booking.BookingEvents;
import io.bookline.booking.BookingRequest;
import io.bookline.booking.BookingResult;
import io.bookline.booking.Busy;
import io.bookline.booking.Catalog;
import io.bookline.booking.CatalogRepository;
import io.bookline.booking.PgBookingPort;
import io.bookline.booking.Resource;
import io.bookline.booking.Service;
import io.bookline.booking.Slot;
import io.bookline.db.Storable;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jooq.DSLContext;

/**
 * Bookings the owner makes at the desk or on the phone (ADR 0032): the chat's availability rules
 * and the database's no-overlap constraint hold, the notice period does not, and the past is
 * allowed. A refused time answers 409 with the rule that refuses it and the nearest free times.
 * Changes to a booking are in {@link BookingChanges}.
 */
public final class BookingAdmin {
  /** A time as the owner reads it on her own clock: 2026-12-02 10:00. */
  static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  /** A phone number as people write it: digits, spaces, dashes, brackets, a leading plus. */
  static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()./-]{3,30}");

  private final DSLContext db;
  private final CatalogRepository catalogs;
  private final BookingList list;
  private final BookingEvents events;
  private final Clock clock;

  public BookingAdmin(
      DSLContext db,
      CatalogRepository catalogs,
      BookingList list,
      BookingEvents events,
      Clock clock) {
    this.db = db;
    this.catalogs = catalogs;
    this.list = list;
    this.events = events;
    this.clock = clock;
  }

  /** A booking for a customer at the desk or on the phone; {@code staffId} null is anyone free. */
  public record NewBooking(
      Long serviceId, Long staffId, String start, String customerName, String customerPhone) {}

  public BookingList.Item create(long business, NewBooking in, Problems problems) {
    if (in.serviceId() == null && !problems.has("serviceId")) {
      problems.add("serviceId", "is required");
    }
    if (in.start() == null && !problems.has("start")) {
      problems.add("start", "is required, e.g. 2026-11-24T10:00:00+01:00");
    }
    Catalog catalog = catalog(business);
    Instant start = Times.instant(problems, "start", in.start(), catalog.business().zone());
    Checks.text(problems, "customerName", in.customerName(), !problems.has("customerName"));
    if (in.customerPhone() != null && !PHONE.matcher(in.customerPhone().strip()).matches()) {
      problems.add(
          "customerPhone", "'" + Checks.shorten(in.customerPhone()) + "' is not a phone number");
    }
    Service service = service(catalog, in.serviceId(), problems);
    staff(catalog, service, in.staffId(), problems);
    if (service != null && in.staffId() == null && catalog.resourcesFor(service, null).isEmpty()) {
      problems.add(
          "serviceId",
          "no active staff member does " + service.name() + ": add it to someone's services first");
    }
    problems.throwIfAny();
    long id =
        db.transactionResult(
            cfg -> {
              DSLContext tx = cfg.dsl();
              var wanted =
                  new Wanted(tx, catalog, service, in.staffId(), start, null, clock.instant());
              Slot slot = slot(wanted);
              long customer =
                  deskCustomer(tx, business, in.customerName(), in.customerPhone(), clock);
              var result =
                  new PgBookingPort(tx, clock)
                      .book(
                          new BookingRequest(
                              business,
                              customer,
                              service.id(),
                              slot,
                              service.price(),
                              "owner:" + UUID.randomUUID()));
              if (result instanceof BookingResult.Booked booked) {
                return booked.bookingId();
              }
              throw taken(wanted);
            });
    events.changed(
        new BookingEvents.Change(
            business, id, BookingEvents.Kind.CREATED, "owner", clock.instant()));
    return list.one(business, id);
  }

  /**
   * The free slot at {@code start} for the service (and staff member), else 409 with the nearest
   * free times. {@code moving} is the booking being moved: its own time does not count as taken.
   */
  static Slot slot(Wanted w) {
    return slots(w).at(w.start()).orElseThrow(() -> taken(w));
  }

  /** A time the owner asked for: a service, maybe a staff member, a booking being moved. */
  record Wanted(
      DSLContext tx,
      Catalog catalog,
      Service service,
      Long staff,
      Instant start,
      Long moving,
      Instant now) {}

  /** 409: the time is not free, the one rule that says why, and the nearest free times. */
  static ApiError taken(Wanted w) {
    Catalog catalog = w.catalog();
    Long staff = w.staff();
    OwnerSlots slots = slots(w);
    List<FreeTime> nearest =
        slots.nearest(w.start()).stream().map(s -> FreeTime.of(s, catalog)).toList();
    String who =
        staff == null
            ? ""
            : " with " + catalog.resource(staff).map(Resource::name).orElse("staff " + staff);
    return ApiError.conflict(
            w.service().name()
                + who
                + " is not free at "
                + Times.clock(w.start(), catalog.business().zone())
                + ": "
                + slots.why(w.start()))
        .with("nearestFreeTimes", nearest);
  }

  static OwnerSlots slots(Wanted w) {
    Catalog catalog = w.catalog();
    List<Busy> busy =
        new PgBookingPort(w.tx(), Clock.fixed(w.now(), ZoneOffset.UTC))
                .busy(
                    catalog.business().id(),
                    OwnerSlots.searchFrom(catalog, w.start()),
                    OwnerSlots.searchUntil(catalog, w.start()))
                .stream()
                .filter(b -> w.moving() == null || b.bookingId() != w.moving())
                .toList();
    return new OwnerSlots(catalog, w.service(), w.staff(), busy, w.now());
  }

  /** A free time offered instead of a taken one. */
  public record FreeTime(OffsetDateTime start, long staffId, String staff) {
    static FreeTime of(Slot s, Catalog c) {
      return new FreeTime(
          s.start().atZone(c.business().zone()).toOffsetDateTime(),
          s.resourceId(),
          c.resource(s.resourceId()).map(Resource::name).orElse(null));
    }
  }

  Catalog catalog(long business) {
    return catalogs.byId(business).orElseThrow(() -> ApiError.notFound("no business " + business));
  }

  static Service service(Catalog catalog, Long id, Problems problems) {
    if (id == null) {
      return null;
    }
    var found = catalog.service(id);
    if (found.isEmpty()) {
      problems.add("serviceId", "no active service " + id + " in this business");
    }
    return found.orElse(null);
  }

  static void staff(Catalog catalog, Service service, Long id, Problems problems) {
    if (id == null) {
      return;
    }
    var found = catalog.resource(id);
    if (found.isEmpty()) {
      problems.add("staffId", "no active staff member " + id + " in this business");
    } else if (service != null && !found.get().serviceIds().contains(service.id())) {
      problems.add("staffId", found.get().name() + " does not do " + service.name());
    }
  }

  /**
   * The customer a desk booking is for: with a phone number, the same desk customer each time (so
   * no-shows add up); without one, a new customer.
   */
  private static long deskCustomer(
      DSLContext tx, long business, String name, String phone, Clock clock) {
    String number = phone == null ? null : phone.strip();
    String who = number == null ? "desk-" + UUID.randomUUID() : "desk-phone:" + number;
    return tx.insertInto(Customers.T)
        .set(Customers.BUSINESS_ID, business)
        .set(Customers.PLATFORM, CustomerNotices.DESK)
        .set(Customers.PLATFORM_USER_ID, who)
        .set(Customers.NAME, Storable.text(name.strip()))
        .set(Customers.PHONE, number)
        .set(Customers.CREATED_AT, clock.instant().atOffset(ZoneOffset.UTC))
        .onConflict(Customers.BUSINESS_ID, Customers.PLATFORM, Customers.PLATFORM_USER_ID)
        .doUpdate()
        .set(Customers.NAME, Storable.text(name.strip()))
        .returningResult(Customers.ID)
        .fetchSingle()
        .value1();
  }
}
