package io.bookline.db;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

/**
 * jOOQ definitions of the tables in {@code db/migration}, written by hand (see ADR 0003). {@code
 * SchemaTest} checks every field here against the migrated database, so a migration that renames or
 * retypes a column fails the build.
 */
public final class Schema {
  private Schema() {}

  private static final DataType<Long> BIGINT = SQLDataType.BIGINT;
  private static final DataType<Integer> INT = SQLDataType.INTEGER;
  private static final DataType<Short> SMALLINT = SQLDataType.SMALLINT;
  private static final DataType<String> TEXT = SQLDataType.CLOB;
  private static final DataType<Boolean> BOOL = SQLDataType.BOOLEAN;
  private static final DataType<OffsetDateTime> TSTZ = SQLDataType.TIMESTAMPWITHTIMEZONE;
  private static final DataType<LocalDate> DATE = SQLDataType.LOCALDATE;
  private static final DataType<LocalTime> TIME = SQLDataType.LOCALTIME;
  private static final DataType<BigDecimal> MONEY = SQLDataType.NUMERIC(10, 2);
  private static final DataType<JSONB> JSON = SQLDataType.JSONB;
  private static final DataType<byte[]> BYTES = SQLDataType.BLOB;

  private static <T> Field<T> col(Table<?> t, String column, DataType<T> type) {
    return field(name(t.getName(), column), type);
  }

  public static final class Businesses {
    public static final Table<Record> T = table(name("businesses"));
    public static final Field<Long> ID = col(T, "id", BIGINT);
    public static final Field<String> SLUG = col(T, "slug", TEXT);
    public static final Field<String> NAME = col(T, "name", TEXT);
    public static final Field<String> TIME_ZONE = col(T, "time_zone", TEXT);
    public static final Field<String> LOCALE = col(T, "locale", TEXT);
    public static final Field<String> CURRENCY = col(T, "currency", TEXT);
    public static final Field<String> ADDRESS = col(T, "address", TEXT);
    public static final Field<Integer> MIN_NOTICE_MINUTES = col(T, "min_notice_minutes", INT);
    public static final Field<Integer> HORIZON_DAYS = col(T, "horizon_days", INT);
    public static final Field<Integer> SLOT_INTERVAL_MINUTES = col(T, "slot_interval_minutes", INT);
    public static final Field<Boolean> ASK_FOR_RESOURCE = col(T, "ask_for_resource", BOOL);
    public static final Field<Integer> CHANGE_NOTICE_MINUTES = col(T, "change_notice_minutes", INT);
    public static final Field<Long> DAILY_TOKEN_BUDGET = col(T, "daily_token_budget", BIGINT);
    public static final Field<OffsetDateTime> CREATED_AT = col(T, "created_at", TSTZ);
    public static final Field<Integer[]> REMINDER_LEAD_MINUTES =
        col(T, "reminder_lead_minutes", SQLDataType.INTEGER.getArrayDataType());

    /** Space-separated origins allowed to frame the web chat; null: none (ADR 0021). */
    public static final Field<String> FRAME_ANCESTORS = col(T, "frame_ancestors", TEXT);
  }

  /** Tokens spent with the model per business and day (issue 18). */
  public static final class LlmUsage {
    public static final Table<Record> T = table(name("llm_usage"));
    public static final Field<Long> BUSINESS_ID = col(T, "business_id", BIGINT);
    public static final Field<LocalDate> DAY = col(T, "day", DATE);
    public static final Field<Long> PROMPT_TOKENS = col(T, "prompt_tokens", BIGINT);
    public static final Field<Long> COMPLETION_TOKENS = col(T, "completion_tokens", BIGINT);
    public static final Field<Long> CALLS = col(T, "calls", BIGINT);
  }

