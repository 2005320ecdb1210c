package io.bookline.owner;

import static io.bookline.db.Schema.Conversations;
import static io.bookline.db.Schema.Customers;
import static io.bookline.db.Schema.Messages;
import static io.bookline.db.Schema.Sessions;

import io.bookline.ApiError;
import io.bookline.session.SessionStore;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * A business's conversations: list them (e.g. those waiting for a person), read a transcript, and
 * hand one back to the bot. Another business's conversation is "not found".
 */
public final class ConversationAdmin {
  static final int MAX_LIST = 200;

  /** Who wrote an outbound message: {@code metadata.author} ("staff"), else the bot. */
  private static final Field<String> AUTHOR =
      DSL.field("{0}->>'author'", String.class, Messages.METADATA);

  /** Longest reply a person may send: within every platform's limit (WhatsApp's is 4096). */
  static final int MAX_REPLY = 4000;

  private final DSLContext db;
  private final SessionStore sessions;
  private final CustomerNotices notices;
  private final Clock clock;

  public ConversationAdmin(
      DSLContext db, SessionStore sessions, CustomerNotices notices, Clock clock) {
    this.db = db;
    this.sessions = sessions;
    this.notices = notices;
    this.clock = clock;
  }

  /**
   * {@code lastMessage} is the newest line of the transcript (null before any), its text cut to
   * {@link #PREVIEW} characters: the list shows it under the customer's name. {@code handledBy} and
   * {@code heldAt} say who has it ({@link Handling}).
   */
  public record ConversationView(
      long id,
      String platform,
      String status,
      String handledBy,
      OffsetDateTime heldAt,
      OffsetDateTime lastMessageAt,
      long customerId,
      String customer,
      String customerName,
      LastMessage lastMessage) {}

  /** The newest message of a conversation; {@code author} as in {@link Line}. */
  public record LastMessage(String author, String text, OffsetDateTime at) {}

  /** Longest last-message text a list carries; a longer one ends in "…". */
  static final int PREVIEW = 200;

  /** One line of a transcript; {@code author} is "customer", "bot" or "staff". */
  public record Line(
      long id, String direction, String author, String text, String provider, OffsetDateTime at) {}

  /** {@code handledBy} and {@code heldAt} as in {@link ConversationView}. */
  public record Transcript(
      long conversation,
      String status,
      String handledBy,
      OffsetDateTime heldAt,
      List<Line> messages) {}

  /** Those waiting for a person first, then the newest; {@code status} null, "bot" or "handoff". */
  public List<ConversationView> list(long business, String status) {
    if (status != null && !List.of("bot", "handoff").contains(status)) {
      throw ApiError.badRequest("status must be 'bot' or 'handoff', not '" + status + "'");
    }
    var where = status == null ? DSL.noCondition() : Conversations.STATUS.eq(status);
    // The newest message of each listed conversation, by the (conversation_id, id) index.
    var last =
        DSL.lateral(
                DSL.select(
                        Messages.DIRECTION,
                        AUTHOR.as("author"),
                        Messages.CONTENT_TEXT,
                        Messages.CREATED_AT)
                    .from(Messages.T)
                    .where(Messages.CONVERSATION_ID.eq(Conversations.ID))
                    .orderBy(Messages.ID.desc())
                    .limit(1))
            .as("last");
    Field<String> direction = last.field(Messages.DIRECTION);
    Field<String> author = last.field("author", String.class);
    Field<String> text = last.field(Messages.CONTENT_TEXT);
    Field<OffsetDateTime> at = last.field(Messages.CREATED_AT);
    return db.select(
            Conversations.ID,
            Conversations.PLATFORM,
            Conversations.STATUS,
            Handling.PERSON_IN,
            Handling.HELD_AT,
            Conversations.LAST_MESSAGE_AT,
            Customers.ID,
            Customers.PLATFORM_USER_ID,
            Customers.NAME,
            direction,
            author,
            text,
            at)
        .from(Conversations.T)
        .join(Customers.T)
        .on(Customers.ID.eq(Conversations.CUSTOMER_ID))
        .leftJoin(Sessions.T)
        .on(Sessions.CONVERSATION_ID.eq(Conversations.ID))
        .leftJoin(last)
        .on(DSL.trueCondition())
        .where(Conversations.BUSINESS_ID.eq(business))
        .and(where)
        .orderBy(
            DSL.when(Conversations.STATUS.eq("handoff"), 0).otherwise(1),
            Conversations.LAST_MESSAGE_AT.desc(),
            Conversations.ID.desc())
        .limit(MAX_LIST)
        .fetch(
            r -> {
              Handling h = Handling.of(r);
              return new ConversationView(
                  r.get(Conversations.ID),
                  r.get(Conversations.PLATFORM),
                  r.get(Conversations.STATUS),
                  h.by(),
                  h.heldAt(),
                  r.get(Conversations.LAST_MESSAGE_AT),
                  r.get(Customers.ID),
                  r.get(Customers.PLATFORM_USER_ID),
                  r.get(Customers.NAME),
                  r.get(at) == null
                      ? null
                      : new LastMessage(
                          author(r.get(direction), r.get(author)),
                          preview(r.get(text)),
                          r.get(at)));
            });
  }

