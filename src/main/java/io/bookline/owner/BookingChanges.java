package io.bookline.owner;

import static io.bookline.db.Schema.Bookings;

import io.bookline.ApiError;
import io.bookline.booking.BookingEvents;
import io.bookline.booking.BookingResult;
import io.bookline.booking.Catalog;
import io.bookline.booking.PgBookingPort;
import io.bookline.booking.Service;
import io.bookline.booking.Slot;
import io.bookline.db.Storable;
import io.bookline.wording.Messages;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jooq.DSLContext;

/**
 * The owner moves, cancels and marks no-shows (ADR 0032). The owner is not bound by the notice
 * period; the availability rules and the no-overlap constraint still hold. When the booking came
 * from a chat, the customer is told there, in the same transaction as the change.
 */
public final class BookingChanges {
  private final DSLContext db;
  private final BookingAdmin bookings;
  private final BookingList list;
  private final CustomerNotices notices;
  private final BookingEvents events;
  private final Clock clock;

  public BookingChanges(
      DSLContext db,
      BookingAdmin bookings,
      BookingList list,
      CustomerNotices notices,
      BookingEvents events,
      Clock clock) {
    this.db = db;
    this.bookings = bookings;
    this.list = list;
    this.notices = notices;
    this.events = events;
    this.clock = clock;
  }

  /** A booking after a change, and where the customer was told of it. */
  public record Changed(BookingList.Item booking, CustomerNotices.Told customerTold) {}

  /** Moves a booking to another time, another staff member, or both; null keeps either. */
  public Changed move(long business, long id, String startText, Long staffId, Problems problems) {
    BookingList.Item before = list.one(business, id);
    Catalog catalog = bookings.catalog(business);
    Instant start = Times.instant(problems, "start", startText, catalog.business().zone());
    if (startText == null && staffId == null && problems.isEmpty()) {
      problems.add("start", "send start, staffId or both to move the booking");
    }
    Service offered = catalog.service(before.serviceId()).orElse(null);
    BookingAdmin.staff(catalog, offered, staffId, problems);
    problems.throwIfAny();
    confirmed(before, "moved");
    notNoShow(before, "moved");
    if (offered == null) {
      throw ApiError.conflict(
          "booking " + id + " is for " + before.service() + ", which is no longer offered");
    }
    Service service = asBooked(offered, before);
    Instant to = start != null ? start : before.start().toInstant();
    long staff = staffId != null ? staffId : before.staffId();
    if (to.equals(before.start().toInstant()) && staff == before.staffId()) {
      return new Changed(before, CustomerNotices.Told.NONE);
    }
    var told =
        db.transactionResult(
            cfg -> {
              DSLContext tx = cfg.dsl();
              var wanted =
                  new BookingAdmin.Wanted(tx, catalog, service, staff, to, id, clock.instant());
              Slot slot = BookingAdmin.slot(wanted);
              var result = new PgBookingPort(tx, clock).reschedule(id, before.customerId(), slot);
              if (!(result instanceof BookingResult.Booked)) {
                throw BookingAdmin.taken(wanted);
              }
              return notices.tell(
                  tx,
                  business,
                  before.customerId(),
                  m ->
                      m.text(
                          "owner.moved",
                          service.nameIn(m.locale()),
                          when(m, catalog, before.start().toInstant()),
                          when(m, catalog, to),
                          catalog.business().name()),
                  Map.of("bookingId", id, "notice", "moved"));
            });
    return done(business, id, BookingEvents.Kind.MOVED, told);
  }

  /**
   * The times a confirmed booking could move to on one day (its own day when none is given), by the
   * same availability rules as a move, its own time counting as free; with {@code staffId}, only
   * that staff member's.
   */
  public List<BookingAdmin.FreeTime> freeTimes(
      long business, long id, String dayText, Long staffId, Problems problems) {
    BookingList.Item before = list.one(business, id);
    Catalog catalog = bookings.catalog(business);
    ZoneId zone = catalog.business().zone();
    LocalDate day = before.start().atZoneSameInstant(zone).toLocalDate();
    if (dayText != null && !dayText.isBlank()) {
      try {
        day = LocalDate.parse(dayText.strip());
      } catch (DateTimeException e) {
        problems.add("day", "'" + dayText + "' is not a day such as 2026-11-24");
      }
    }
    Service offered = catalog.service(before.serviceId()).orElse(null);
    BookingAdmin.staff(catalog, offered, staffId, problems);
    problems.throwIfAny();
    confirmed(before, "moved");
    notNoShow(before, "moved");
    if (offered == null) {
      throw ApiError.conflict(
          "booking " + id + " is for " + before.service() + ", which is no longer offered");
    }
    Service service = asBooked(offered, before);
    Instant dayStart = day.atStartOfDay(zone).toInstant();
    LocalDate wanted = day;
    return db.transactionResult(
        cfg ->
            BookingAdmin.slots(
                    new BookingAdmin.Wanted(
                        cfg.dsl(), catalog, service, staffId, dayStart, id, clock.instant()))
                .onDay(wanted)
                .stream()
                .map(s -> BookingAdmin.FreeTime.of(s, catalog))
                .toList());
  }