  public static final class ApiKeys {
    public static final Table<Record> T = table(name("api_keys"));
    public static final Field<Long> ID = col(T, "id", BIGINT);
    public static final Field<Long> BUSINESS_ID = col(T, "business_id", BIGINT);
    public static final Field<String> KEY_HASH = col(T, "key_hash", TEXT);
    public static final Field<String> LABEL = col(T, "label", TEXT);
    public static final Field<String> PREFIX = col(T, "prefix", TEXT);
    public static final Field<OffsetDateTime> CREATED_AT = col(T, "created_at", TSTZ);
    public static final Field<OffsetDateTime> LAST_USED_AT = col(T, "last_used_at", TSTZ);
    public static final Field<OffsetDateTime> REVOKED_AT = col(T, "revoked_at", TSTZ);
  }

  public static final class ChannelAccounts {
    public static final Table<Record> T = table(name("channel_accounts"));
    public static final Field<Long> ID = col(T, "id", BIGINT);
    public static final Field<Long> BUSINESS_ID = col(T, "business_id", BIGINT);
    public static final Field<String> PLATFORM = col(T, "platform", TEXT);
    public static final Field<String> EXTERNAL_ID = col(T, "external_id", TEXT);
    public static final Field<JSONB> SECRETS = col(T, "secrets", JSON);
    public static final Field<JSONB> REMINDER_TEMPLATE = col(T, "reminder_template", JSON);
  }

  public static final class Services {
    public static final Table<Record> T = table(name("services"));
    public static final Field<Long> ID = col(T, "id", BIGINT);
    public static final Field<Long> BUSINESS_ID = col(T, "business_id", BIGINT);
    public static final Field<String> NAME = col(T, "name", TEXT);
    public static final Field<Integer> DURATION_MINUTES = col(T, "duration_minutes", INT);
    public static final Field<BigDecimal> PRICE = col(T, "price", MONEY);
    public static final Field<Integer> BUFFER_BEFORE_MINUTES = col(T, "buffer_before_minutes", INT);
    public static final Field<Integer> BUFFER_AFTER_MINUTES = col(T, "buffer_after_minutes", INT);
    public static final Field<String[]> SYNONYMS =
        col(T, "synonyms", SQLDataType.CLOB.getArrayDataType());
    public static final Field<Boolean> ACTIVE = col(T, "active", BOOL);
    public static final Field<OffsetDateTime> DELETED_AT = col(T, "deleted_at", TSTZ);
    public static final Field<String> NAME_KEY = col(T, "name_key", TEXT);
  }

  /** A service's display name and synonyms in one language (ADR 0031). */
  public static final class ServiceLanguages {
    public static final Table<Record> T = table(name("service_languages"));
    public static final Field<Long> SERVICE_ID = col(T, "service_id", BIGINT);
    public static final Field<String> LANGUAGE = col(T, "language", TEXT);
    public static final Field<String> NAME = col(T, "name", TEXT);
    public static final Field<String[]> SYNONYMS =
        col(T, "synonyms", SQLDataType.CLOB.getArrayDataType());
  }

  public static final class Resources {
    public static final Table<Record> T = table(name("resources"));
    public static final Field<Long> ID = col(T, "id", BIGINT);
    public static final Field<Long> BUSINESS_ID = col(T, "business_id", BIGINT);
    public static final Field<String> NAME = col(T, "name", TEXT);
    public static final Field<Boolean> ACTIVE = col(T, "active", BOOL);
    public static final Field<OffsetDateTime> DELETED_AT = col(T, "deleted_at", TSTZ);
    public static final Field<String> CALENDAR_FEED_HASH = col(T, "calendar_feed_hash", TEXT);
    public static final Field<String> NAME_KEY = col(T, "name_key", TEXT);
  }

  public static final class ResourceServices {
    public static final Table<Record> T = table(name("resource_services"));
    public static final Field<Long> RESOURCE_ID = col(T, "resource_id", BIGINT);
    public static final Field<Long> SERVICE_ID = col(T, "service_id", BIGINT);
  }

