package io.bookline.reminders;

import static io.bookline.db.Schema.Bookings;
import static io.bookline.db.Schema.Businesses;
import static io.bookline.db.Schema.Conversations;
import static io.bookline.db.Schema.Customers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bookline.booking.BookingEvents;
import io.bookline.booking.Catalog;
import io.bookline.booking.CatalogRepository;
import io.bookline.channel.Channel;
import io.bookline.channel.Delivery;
import io.bookline.channel.Initiated;
import io.bookline.channel.Initiative;
import io.bookline.channel.OutboundMessage;
import io.bookline.channel.Platform;
import io.bookline.db.Schema;
import io.bookline.session.SessionKey;
import io.bookline.wording.Messages;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After a chat booking is made, moved or cancelled, the customer gets the booking's calendar file
 * on their platform (ADR 0036): a WhatsApp or Telegram document, a Messenger file, fetched by the
 * platform from {@code PUBLIC_BASE_URL}. The same UID each time, so the phone's calendar updates
 * the entry (a higher SEQUENCE after a move, METHOD:CANCEL after a cancel). It goes under the
 * platform's rules for messages the business starts, never to a customer who opted out, and not to
 * the web chat, which is never written to first.
 */
public final class CalendarOffer {
  private static final Logger LOG = LoggerFactory.getLogger(CalendarOffer.class);

  private final DSLContext db;
  private final ReminderSend send;
  private final CatalogRepository catalogs;
  private final Optional<String> publicBase;
  private final ObjectMapper json;
  private final Clock clock;

  public CalendarOffer(
      DSLContext db,
      ReminderSend send,
      CatalogRepository catalogs,
      Optional<String> publicBase,
      ObjectMapper json,
      Clock clock) {
    this.db = db;
    this.send = send;
    this.catalogs = catalogs;
    this.publicBase = publicBase;
    this.json = json;
    this.clock = clock;
  }

  /** Sends the file for a booking change, when there is a chat to send it to. */
  public void changed(BookingEvents.Change change) {
    String words =
        switch (change.kind()) {
          case CREATED -> "calendar.added";
          case MOVED -> "calendar.moved";
          case CANCELLED -> "calendar.cancelled";
          default -> null;
        };
    if (words == null || publicBase.isEmpty()) {
      return;
    }
    try {
      boolean queued = db.transactionResult(cfg -> offer(cfg.dsl(), change, words));
      if (queued) {
        send.wake();
      }
    } catch (RuntimeException e) {
      LOG.warn("calendar file of booking {} not sent", change.bookingId(), e);
    }
  }

  private boolean offer(DSLContext tx, BookingEvents.Change change, String words) {
    Record r =
        tx.select(
                Bookings.ICS_TOKEN,
                Bookings.STARTS_AT,
                Bookings.SERVICE_ID,
                Customers.PLATFORM,
                Customers.PLATFORM_USER_ID,
                Customers.LANGUAGE,
                Customers.SUPPRESSED_REASON,
                Businesses.LOCALE,
                Conversations.ID)
            .from(Bookings.T)
            .join(Customers.T)
            .on(Customers.ID.eq(Bookings.CUSTOMER_ID))
            .join(Businesses.T)
            .on(Businesses.ID.eq(Bookings.BUSINESS_ID))
            .join(Conversations.T)
            .on(Conversations.CUSTOMER_ID.eq(Customers.ID))
            .and(Conversations.BUSINESS_ID.eq(Bookings.BUSINESS_ID))
            .where(Bookings.ID.eq(change.bookingId()))
            .and(Bookings.BUSINESS_ID.eq(change.businessId()))
            .limit(1)
            .fetchOne();
    if (r == null || r.get(Customers.SUPPRESSED_REASON) != null) {
      return false;
    }
    String platform = r.get(Customers.PLATFORM);
    Optional<Channel> channel = send.channels().find(platform);
    Optional<Catalog> catalog = catalogs.byId(change.businessId());
    if (channel.isEmpty() || channel.get().delivery() != Delivery.OUTBOX || catalog.isEmpty()) {
      return false;
    }
    String key = SessionKey.of(change.businessId(), platform, r.get(Customers.PLATFORM_USER_ID));
    ReminderSend.LastMessage last = send.lastMessage(tx, change.businessId(), key);
    if (last.address().isEmpty()) {
      return false;
    }
    Initiated how =
        channel
            .get()
            .initiate(
                new Initiative(
                    Initiative.Purpose.BOOKING_CHANGE,
                    last.address(),
                    last.at(),
                    clock.instant(),
                    Optional.empty(),
                    Map.of()));
    if (!(how instanceof Initiated.Send s)) {
      return false;
    }
    String language =
        r.get(Customers.LANGUAGE) != null ? r.get(Customers.LANGUAGE) : r.get(Businesses.LOCALE);
    Messages m = Messages.forLocale(Locale.forLanguageTag(language));
    String service =
        catalog
            .get()
            .service(r.get(Bookings.SERVICE_ID))
            .map(x -> x.nameIn(m.locale()))
            .orElse(m.text("booking.any_service"));
    String when =
        m.formats().when(r.get(Bookings.STARTS_AT).toInstant(), catalog.get().business().zone());
    String caption = m.text(words, service, when);
    String url = publicBase.get() + "/calendar/booking/" + r.get(Bookings.ICS_TOKEN);
    long conversation = r.get(Conversations.ID);
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("author", "bot");
    meta.put("notice", "calendar");
    meta.put("bookingId", change.bookingId());
    try {
      tx.insertInto(Schema.Messages.T)
          .set(Schema.Messages.CONVERSATION_ID, conversation)
          .set(Schema.Messages.DIRECTION, "out")
          .set(Schema.Messages.CONTENT_TEXT, caption)
          .set(Schema.Messages.PROVIDER, "calendar")
          .set(Schema.Messages.CREATED_AT, clock.instant().atOffset(ZoneOffset.UTC))
          .set(Schema.Messages.METADATA, JSONB.valueOf(json.writeValueAsString(meta)))
          .execute();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("metadata of plain values is always JSON", e);
    }
    send.outbox()
        .enqueue(
            tx,
            conversation,
            Platform.of(platform),
            s.address(),
            List.of(
                new OutboundMessage(
                    caption,
                    List.of(),
                    List.of(),
                    new OutboundMessage.Document(url, "booking.ics"))));
    return true;
  }
}
