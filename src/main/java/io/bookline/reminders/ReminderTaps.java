package io.bookline.reminders;

import static io.bookline.db.Schema.Bookings;
import static io.bookline.db.Schema.Businesses;
import static io.bookline.db.Schema.Customers;

import io.bookline.booking.BookingEvents;
import io.bookline.booking.Catalog;
import io.bookline.booking.CatalogRepository;
import io.bookline.booking.DayOptions;
import io.bookline.booking.Reply;
import io.bookline.channel.InboundMessage;
import io.bookline.db.Schema;
import io.bookline.processor.OneTap;
import io.bookline.wording.Messages;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * The one-tap answers to a reminder: Keep, Cancel, Move. Each button acts once: the first tap
 * records {@code (reminder, action)} and acts; a second tap of the same button finds the row and
 * does nothing, so two quick taps of Cancel give one cancellation and one reply. A cancel frees the
 * slot in the same transaction (the overlap constraint only holds confirmed bookings); a Move
 * starts the reschedule with the booking chosen. The business's change notice holds as it does in
 * the chat.
 *
 * <p>A button's word typed instead ("Move", "verschieben", "cambiar"; {@link ReminderWords}) is the
 * same tap while the reminder is the conversation's latest line ({@link OpenReminder}): whoever
 * answers "Will you make it?" with "Cancel" means that appointment. Not while a booking, move or
 * cancellation is under way: then the word is about that (ADR 0072).
 */
public final class ReminderTaps implements OneTap {
  private static final Pattern TAP =
      Pattern.compile("bk:(" + Taps.KEEP + "|" + Taps.CANCEL + "|" + Taps.MOVE + "):(\\d{1,18})");

  private final CatalogRepository catalogs;
  private final DSLContext db;

  /**
   * @param db where a typed button word looks for the reminder it answers (a read, only for a
   *     message that is nothing but such a word)
   */
  public ReminderTaps(CatalogRepository catalogs, DSLContext db) {
    this.catalogs = catalogs;
    this.db = db;
  }

  @Override
  public boolean takes(InboundMessage message) {
    return taker(message).isPresent();
  }

  /**
   * A tapped id acts on its reminder; a typed word is decided here, once, with the reminder it
   * answers (read before the turn's transaction), and acts on that one.
   */
  @Override
  public Optional<OneTap> taker(InboundMessage message) {
    if (message.text() == null) {
      return Optional.empty();
    }
    if (TAP.matcher(message.text().strip()).matches()) {
      return Optional.of(this);
    }
    return ReminderWords.action(message.text())
        .flatMap(action -> OpenReminder.of(db, message).map(id -> new Typed(action, id)));
  }

  @Override
  public Tapped act(
      DSLContext tx, long business, long customer, InboundMessage message, Instant now) {
    Matcher m = TAP.matcher(message.text().strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("not a tap: " + message.text());
    }
    // The customer tapped a label, not an id: the transcript and the chat's history say so.
    Messages words = words(tx, customer);
    String action = m.group(1);
    return answer(tx, business, customer, action, Long.parseLong(m.group(2)), words, now)
        .saidAs(words.text(Taps.label(action)));
  }

  /**
   * A button's word typed in answer to {@code reminder}. It leaves a booking, move or cancellation
   * under way to the dialogue: "cancel" typed then is about what the customer is doing, and a
   * reminder that arrived meanwhile is not cancelled by it. The tapped button still acts.
   */
  private final class Typed implements OneTap {
    private final String action;
    private final long reminder;

    Typed(String action, long reminder) {
      this.action = action;
      this.reminder = reminder;
    }

    @Override
    public boolean takes(InboundMessage message) {
      return true;
    }

    @Override
    public boolean yieldsToGoal(InboundMessage message) {
      return true;
    }

    @Override
    public Tapped act(
        DSLContext tx, long business, long customer, InboundMessage message, Instant now) {
      Messages words = words(tx, customer);
      if (OpenReminder.of(tx, customer).filter(open -> open == reminder).isEmpty()) {
        // Answered or followed by another line between the look and the turn: nothing to act on.
        return Tapped.saying(List.of(Reply.of(words.text("reminder.gone"))));
      }
      return answer(tx, business, customer, action, reminder, words, now);
    }
  }