  public static final class OpeningHours {
    public static final Table<Record> T = table(name("opening_hours"));
    public static final Field<Long> ID = col(T, "id", BIGINT);
    public static final Field<Long> BUSINESS_ID = col(T, "business_id", BIGINT);
    public static final Field<Short> WEEKDAY = col(T, "weekday", SMALLINT);
    public static final Field<LocalTime> OPENS = col(T, "opens", TIME);
    public static final Field<LocalTime> CLOSES = col(T, "closes", TIME);
  }

  public static final class ResourceHours {
    public static final Table<Record> T = table(name("resource_hours"));
    public static final Field<Long> ID = col(T, "id", BIGINT);
    public static final Field<Long> RESOURCE_ID = col(T, "resource_id", BIGINT);
    public static final Field<Short> WEEKDAY = col(T, "weekday", SMALLINT);
    public static final Field<LocalTime> OPENS = col(T, "opens", TIME);
    public static final Field<LocalTime> CLOSES = col(T, "closes", TIME);
  }

  public static final class Closures {
    public static final Table<Record> T = table(name("closures"));
    public static final Field<Long> ID = col(T, "id", BIGINT);
    public static final Field<Long> BUSINESS_ID = col(T, "business_id", BIGINT);
    public static final Field<LocalDate> FIRST_DAY = col(T, "first_day", DATE);
    public static final Field<LocalDate> LAST_DAY = col(T, "last_day", DATE);
    public static final Field<String> REASON = col(T, "reason", TEXT);
    public static final Field<Long> RESOURCE_ID = col(T, "resource_id", BIGINT);
  }

  public static final class Customers {
    public static final Table<Record> T = table(name("customers"));
    public static final Field<Long> ID = col(T, "id", BIGINT);
    public static final Field<Long> BUSINESS_ID = col(T, "business_id", BIGINT);
    public static final Field<String> PLATFORM = col(T, "platform", TEXT);
    public static final Field<String> PLATFORM_USER_ID = col(T, "platform_user_id", TEXT);
    public static final Field<String> NAME = col(T, "name", TEXT);
    public static final Field<String> PHONE = col(T, "phone", TEXT);
    public static final Field<OffsetDateTime> CREATED_AT = col(T, "created_at", TSTZ);
    public static final Field<String> LANGUAGE = col(T, "language", TEXT);
    public static final Field<OffsetDateTime> SUPPRESSED_AT = col(T, "suppressed_at", TSTZ);
    public static final Field<String> SUPPRESSED_REASON = col(T, "suppressed_reason", TEXT);
  }

  public static final class Conversations {
    public static final Table<Record> T = table(name("conversations"));
    public static final Field<Long> ID = col(T, "id", BIGINT);
    public static final Field<Long> BUSINESS_ID = col(T, "business_id", BIGINT);
    public static final Field<Long> CUSTOMER_ID = col(T, "customer_id", BIGINT);
    public static final Field<String> PLATFORM = col(T, "platform", TEXT);
    public static final Field<String> STATUS = col(T, "status", TEXT);
    public static final Field<OffsetDateTime> LAST_MESSAGE_AT = col(T, "last_message_at", TSTZ);
    public static final Field<Boolean> BOT_RETURNED = col(T, "bot_returned", BOOL);
  }

  public static final class Messages {
    public static final Table<Record> T = table(name("messages"));
    public static final Field<Long> ID = col(T, "id", BIGINT);
    public static final Field<Long> CONVERSATION_ID = col(T, "conversation_id", BIGINT);
    public static final Field<String> DIRECTION = col(T, "direction", TEXT);
    public static final Field<String> CONTENT_TEXT = col(T, "content_text", TEXT);
    public static final Field<JSONB> RAW_MESSAGE = col(T, "raw_message", JSON);
    public static final Field<String> PROVIDER = col(T, "provider", TEXT);
    public static final Field<String> MODEL = col(T, "model", TEXT);
    public static final Field<JSONB> METADATA = col(T, "metadata", JSON);
    public static final Field<String> PLATFORM_MESSAGE_ID = col(T, "platform_message_id", TEXT);
    public static final Field<OffsetDateTime> CREATED_AT = col(T, "created_at", TSTZ);
  }

