package io.bookline.reminders;

import static io.bookline.db.Schema.Businesses;
import static io.bookline.db.Schema.ChannelAccounts;
import static io.bookline.db.Schema.Conversations;
import static io.bookline.db.Schema.Customers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bookline.booking.Catalog;
import io.bookline.booking.CatalogRepository;
import io.bookline.channel.Channel;
import io.bookline.channel.Channels;
import io.bookline.channel.Initiated;
import io.bookline.channel.Initiative;
import io.bookline.channel.OutboundMessage;
import io.bookline.channel.Platform;
import io.bookline.db.Schema;
import io.bookline.db.Storable;
import io.bookline.outbox.Outbox;
import io.bookline.session.SessionKey;
import io.bookline.wording.Messages;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Record;

/**
 * Sends one due reminder inside the transaction that settles it: the text and its Keep / Cancel /
 * Move buttons in the customer's language, the platform's rules asked ({@link Channel#initiate}),
 * then the transcript line and the outbox row, or a note in the transcript saying why it was not
 * sent.
 */
public final class ReminderSend {
  /** A reminder that is due, with what sending it needs. */
  record Due(
      long reminderId,
      long bookingId,
      long businessId,
      long customerId,
      long serviceId,
      Instant start,
      String suppressedReason,
      String guest) {}

  /** How a reminder was settled: {@code sent}, {@code skipped} or {@code obsolete}, and why. */
  record Settled(String status, String reason, String platform) {
    static Settled obsolete(String reason) {
      return new Settled("obsolete", reason, null);
    }

    static Settled skipped(String reason, String platform) {
      return new Settled("skipped", reason, platform);
    }
  }

  private final Channels channels;
  private final Outbox outbox;
  private final CatalogRepository catalogs;
  private final ObjectMapper json;

  public ReminderSend(
      Channels channels, Outbox outbox, CatalogRepository catalogs, ObjectMapper json) {
    this.channels = channels;
    this.outbox = outbox;
    this.catalogs = catalogs;
    this.json = json;
  }

  Outbox outbox() {
    return outbox;
  }

  Channels channels() {
    return channels;
  }

  void wake() {
    outbox.wake();
  }

  Settled send(DSLContext tx, Due d, Instant now) {
    Record c =
        tx.select(
                Conversations.ID,
                Customers.PLATFORM,
                Customers.PLATFORM_USER_ID,
                Customers.LANGUAGE,
                Customers.NAME,
                Businesses.LOCALE)
            .from(Customers.T)
            .join(Businesses.T)
            .on(Businesses.ID.eq(Customers.BUSINESS_ID))
            .leftJoin(Conversations.T)
            .on(Conversations.CUSTOMER_ID.eq(Customers.ID))
            .and(Conversations.BUSINESS_ID.eq(Customers.BUSINESS_ID))
            .where(Customers.ID.eq(d.customerId()))
            .limit(1)
            .fetchOne();
    if (c == null || c.get(Conversations.ID) == null) {
      return Settled.skipped("no_chat", null);
    }
    long conversation = c.get(Conversations.ID);
    String platform = c.get(Customers.PLATFORM);
    if (d.suppressedReason() != null) {
      note(tx, conversation, d, d.suppressedReason(), now);
      return Settled.skipped(d.suppressedReason(), platform);
    }
    Optional<Channel> channel = channels.find(platform);
    Optional<Catalog> catalog = catalogs.byId(d.businessId());
    if (channel.isEmpty() || catalog.isEmpty()) {
      return Settled.skipped("no_channel", platform);
    }
    String language =
        c.get(Customers.LANGUAGE) != null ? c.get(Customers.LANGUAGE) : c.get(Businesses.LOCALE);
    Messages m = Messages.forLocale(Locale.forLanguageTag(language));
    Wording w = wording(m, catalog.get(), d, c.get(Customers.NAME));
    String key = SessionKey.of(d.businessId(), platform, c.get(Customers.PLATFORM_USER_ID));
    LastMessage last = lastMessage(tx, d.businessId(), key);
    Initiative initiative =
        new Initiative(
            Initiative.Purpose.REMINDER,
            last.address(),
            last.at(),
            now,
            template(tx, platform, last.address().get("account")),
            w.values());
    OutboundMessage message =
        new OutboundMessage(
            w.text(),
            List.of(m.text("reminder.keep"), m.text("reminder.cancel"), m.text("reminder.move")),
            List.of(
                Taps.id(Taps.KEEP, d.reminderId()),
                Taps.id(Taps.CANCEL, d.reminderId()),
                Taps.id(Taps.MOVE, d.reminderId())));
    return switch (channel.get().initiate(initiative)) {
      case Initiated.Send s -> {
        said(tx, conversation, d, message, now);
        outbox.enqueue(tx, conversation, Platform.of(platform), s.address(), List.of(message));
        yield new Settled("sent", null, platform);
      }
      case Initiated.Transcript t -> {
        // The web chat shows it, with its buttons, when the customer next opens the chat.
        said(tx, conversation, d, message, now);
        yield new Settled("sent", "transcript", platform);
      }
      case Initiated.Skip k -> {
        note(tx, conversation, d, k.reason(), now);
        yield Settled.skipped(k.reason(), platform);
      }
    };
  }

