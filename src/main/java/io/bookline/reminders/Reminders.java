package io.bookline.reminders;

import static io.bookline.db.Schema.Bookings;
import static io.bookline.db.Schema.Businesses;
import static io.bookline.db.Schema.Customers;
import static io.bookline.db.Schema.Reminders.BOOKING_ID;
import static io.bookline.db.Schema.Reminders.DUE_AT;
import static io.bookline.db.Schema.Reminders.ID;
import static io.bookline.db.Schema.Reminders.LEAD_MINUTES;
import static io.bookline.db.Schema.Reminders.REASON;
import static io.bookline.db.Schema.Reminders.SETTLED_AT;
import static io.bookline.db.Schema.Reminders.STATUS;

import io.bookline.booking.BookingEvents;
import io.bookline.db.Schema;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reminders before bookings, exactly once across instances (ADR 0035). Every instance plans (a
 * unique key per booking, lead and start makes that idempotent) and sends: due rows are claimed
 * {@code FOR UPDATE SKIP LOCKED}, and each is settled in the same transaction that queues its
 * outbox row, so a reminder is queued once however many instances run, and an instance that dies
 * mid-way leaves its rows planned for the next claim. The outbox then delivers with its retries and
 * dead letters.
 *
 * <p>A reminder is never sent for a cancelled booking, for a booking that moved (it has new rows
 * for its new time), for a lead the business no longer has, once the booking has started, or to a
 * customer who opted out or blocked the bot. Each of those is settled with its reason and counted.
 */
public final class Reminders {
  private static final Logger LOG = LoggerFactory.getLogger(Reminders.class);

  /** How often each instance plans and sends. */
  public static final Duration EVERY = Duration.ofSeconds(30);

  static final int BATCH = 50;

  /** Why a planned reminder is dropped unsent: its booking changed under it. */
  static final List<String> OBSOLETE = List.of("cancelled", "moved", "lead_removed");

  private final DSLContext db;
  private final ReminderSend send;
  private final Clock clock;
  private final MeterRegistry metrics;

  /**
   * @param platforms every platform a reminder may go out on: its series start at zero
   */
  public Reminders(
      DSLContext db,
      ReminderSend send,
      Clock clock,
      MeterRegistry metrics,
      Collection<String> platforms) {
    this.db = db;
    this.send = send;
    this.clock = clock;
    this.metrics = metrics;
    // Started at zero, so a dashboard's rate is 0, and an alert's expression has a series to read,
    // rather than nothing before the first reminder (ops review).
    platforms.forEach(platform -> metrics.counter("bookline.reminders.sent", "platform", platform));
    ReminderTemplates.REASONS
        .keySet()
        .forEach(reason -> metrics.counter("bookline.reminders.skipped", "reason", reason));
    OBSOLETE.forEach(reason -> metrics.counter("bookline.reminders.obsolete", "reason", reason));
    metrics.counter("bookline.optouts", "action", "stop");
    metrics.counter("bookline.optouts", "action", "start");
    metrics.counter("bookline.optouts", "action", "blocked");
  }

  /** Plans a booking's reminders as soon as it is made or moved (the sweep is the safety net). */
  public void changed(BookingEvents.Change change) {
    if (change.kind() != BookingEvents.Kind.CREATED && change.kind() != BookingEvents.Kind.MOVED) {
      return;
    }
    try {
      ReminderPlan.plan(db, clock.instant(), change.bookingId());
    } catch (RuntimeException e) {
      LOG.warn("reminders of booking {} not planned yet; the sweep will", change.bookingId(), e);
    }
  }

  /**
   * Plans every booking's reminders and sends those due, batch by batch.
   *
   * @return the reminders sent (queued in the outbox or put in the transcript)
   */
  public int runOnce() {
    Instant now = clock.instant();
    ReminderPlan.plan(db, now, null);
    int sent = 0;
    while (true) {
      List<ReminderSend.Settled> batch = db.transactionResult(cfg -> sendDue(cfg.dsl(), now));
      for (ReminderSend.Settled s : batch) {
        count(s);
        if (s.status().equals("sent")) {
          sent++;
        }
      }
      if (batch.size() < BATCH) {
        break;
      }
    }
    if (sent > 0) {
      send.wake();
    }
    return sent;
  }

  private List<ReminderSend.Settled> sendDue(DSLContext tx, Instant now) {
    var due =
        tx.select(ID, BOOKING_ID, LEAD_MINUTES, Schema.Reminders.STARTS_AT)
            .select(Bookings.STATUS, Bookings.STARTS_AT, Bookings.BUSINESS_ID, Bookings.SERVICE_ID)
            .select(Bookings.GUEST_NAME)
            .select(Customers.ID, Customers.SUPPRESSED_REASON)
            .select(Businesses.REMINDER_LEAD_MINUTES)
            .from(Schema.Reminders.T)
            .join(Bookings.T)
            .on(Bookings.ID.eq(BOOKING_ID))
            .join(Customers.T)
            .on(Customers.ID.eq(Bookings.CUSTOMER_ID))
            .join(Businesses.T)
            .on(Businesses.ID.eq(Bookings.BUSINESS_ID))
            .where(STATUS.eq(DSL.inline("planned")))
            .and(DUE_AT.le(now.atOffset(ZoneOffset.UTC)))
            .orderBy(DUE_AT, ID)
            .limit(BATCH)
            .forUpdate()
            .of(Schema.Reminders.T)
            .skipLocked()
            .fetch();
    List<ReminderSend.Settled> settled = new ArrayList<>();
    for (Record r : due) {
      ReminderSend.Settled s = settle(tx, r, now);
      tx.update(Schema.Reminders.T)
          .set(STATUS, s.status())
          .set(REASON, s.reason())
          .set(SETTLED_AT, now.atOffset(ZoneOffset.UTC))
          .where(ID.eq(r.get(ID)))
          .execute();
      settled.add(s);
    }
    return settled;
  }

  private ReminderSend.Settled settle(DSLContext tx, Record r, Instant now) {
    Instant start = r.get(Bookings.STARTS_AT).toInstant();
    if (!"confirmed".equals(r.get(Bookings.STATUS))) {
      return ReminderSend.Settled.obsolete("cancelled");
    }
    if (!start.equals(r.get(Schema.Reminders.STARTS_AT).toInstant())) {
      return ReminderSend.Settled.obsolete("moved");
    }
    Integer[] leads = r.get(Businesses.REMINDER_LEAD_MINUTES);
    if (leads == null || !Arrays.asList(leads).contains(r.get(LEAD_MINUTES))) {
      return ReminderSend.Settled.obsolete("lead_removed");
    }
    if (!now.isBefore(start)) {
      return ReminderSend.Settled.skipped("too_late", null);
    }
    return send.send(
        tx,
        new ReminderSend.Due(
            r.get(ID),
            r.get(BOOKING_ID),
            r.get(Bookings.BUSINESS_ID),
            r.get(Customers.ID),
            r.get(Bookings.SERVICE_ID),
            start,
            r.get(Customers.SUPPRESSED_REASON),
            r.get(Bookings.GUEST_NAME)),
        now);
  }

  private void count(ReminderSend.Settled s) {
    switch (s.status()) {
      case "sent" ->
          metrics.counter("bookline.reminders.sent", "platform", s.platform()).increment();
      case "skipped" ->
          metrics.counter("bookline.reminders.skipped", "reason", s.reason()).increment();
      default -> metrics.counter("bookline.reminders.obsolete", "reason", s.reason()).increment();
    }
    if (!s.status().equals("sent")) {
      LOG.info("reminder not sent: {} ({})", s.status(), s.reason());
    }
  }
}
