package io.bookline.owner;

import static io.bookline.db.Schema.Conversations;
import static io.bookline.db.Schema.Inbox;
import static io.bookline.db.Schema.Outbox;
import static io.bookline.db.Schema.Sessions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bookline.db.Schema;
import io.bookline.session.SessionKey;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.JSONB;

/**
 * Everything Bookline holds about one customer, for a data-access request: the profile, bookings,
 * conversations, every message with its raw payload, the inbox rows with the request bytes as
 * received, queued outbound messages and the session (ADR 0032).
 */
public final class CustomerExport {
  private final DSLContext db;
  private final BookingList bookings;
  private final ObjectMapper json;

  public CustomerExport(DSLContext db, BookingList bookings, ObjectMapper json) {
    this.db = db;
    this.bookings = bookings;
    this.json = json;
  }

  public record Export(
      CustomerAdmin.Profile customer,
      List<BookingList.Item> bookings,
      List<Conversation> conversations,
      List<Message> messages,
      List<Received> inbox,
      List<Queued> outbox,
      List<StoredSession> sessions) {}

  public record Conversation(
      long id, String platform, String status, OffsetDateTime lastMessageAt) {}

  public record Message(
      long id,
      long conversationId,
      String direction,
      String text,
      String provider,
      String model,
      JsonNode metadata,
      JsonNode rawMessage,
      OffsetDateTime at) {}

  /** An inbox row; {@code rawBody} is the request as received, UTF-8 text or else base64. */
  public record Received(
      long id,
      String platform,
      String platformMessageId,
      String status,
      OffsetDateTime receivedAt,
      JsonNode payload,
      String rawBody,
      String rawBodyEncoding) {}

  public record Queued(long id, long conversationId, String status, JsonNode payload) {}

  public record StoredSession(String key, JsonNode state, JsonNode history, long version) {}

  public Export of(long business, long id) {
    CustomerAdmin.Profile p = CustomerAdmin.profile(db, business, id);
    var conversations =
        db.select(Conversations.ID)
            .from(Conversations.T)
            .where(Conversations.CUSTOMER_ID.eq(id))
            .and(Conversations.BUSINESS_ID.eq(business));
    String key = SessionKey.of(business, p.platform(), p.platformUserId());
    return new Export(
        p,
        bookings.ofCustomer(business, id),
        db.select(
                Conversations.ID,
                Conversations.PLATFORM,
                Conversations.STATUS,
                Conversations.LAST_MESSAGE_AT)
            .from(Conversations.T)
            .where(Conversations.ID.in(conversations))
            .orderBy(Conversations.ID)
            .fetch(r -> new Conversation(r.value1(), r.value2(), r.value3(), r.value4())),
        messages(conversations),
        db.select(
                Inbox.ID,
                Inbox.PLATFORM,
                Inbox.PLATFORM_MESSAGE_ID,
                Inbox.STATUS,
                Inbox.RECEIVED_AT,
                Inbox.PAYLOAD,
                Inbox.RAW_BODY)
            .from(Inbox.T)
            .where(Inbox.BUSINESS_ID.eq(business))
            .and(Inbox.CONVERSATION_KEY.eq(key))
            .orderBy(Inbox.ID)
            .fetch(
                r ->
                    new Received(
                        r.value1(),
                        r.value2(),
                        r.value3(),
                        r.value4(),
                        r.value5(),
                        tree(r.value6()),
                        text(r.value7()),
                        r.value7() == null ? null : isUtf8(r.value7()) ? "utf-8" : "base64")),
        db.select(Outbox.ID, Outbox.CONVERSATION_ID, Outbox.STATUS, Outbox.PAYLOAD)
            .from(Outbox.T)
            .where(Outbox.CONVERSATION_ID.in(conversations))
            .orderBy(Outbox.ID)
            .fetch(r -> new Queued(r.value1(), r.value2(), r.value3(), tree(r.value4()))),
        db.select(Sessions.SESSION_KEY, Sessions.STATE, Sessions.HISTORY, Sessions.VERSION)
            .from(Sessions.T)
            .where(Sessions.CONVERSATION_ID.in(conversations))
            .fetch(
                r ->
                    new StoredSession(r.value1(), tree(r.value2()), tree(r.value3()), r.value4())));
  }

  private List<Message> messages(org.jooq.Select<? extends org.jooq.Record1<Long>> in) {
    return db.select(
            Schema.Messages.ID,
            Schema.Messages.CONVERSATION_ID,
            Schema.Messages.DIRECTION,
            Schema.Messages.CONTENT_TEXT,
            Schema.Messages.PROVIDER,
            Schema.Messages.MODEL,
            Schema.Messages.METADATA,
            Schema.Messages.RAW_MESSAGE,
            Schema.Messages.CREATED_AT)
        .from(Schema.Messages.T)
        .where(Schema.Messages.CONVERSATION_ID.in(in))
        .orderBy(Schema.Messages.ID)
        .fetch(
            r ->
                new Message(
                    r.value1(),
                    r.value2(),
                    r.value3(),
                    r.value4(),
                    r.value5(),
                    r.value6(),
                    tree(r.value7()),
                    tree(r.value8()),
                    r.value9()));
  }

  private JsonNode tree(JSONB value) {
    if (value == null) {
      return null;
    }
    try {
      return json.readTree(value.data());
    } catch (JsonProcessingException e) {
      return json.getNodeFactory().textNode(value.data());
    }
  }

  private static String text(byte[] raw) {
    if (raw == null) {
      return null;
    }
    return isUtf8(raw)
        ? new String(raw, StandardCharsets.UTF_8)
        : Base64.getEncoder().encodeToString(raw);
  }

  private static boolean isUtf8(byte[] raw) {
    try {
      StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(raw));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