  public static final class Sessions {
    public static final Table<Record> T = table(name("sessions"));
    public static final Field<String> SESSION_KEY = col(T, "session_key", TEXT);
    public static final Field<Long> CONVERSATION_ID = col(T, "conversation_id", BIGINT);
    public static final Field<Long> CUSTOMER_ID = col(T, "customer_id", BIGINT);
    public static final Field<JSONB> STATE = col(T, "state", JSON);
    public static final Field<JSONB> HISTORY = col(T, "history", JSON);
    public static final Field<Long> VERSION = col(T, "version", BIGINT);
    public static final Field<OffsetDateTime> EXPIRES_AT = col(T, "expires_at", TSTZ);
    public static final Field<OffsetDateTime> SWEEP_AFTER = col(T, "sweep_after", TSTZ);
    public static final Field<OffsetDateTime> UPDATED_AT = col(T, "updated_at", TSTZ);
  }

  public static final class Inbox {
    public static final Table<Record> T = table(name("inbox"));
    public static final Field<Long> ID = col(T, "id", BIGINT);
    public static final Field<String> PLATFORM = col(T, "platform", TEXT);
    public static final Field<String> PLATFORM_MESSAGE_ID = col(T, "platform_message_id", TEXT);
    public static final Field<Long> BUSINESS_ID = col(T, "business_id", BIGINT);
    public static final Field<String> SENDER_ID = col(T, "sender_id", TEXT);
    public static final Field<String> CONVERSATION_KEY = col(T, "conversation_key", TEXT);
    public static final Field<OffsetDateTime> SENT_AT = col(T, "sent_at", TSTZ);
    public static final Field<JSONB> PAYLOAD = col(T, "payload", JSON);
    public static final Field<String> STATUS = col(T, "status", TEXT);
    public static final Field<JSONB> RESULT = col(T, "result", JSON);
    public static final Field<OffsetDateTime> RECEIVED_AT = col(T, "received_at", TSTZ);
    public static final Field<OffsetDateTime> PROCESSED_AT = col(T, "processed_at", TSTZ);
    public static final Field<Integer> ATTEMPTS = col(T, "attempts", INT);
    public static final Field<OffsetDateTime> NEXT_ATTEMPT_AT = col(T, "next_attempt_at", TSTZ);
    public static final Field<String> LAST_ERROR = col(T, "last_error", TEXT);
    public static final Field<byte[]> RAW_BODY = col(T, "raw_body", BYTES);
  }

  public static final class Outbox {
    public static final Table<Record> T = table(name("outbox"));
    public static final Field<Long> ID = col(T, "id", BIGINT);
    public static final Field<Long> CONVERSATION_ID = col(T, "conversation_id", BIGINT);
    public static final Field<String> PLATFORM = col(T, "platform", TEXT);
    public static final Field<JSONB> PAYLOAD = col(T, "payload", JSON);
    public static final Field<String> STATUS = col(T, "status", TEXT);
    public static final Field<Integer> ATTEMPTS = col(T, "attempts", INT);
    public static final Field<OffsetDateTime> NEXT_ATTEMPT_AT = col(T, "next_attempt_at", TSTZ);
    public static final Field<String> LAST_ERROR = col(T, "last_error", TEXT);
    public static final Field<OffsetDateTime> SENT_AT = col(T, "sent_at", TSTZ);
    public static final Field<String> LEASE_OWNER = col(T, "lease_owner", TEXT);
    public static final Field<OffsetDateTime> WINDOW_FROM = col(T, "window_from", TSTZ);
  }