  private static String author(String direction, String metadataAuthor) {
    return "in".equals(direction) ? "customer" : metadataAuthor == null ? "bot" : metadataAuthor;
  }

  private static String preview(String text) {
    if (text == null || text.length() <= PREVIEW) {
      return text;
    }
    int end = PREVIEW - 1;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--; // never half an emoji
    }
    return text.substring(0, end).stripTrailing() + "…";
  }

  public Transcript transcript(long business, long id) {
    Handling handling = Handling.of(db, business, id);
    List<Line> lines =
        db.select(
                Messages.ID,
                Messages.DIRECTION,
                AUTHOR,
                Messages.CONTENT_TEXT,
                Messages.PROVIDER,
                Messages.CREATED_AT)
            .from(Messages.T)
            .where(Messages.CONVERSATION_ID.eq(id))
            .orderBy(Messages.ID)
            .fetch(
                r ->
                    new Line(
                        r.value1(),
                        r.value2(),
                        author(r.value2(), r.value3()),
                        r.value4(),
                        r.value5(),
                        r.value6()));
    return new Transcript(id, handling.status(), handling.by(), handling.heldAt(), lines);
  }

  /**
   * A person takes the conversation over: the bot stays silent (it still records what the customer
   * writes) until {@link #release}.
   */
  public void handOff(long business, long id) {
    setHandoff(business, id, true);
  }

  /**
   * Gives the conversation back to the bot, and marks it so the bot's next reply first says the
   * customer is talking to an automated assistant again.
   */
  public void release(long business, long id) {
    setHandoff(business, id, false);
  }

  /**
   * Sends a person's message to the customer through the outbox on the conversation's platform,
   * stored as an outbound message with {@code metadata.author = "staff"} (ADR 0032). The session
   * notes when a person last wrote, so the bot does not tell a customer in a live conversation that
   * their message has reached the team. A reply to a conversation the bot has takes it over again
   * ({@code tookOver}), so the bot and a person never both answer the customer (ADR 0104).
   */
  public Replied reply(long business, long id, String text, Problems problems) {
    status(db, business, id);
    if (text == null) {
      problems.add("text", "is required");
    } else if (text.isBlank()) {
      problems.add("text", "must not be empty");
    } else if (text.length() > MAX_REPLY) {
      problems.add("text", "must be at most " + MAX_REPLY + " characters, not " + text.length());
    } else {
      Checks.storable(problems, "text", text);
    }
    problems.throwIfAny();
    record Said(CustomerNotices.Told told, String session, boolean tookOver) {}
    Said said =
        db.transactionResult(
            cfg -> {
              DSLContext tx = cfg.dsl();
              boolean tookOver =
                  tx.update(Conversations.T)
                          .set(Conversations.STATUS, "handoff")
                          .set(Conversations.BOT_RETURNED, false)
                          .where(Conversations.ID.eq(id))
                          .and(Conversations.STATUS.eq("bot"))
                          .execute()
                      == 1;
              // A person's reply is the conversation's newest message, as the list sorts it.
              tx.update(Conversations.T)
                  .set(Conversations.LAST_MESSAGE_AT, clock.instant().atOffset(ZoneOffset.UTC))
                  .where(Conversations.ID.eq(id))
                  .execute();
              return new Said(
                  notices.say(tx, business, id, text.strip()), personWrote(tx, id), tookOver);
            });
    if (said.session() != null) {
      sessions.evict(said.session());
    }
    notices.sent(said.told());
    return new Replied(said.told(), said.tookOver());
  }

  /** What a reply did: whether the customer was told, and whether it took the bot's place. */
  public record Replied(CustomerNotices.Told told, boolean tookOver) {}

  /**
   * Sets who has the conversation; bumps the session version so no stale cached copy wins (a turn
   * that read one fails its version check and reads Postgres).
   */
  private void setHandoff(long business, long id, boolean handoff) {
    String key =
        db.transactionResult(
            cfg -> {
              DSLContext tx = cfg.dsl();
              String was = status(tx, business, id);
              boolean returned = !handoff && "handoff".equals(was);
              tx.update(Conversations.T)
                  .set(Conversations.STATUS, handoff ? "handoff" : "bot")
                  .set(Conversations.BOT_RETURNED, DSL.val(returned))
                  .where(Conversations.ID.eq(id))
                  .execute();
              // The session carries "say you're back" too, so a warm turn needs no query for it.
              return tx.update(Sessions.T)
                  .set(
                      Sessions.STATE,
                      DSL.field(
                          "jsonb_set(jsonb_set(jsonb_set(jsonb_set({0}, '{handoff}', {1}::jsonb),"
                              + " '{botReturned}', {2}::jsonb), '{heldAt}', to_jsonb({3}::bigint)),"
                              + " '{personIn}', {1}::jsonb)",
                          Sessions.STATE.getDataType(),
                          Sessions.STATE,
                          DSL.val(Boolean.toString(handoff)),
                          DSL.val(Boolean.toString(returned)),
                          // A person taking over is there now (see personWrote).
                          DSL.val(handoff ? clock.instant().getEpochSecond() : 0L)))
                  .set(Sessions.VERSION, Sessions.VERSION.plus(1))
                  .where(Sessions.CONVERSATION_ID.eq(id))
                  .returningResult(Sessions.SESSION_KEY)
                  .fetchOne(Sessions.SESSION_KEY);
            });
    if (key != null) {
      sessions.evict(key);
    }
  }

  /**
   * Notes in the session when a person last wrote ({@code heldAt}), that one has ({@code personIn},
   * see {@code HandoffFlow}) and so has the conversation ({@code handoff}); bumps the version so no
   * stale cached copy wins. Returns the session's key, or null without one.
   */
  private String personWrote(DSLContext tx, long id) {
    return tx.update(Sessions.T)
        .set(
            Sessions.STATE,
            DSL.field(
                "jsonb_set(jsonb_set(jsonb_set(jsonb_set({0}, '{heldAt}', to_jsonb({1}::bigint)),"
                    + " '{personIn}', 'true'::jsonb), '{handoff}', 'true'::jsonb),"
                    + " '{botReturned}', 'false'::jsonb)",
                Sessions.STATE.getDataType(),
                Sessions.STATE,
                DSL.val(clock.instant().getEpochSecond())))
        .set(Sessions.VERSION, Sessions.VERSION.plus(1))
        .where(Sessions.CONVERSATION_ID.eq(id))
        .returningResult(Sessions.SESSION_KEY)
        .fetchOne(Sessions.SESSION_KEY);
  }

  /** The conversation's status, or 404 when it is not this business's. */
  static String status(DSLContext db, long business, long id) {
    return Optional.ofNullable(
            db.select(Conversations.STATUS)
                .from(Conversations.T)
                .where(Conversations.ID.eq(id))
                .and(Conversations.BUSINESS_ID.eq(business))
                .fetchOne(Conversations.STATUS))
        .orElseThrow(() -> ApiError.notFound("no conversation " + id));
  }
}