  /** The reminder's text and the values a template takes, in the customer's language. */
  private record Wording(String text, Map<String, String> values) {}

  private static Wording wording(Messages m, Catalog catalog, Due d, String customer) {
    ZoneId zone = catalog.business().zone();
    String named =
        catalog
            .service(d.serviceId())
            .map(s -> s.nameIn(m.locale()))
            .orElse(m.text("booking.any_service"));
    // A guest's appointment ("for my daughter and me", ADR 0058) is not read as the customer's own.
    String service =
        d.guest() == null || d.guest().isBlank()
            ? named
            : m.text("booking.for_guest", named, d.guest());
    String business = catalog.business().name();
    String when = m.formats().when(d.start(), zone);
    Map<String, String> values = new LinkedHashMap<>();
    values.put("customer", customer == null ? "" : customer);
    values.put("service", service);
    values.put("date", m.formats().day(d.start().atZone(zone).toLocalDate()));
    values.put("time", m.formats().time(d.start(), zone));
    values.put("when", when);
    values.put("business", business);
    return new Wording(m.text("reminder.text", service, when, business), values);
  }

  /** When the customer last wrote, and where from (without a button press's one-time id). */
  record LastMessage(Map<String, String> address, Instant at) {}

  LastMessage lastMessage(DSLContext tx, long business, String key) {
    Record r =
        tx.select(Schema.Inbox.PAYLOAD, Schema.Inbox.SENT_AT)
            .from(Schema.Inbox.T)
            .where(Schema.Inbox.BUSINESS_ID.eq(business))
            .and(Schema.Inbox.CONVERSATION_KEY.eq(key))
            .orderBy(Schema.Inbox.SENT_AT.desc(), Schema.Inbox.ID.desc())
            .limit(1)
            .fetchOne();
    if (r == null) {
      return new LastMessage(Map.of(), null);
    }
    Map<String, String> address = new LinkedHashMap<>();
    try {
      JsonNode a = json.readTree(r.get(Schema.Inbox.PAYLOAD).data()).path("address");
      if (a.isObject()) {
        address.putAll(json.convertValue(a, new TypeReference<Map<String, String>>() {}));
      }
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable inbox payload of " + key, e);
    }
    address.remove("callbackQueryId");
    return new LastMessage(address, r.get(Schema.Inbox.SENT_AT).toInstant());
  }

  private Optional<Initiative.Template> template(DSLContext tx, String platform, String account) {
    if (account == null) {
      return Optional.empty();
    }
    JSONB t =
        tx.select(ChannelAccounts.REMINDER_TEMPLATE)
            .from(ChannelAccounts.T)
            .where(ChannelAccounts.PLATFORM.eq(platform))
            .and(ChannelAccounts.EXTERNAL_ID.eq(account))
            .fetchOne(ChannelAccounts.REMINDER_TEMPLATE);
    return ReminderTemplates.read(json, t);
  }

  /** The reminder in the transcript, as the bot's. */
  private void said(DSLContext tx, long conversation, Due d, OutboundMessage m, Instant at) {
    Map<String, Object> meta = meta("bot", d, null);
    meta.put("options", m.options());
    meta.put("optionIds", m.optionIds());
    line(tx, conversation, Storable.text(m.text()), meta, at);
  }

  /** Why a reminder was not sent, in the transcript for the owner; never sent to the customer. */
  private void note(DSLContext tx, long conversation, Due d, String reason, Instant at) {
    line(
        tx,
        conversation,
        "Reminder for booking " + d.bookingId() + " not sent: " + ReminderTemplates.why(reason),
        meta("system", d, reason),
        at);
  }

  private Map<String, Object> meta(String author, Due d, String skipped) {
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("author", author);
    meta.put("notice", "reminder");
    meta.put("reminderId", d.reminderId());
    meta.put("bookingId", d.bookingId());
    if (skipped != null) {
      meta.put("skipped", skipped);
    }
    return meta;
  }

  /** A transcript line at the app clock's time, as every other message (not Postgres now()). */
  private void line(
      DSLContext tx, long conversation, String text, Map<String, Object> meta, Instant at) {
    try {
      tx.insertInto(Schema.Messages.T)
          .set(Schema.Messages.CONVERSATION_ID, conversation)
          .set(Schema.Messages.DIRECTION, "out")
          .set(Schema.Messages.CONTENT_TEXT, text)
          .set(Schema.Messages.PROVIDER, "reminder")
          .set(Schema.Messages.CREATED_AT, at.atOffset(ZoneOffset.UTC))
          .set(Schema.Messages.METADATA, JSONB.valueOf(json.writeValueAsString(meta)))
          .execute();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("metadata of plain values is always JSON", e);
    }
  }
}