  public static final class Reminders {
    public static final Table<Record> T = table(name("reminders"));
    public static final Field<Long> ID = col(T, "id", BIGINT);
    public static final Field<Long> BOOKING_ID = col(T, "booking_id", BIGINT);
    public static final Field<Integer> LEAD_MINUTES = col(T, "lead_minutes", INT);
    public static final Field<OffsetDateTime> STARTS_AT = col(T, "starts_at", TSTZ);
    public static final Field<OffsetDateTime> DUE_AT = col(T, "due_at", TSTZ);
    public static final Field<String> STATUS = col(T, "status", TEXT);
    public static final Field<String> REASON = col(T, "reason", TEXT);
    public static final Field<OffsetDateTime> PLANNED_AT = col(T, "planned_at", TSTZ);
    public static final Field<OffsetDateTime> SETTLED_AT = col(T, "settled_at", TSTZ);
  }

  public static final class ReminderTaps {
    public static final Table<Record> T = table(name("reminder_taps"));
    public static final Field<Long> REMINDER_ID = col(T, "reminder_id", BIGINT);
    public static final Field<String> ACTION = col(T, "action", TEXT);
    public static final Field<OffsetDateTime> TAPPED_AT = col(T, "tapped_at", TSTZ);
  }

  public static final class Bookings {
    public static final Table<Record> T = table(name("bookings"));
    public static final Field<Long> ID = col(T, "id", BIGINT);
    public static final Field<Long> BUSINESS_ID = col(T, "business_id", BIGINT);
    public static final Field<Long> CUSTOMER_ID = col(T, "customer_id", BIGINT);
    public static final Field<Long> SERVICE_ID = col(T, "service_id", BIGINT);
    public static final Field<Long> RESOURCE_ID = col(T, "resource_id", BIGINT);
    public static final Field<OffsetDateTime> STARTS_AT = col(T, "starts_at", TSTZ);
    public static final Field<OffsetDateTime> ENDS_AT = col(T, "ends_at", TSTZ);

    /** A {@code tstzrange}; jOOQ's open-source edition has no range type, so it stays opaque. */
    public static final Field<Object> DURING = col(T, "during", SQLDataType.OTHER);

    public static final Field<String> STATUS = col(T, "status", TEXT);
    public static final Field<BigDecimal> PRICE = col(T, "price", MONEY);
    public static final Field<String> IDEMPOTENCY_KEY = col(T, "idempotency_key", TEXT);
    public static final Field<OffsetDateTime> CREATED_AT = col(T, "created_at", TSTZ);
    public static final Field<OffsetDateTime> CANCELLED_AT = col(T, "cancelled_at", TSTZ);
    public static final Field<String> CANCELLED_BY = col(T, "cancelled_by", TEXT);
    public static final Field<String> CANCEL_REASON = col(T, "cancel_reason", TEXT);
    public static final Field<OffsetDateTime> RESCHEDULED_AT = col(T, "rescheduled_at", TSTZ);
    public static final Field<OffsetDateTime> NO_SHOW_AT = col(T, "no_show_at", TSTZ);

    /** Who the booking is for when not the customer (ADR 0058); null for the customer's own. */
    public static final Field<String> GUEST_NAME = col(T, "guest_name", TEXT);

    public static final Field<Integer> ICS_SEQUENCE = col(T, "ics_sequence", INT);
    public static final Field<java.util.UUID> ICS_TOKEN = col(T, "ics_token", SQLDataType.UUID);
  }

  /**
   * Every column declared for a table, for {@code select(columns(...))}: jOOQ converts values (e.g.
   * {@code TIME} to {@link LocalTime}) only for fields it selected with their types.
   */
  public static List<Field<?>> columns(Class<?> table) {
    return DeclaredColumns.of(table);
  }

  /** Every table above, for {@code SchemaTest}. */
  public static final Class<?>[] ALL = {
    Businesses.class,
    ApiKeys.class,
    ChannelAccounts.class,
    Services.class,
    ServiceLanguages.class,
    Resources.class,
    ResourceServices.class,
    OpeningHours.class,
    ResourceHours.class,
    Closures.class,
    Customers.class,
    Conversations.class,
    Messages.class,
    Sessions.class,
    Inbox.class,
    Outbox.class,
    Bookings.class,
    LlmUsage.class,
    Reminders.class,
    ReminderTaps.class
  };
}