  /** What {@code action} on {@code reminder} does, once per button. */
  private Tapped answer(
      DSLContext tx,
      long business,
      long customer,
      String action,
      long reminder,
      Messages words,
      Instant now) {
    // The booking row is locked first, so a tap and a change in the chat or by the owner queue up.
    Record b =
        tx.select(
                Bookings.ID,
                Bookings.STATUS,
                Bookings.STARTS_AT,
                Bookings.SERVICE_ID,
                Schema.Reminders.STARTS_AT)
            .from(Schema.Reminders.T)
            .join(Bookings.T)
            .on(Bookings.ID.eq(Schema.Reminders.BOOKING_ID))
            .where(Schema.Reminders.ID.eq(reminder))
            .and(Bookings.CUSTOMER_ID.eq(customer))
            .and(Bookings.BUSINESS_ID.eq(business))
            .forUpdate()
            .of(Bookings.T)
            .fetchOne();
    if (b == null) {
      // Not this customer's reminder (or none): nothing to act on, and nothing said about it.
      return Tapped.saying(List.of(Reply.of(words.text("reminder.gone"))));
    }
    int first =
        tx.insertInto(Schema.ReminderTaps.T)
            .set(Schema.ReminderTaps.REMINDER_ID, reminder)
            .set(Schema.ReminderTaps.ACTION, action)
            .set(Schema.ReminderTaps.TAPPED_AT, now.atOffset(ZoneOffset.UTC))
            .onConflictDoNothing()
            .execute();
    if (first == 0) {
      return Tapped.saying(List.of());
    }
    Instant start = b.get(Bookings.STARTS_AT).toInstant();
    boolean current =
        "confirmed".equals(b.get(Bookings.STATUS))
            && start.equals(b.get(Schema.Reminders.STARTS_AT).toInstant())
            && start.isAfter(now);
    if (!current) {
      return Tapped.saying(List.of(Reply.of(words.text("reminder.gone"))));
    }
    Catalog catalog = catalogs.byId(business).orElseThrow();
    long booking = b.get(Bookings.ID);
    long serviceId = b.get(Bookings.SERVICE_ID);
    String service =
        catalog
            .service(serviceId)
            .map(s -> s.nameIn(words.locale()))
            .orElse(words.text("booking.any_service"));
    String when = words.formats().when(start, catalog.business().zone());
    Duration notice = catalog.business().changeNotice();
    boolean tooLate = !action.equals(Taps.KEEP) && start.minus(notice).isBefore(now);
    if (tooLate) {
      String refusal =
          action.equals(Taps.CANCEL) ? "change.too_late_cancel" : "change.too_late_move";
      return Tapped.saying(
          List.of(Reply.of(words.text(refusal, service, words.formats().length(notice)))));
    }
    return switch (action) {
      case Taps.KEEP ->
          Tapped.saying(List.of(Reply.of(words.text("reminder.kept", service, when))));
      case Taps.CANCEL -> {
        tx.update(Bookings.T)
            .set(Bookings.STATUS, "cancelled")
            .set(Bookings.CANCELLED_AT, now.atOffset(ZoneOffset.UTC))
            .set(Bookings.CANCELLED_BY, "customer")
            .set(Bookings.CANCEL_REASON, "reminder")
            .where(Bookings.ID.eq(booking))
            .execute();
        yield new Tapped(
            List.of(Reply.of(words.text("reminder.cancelled", service, when))),
            null,
            null,
            List.of(
                new BookingEvents.Change(
                    business, booking, BookingEvents.Kind.CANCELLED, "customer", now)));
      }
      default ->
          new Tapped(
              List.of(
                  new Reply(
                      words.text("reminder.move_day", service, when),
                      DayOptions.from(now, catalog, words))),
              booking,
              serviceId,
              List.of());
    };
  }

  /** The customer's language, else the business's. */
  private static Messages words(DSLContext tx, long customer) {
    Record r =
        tx.select(Customers.LANGUAGE, Businesses.LOCALE)
            .from(Customers.T)
            .join(Businesses.T)
            .on(Businesses.ID.eq(Customers.BUSINESS_ID))
            .where(Customers.ID.eq(customer))
            .fetchOne();
    String language =
        r == null
            ? "en"
            : r.get(Customers.LANGUAGE) != null
                ? r.get(Customers.LANGUAGE)
                : r.get(Businesses.LOCALE);
    return Messages.forLocale(Locale.forLanguageTag(language));
  }
}