  /** Cancels a confirmed booking; the chat customer is told, with the reason when there is one. */
  public Changed cancel(long business, long id, String reason, Problems problems) {
    BookingList.Item before = list.one(business, id);
    Checks.text(problems, "reason", reason, false);
    problems.throwIfAny();
    confirmed(before, "cancelled");
    notNoShow(before, "cancelled");
    Catalog catalog = bookings.catalog(business);
    String why = reason == null ? null : Storable.text(reason.strip());
    var told =
        db.transactionResult(
            cfg -> {
              DSLContext tx = cfg.dsl();
              int rows =
                  tx.update(Bookings.T)
                      .set(Bookings.STATUS, "cancelled")
                      .set(Bookings.CANCELLED_AT, clock.instant().atOffset(ZoneOffset.UTC))
                      .set(Bookings.CANCELLED_BY, "owner")
                      .set(Bookings.CANCEL_REASON, why)
                      .where(Bookings.ID.eq(id))
                      .and(Bookings.BUSINESS_ID.eq(business))
                      .and(Bookings.STATUS.eq("confirmed"))
                      .execute();
              if (rows != 1) {
                throw ApiError.conflict("booking " + id + " is already cancelled");
              }
              Function<Messages, String> words =
                  m -> {
                    String what = serviceIn(m, catalog, before);
                    String at = when(m, catalog, before.start().toInstant());
                    String by = catalog.business().name();
                    return why == null
                        ? m.text("owner.cancelled", what, at, by)
                        : m.text("owner.cancelled_because", what, at, by, why);
                  };
              return notices.tell(
                  tx,
                  business,
                  before.customerId(),
                  words,
                  Map.of("bookingId", id, "notice", "cancelled"));
            });
    return done(business, id, BookingEvents.Kind.CANCELLED, told);
  }

  /** Marks (or, with {@code mark} false, unmarks) a booking as a no-show, only after its start. */
  public BookingList.Item noShow(long business, long id, boolean mark) {
    BookingList.Item b = list.one(business, id);
    confirmed(b, "marked as a no-show");
    Instant now = clock.instant();
    if (b.start().toInstant().isAfter(now)) {
      // The business's own clock time: "09:00Z" read as nine o'clock would be an hour off in
      // Berlin; in the hour autumn repeats, with its offset, as that clock time is there twice.
      ZoneId zone = bookings.catalog(business).business().zone();
      throw ApiError.conflict(
          "booking "
              + id
              + " starts at "
              + Times.clock(b.start().toInstant(), zone)
              + " ("
              + zone.getId()
              + "); a no-show is marked only after that");
    }
    db.update(Bookings.T)
        .set(Bookings.NO_SHOW_AT, mark ? now.atOffset(ZoneOffset.UTC) : null)
        .where(Bookings.ID.eq(id))
        .and(Bookings.BUSINESS_ID.eq(business))
        .execute();
    var kind = mark ? BookingEvents.Kind.NO_SHOW : BookingEvents.Kind.NO_SHOW_UNDONE;
    return done(business, id, kind, CustomerNotices.Told.NONE).booking();
  }

  private Changed done(long business, long id, BookingEvents.Kind kind, CustomerNotices.Told told) {
    notices.sent(told);
    events.changed(new BookingEvents.Change(business, id, kind, "owner", clock.instant()));
    return new Changed(list.one(business, id), told);
  }

  private static void confirmed(BookingList.Item b, String what) {
    if (!"confirmed".equals(b.status())) {
      throw ApiError.conflict(
          "booking " + b.id() + " is " + b.status() + "; only a confirmed booking is " + what);
    }
  }

  /**
   * A no-show is final: cancelling it would hide it from the no-shows the customer is counted for
   * while {@code status=no-show} still listed it. An owner who marked it by mistake undoes the
   * mark.
   */
  private static void notNoShow(BookingList.Item b, String what) {
    if (b.noShow()) {
      throw ApiError.conflict(
          "booking "
              + b.id()
              + " was marked as a no-show, which is final; undo the mark (DELETE /api/bookings/"
              + b.id()
              + "/no-show) before it is "
              + what);
    }
  }

  /**
   * The booking's service as the chat names it in the customer's language ("Pediküre"); the stored
   * name when the service is no longer offered.
   */
  private static String serviceIn(Messages m, Catalog c, BookingList.Item b) {
    return c.service(b.serviceId()).map(s -> s.nameIn(m.locale())).orElse(b.service());
  }

  /**
   * The service as it was booked: a move keeps the appointment's length even when the service's
   * duration has changed since, as the customer was promised that length (ADR 0114); the owner API
   * has no field to change it. Buffers are the service's current ones.
   */
  private static Service asBooked(Service s, BookingList.Item b) {
    return s.lasting(Duration.between(b.start(), b.end()));
  }

  private static String when(Messages m, Catalog c, Instant at) {
    return m.formats().when(at, c.business().zone());
  }
}
