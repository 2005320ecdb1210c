package io.bookline.ingress;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.bookline.channel.InboundMessage;
import io.bookline.db.Database;
import io.bookline.db.GroupCommit;
import io.bookline.db.Schema;
import io.bookline.session.SessionKey;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The durable record of every acknowledged message. A message is recorded before the platform gets
 * its 200; the unique (platform, message id) key makes a redelivery a no-op. The row keeps the body
 * as the bytes received and the parsed message for recovery.
 *
 * <p>A row whose turn fails is tried again with a per-row backoff; after {@code maxAttempts} it is
 * set aside as {@code failed} (ADR 0019): the admin API lists it, and it no longer holds up the
 * later messages of its conversation, which wait only for rows still {@code received}.
 */
public final class Inbox implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Inbox.class);

  /** Default attempts per message before it is set aside as failed. */
  public static final int DEFAULT_MAX_ATTEMPTS = 5;

  /** The wait after a row's first failure; it doubles with each further one, up to an hour. */
  static final Duration FIRST_RETRY = Duration.ofSeconds(30);

  static final Duration LAST_RETRY = Duration.ofHours(1);

  private final DSLContext db;
  private final InboxPayload payloads;
  private final Clock clock;
  private final int maxAttempts;
  private final GroupCommit<Arriving, Recorded> group;

  /** Rows this instance set aside as failed since it started: their messages got no answer. */
  private final LongAdder setAside = new LongAdder();

  /** Counts guarded messages against their senders. */
  private final SenderCounts counts;

  /** An inbox that judges no message (tests that record by hand). */
  public Inbox(DSLContext db, ObjectMapper json, Clock clock) {
    this(db, json, clock, DEFAULT_MAX_ATTEMPTS, null);
  }

  /**
   * @param flood counts each new message of a guarded channel against its sender, a group's
   *     messages in one round trip; a redelivery is not counted
   */
  public Inbox(DSLContext db, ObjectMapper json, Clock clock, int maxAttempts, FloodGuard flood) {
    this.db = db;
    this.payloads = new InboxPayload(json);
    this.clock = clock;
    this.maxAttempts = maxAttempts;
    this.counts = new SenderCounts(flood);
    // One writer per connection of the ingress pool: groups are written side by side.
    this.group =
        new GroupCommit<>("inbox", Database.INGRESS_POOL_SIZE, this::recordAll, this::recordOne);
  }

  /**
   * A recorded message: its row id, whether this call created it, whether the flood guard held it
   * back when it arrived (kept in the row, so whoever handles it later holds it back too), and the
   * request that recorded it (kept too: its turn's lines carry it, ADR 0060; null when none).
   */
  public record Recorded(long id, boolean isNew, FloodGuard.Verdict held, String requestId) {
    /** Recorded outside any request. */
    public Recorded(long id, boolean isNew, FloodGuard.Verdict held) {
      this(id, isNew, held, null);
    }
  }

  /** A recorded message that was never finished, with what its row kept, for recovery. */
  public record Pending(
      long id, InboundMessage message, FloodGuard.Verdict held, String requestId) {

    /** How the dispatcher takes it: as a message that may have been handled already. */
    public Recorded recorded() {
      return new Recorded(id, false, held, requestId);
    }
  }

  /**
   * A failed attempt as recorded: the row's attempts so far and whether it was set aside.
   *
   * @param attempts 0 when the row was no longer waiting (another turn finished or set it aside)
   */
  public record Failure(int attempts, boolean givenUp) {}

  public Recorded record(InboundMessage m) {
    return record(m, false);
  }

  /**
   * Records a message, grouped with the messages other requests are recording at the same moment
   * (one statement, ADR 0030); returns once the row is committed. A {@code guarded} message (its
   * channel wants the flood guard) is judged against its sender as it is recorded, and the verdict
   * is kept in the row; only a message recorded for the first time counts.
   */
  public Recorded record(InboundMessage m, boolean guarded) {
    return group.write(new Arriving(m, guarded));
  }

  /**
   * One statement for a group of messages; a message already recorded is found afterwards. The
   * group's guarded messages are counted against their senders first (one round trip), and a
   * message that was not new gives its count back.
   */
  private List<Recorded> recordAll(List<Arriving> group) {
    counts.judge(group);
    Map<String, Arriving> first = new LinkedHashMap<>();
    group.forEach(a -> first.putIfAbsent(a.key(), a));
    var now = clock.instant().atOffset(ZoneOffset.UTC);
    List<Object> values = new ArrayList<>();
    for (Arriving a : first.values()) {
      InboundMessage m = a.message;
      values.add(m.platform().id());
      values.add(m.platformMessageId());
      values.add(m.businessId());
      values.add(m.senderId());
      values.add(conversationKey(m));
      values.add(m.sentAt().atOffset(ZoneOffset.UTC));
      values.add(now);
      values.add(JSONB.valueOf(payloads.write(m, a.verdict, a.requestId)));
      values.add(rawBody(m));
    }
    Map<String, Long> created = new HashMap<>();
    try {
      InboxInsert.of(first.size())
          .with(values.toArray())
          .fetch(db)
          .forEach(
              r ->
                  created.put(
                      r.get(1, String.class) + "\n" + r.get(2, String.class),
                      r.get(0, Long.class)));
    } catch (RuntimeException e) {
      counts.giveBack(group); // nothing was recorded: whoever writes them again counts them again
      throw e;
    }
    Map<String, Recorded> known = existing(first.values(), created.keySet());
    List<Recorded> answers = new ArrayList<>();
    // Later copies of a message in the group; the first copy of one recorded before gave its count
    // back in recordOne.
    List<Arriving> copies = new ArrayList<>();
    for (Arriving a : group) {
      Long id = created.get(a.key());
      boolean firstCopy = first.get(a.key()) == a;
      if (!firstCopy) {
        copies.add(a);
      }
      if (id != null && firstCopy) {
        answers.add(new Recorded(id, true, a.verdict, a.requestId));
      } else if (id != null) {
        // The same message twice in one group: the first records it, this one is its duplicate.
        Arriving recording = first.get(a.key());
        answers.add(new Recorded(id, false, recording.verdict, recording.requestId));
      } else {
        answers.add(known.get(a.key()));
      }
    }
    counts.giveBack(copies);
    return answers;
  }

  /** The rows of the group's messages that were recorded before: redeliveries. */
  private Map<String, Recorded> existing(Iterable<Arriving> group, Set<String> created) {
    Map<String, Recorded> found = new HashMap<>();
    for (Arriving a : group) {
      if (!created.contains(a.key())) {
        found.put(a.key(), recordOne(a));
      }
    }
    return found;
  }

  /**
   * Records one message alone: a redelivery, or a message whose group Postgres refused. A
   * redelivery gives its count back and answers with the verdict its row kept.
   */
  private Recorded recordOne(Arriving a) {
    counts.judge(List.of(a));
    InboundMessage m = a.message;
    try {
      Long id =
          db.insertInto(Schema.Inbox.T)
              .set(Schema.Inbox.PLATFORM, m.platform().id())
              .set(Schema.Inbox.PLATFORM_MESSAGE_ID, m.platformMessageId())
              .set(Schema.Inbox.BUSINESS_ID, m.businessId())
              .set(Schema.Inbox.SENDER_ID, m.senderId())
              .set(Schema.Inbox.CONVERSATION_KEY, conversationKey(m))
              .set(Schema.Inbox.SENT_AT, m.sentAt().atOffset(ZoneOffset.UTC))
              .set(Schema.Inbox.RECEIVED_AT, clock.instant().atOffset(ZoneOffset.UTC))
              .set(Schema.Inbox.PAYLOAD, JSONB.valueOf(payloads.write(m, a.verdict, a.requestId)))
              .set(Schema.Inbox.RAW_BODY, rawBody(m))
              .onConflictDoNothing()
              .returningResult(Schema.Inbox.ID)
              .fetchOne(Schema.Inbox.ID);
      if (id != null) {
        return new Recorded(id, true, a.verdict, a.requestId);
      }
      var existing =
          db.select(Schema.Inbox.ID, Schema.Inbox.PAYLOAD)
              .from(Schema.Inbox.T)
              .where(Schema.Inbox.PLATFORM.eq(m.platform().id()))
              .and(Schema.Inbox.PLATFORM_MESSAGE_ID.eq(m.platformMessageId()))
              .fetchSingle();
      counts.giveBack(List.of(a));
      InboxPayload.Read kept = payloads.kept(existing.value2());
      return new Recorded(existing.value1(), false, kept.held(), kept.requestId());
    } catch (RuntimeException e) {
      counts.giveBack(List.of(a));
      throw e;
    }
  }

  /** Stops the writers of the group commit. */
  @Override
  public void close() {
    group.close();
  }

  /** The session key of a message's conversation. */
  public static String conversationKey(InboundMessage m) {
    return SessionKey.of(m.businessId(), m.platform().id(), m.senderId());
  }

  /** A conversation's waiting messages in the order the customer sent them. */
  public List<Pending> waiting(String conversationKey, int limit) {
    return db
        .select(Schema.Inbox.ID, Schema.Inbox.PAYLOAD, Schema.Inbox.RAW_BODY)
        .from(Schema.Inbox.T)
        .where(Schema.Inbox.CONVERSATION_KEY.eq(conversationKey))
        .and(Schema.Inbox.STATUS.eq(DSL.inline("received")))
        .orderBy(Schema.Inbox.SENT_AT, Schema.Inbox.ID)
        .limit(limit)
        .fetch()
        .stream()
        .flatMap(r -> pending(r.value1(), r.value2(), r.value3()).stream())
        .toList();
  }

  /**
   * One page of unfinished messages that are due, by id: received at or before {@code before},
   * after the row {@code afterId}, and not waiting out a backoff. Both sides of the time comparison
   * are this clock's time: {@link #record} stamps the row with it.
   */
  public List<Pending> due(long afterId, Instant before, int limit) {
    var now = clock.instant().atOffset(ZoneOffset.UTC);
    return db
        .select(Schema.Inbox.ID, Schema.Inbox.PAYLOAD, Schema.Inbox.RAW_BODY)
        .from(Schema.Inbox.T)
        .where(Schema.Inbox.STATUS.eq(DSL.inline("received")))
        .and(Schema.Inbox.ID.gt(afterId))
        .and(Schema.Inbox.RECEIVED_AT.le(before.atOffset(ZoneOffset.UTC)))
        .and(Schema.Inbox.NEXT_ATTEMPT_AT.isNull().or(Schema.Inbox.NEXT_ATTEMPT_AT.le(now)))
        .orderBy(Schema.Inbox.ID)
        .limit(limit)
        .fetch()
        .stream()
        .flatMap(r -> pending(r.value1(), r.value2(), r.value3()).stream())
        .toList();
  }

  /**
   * A row's message; a row whose payload cannot be read is set aside at once, since no attempt
   * could ever handle it, rather than failing every read of its conversation's waiting rows.
   */
  private Optional<Pending> pending(long id, JSONB payload, byte[] rawBody) {
    try {
      InboxPayload.Read read = payloads.read(payload, rawBody);
      return Optional.of(new Pending(id, read.message(), read.held(), read.requestId()));
    } catch (RuntimeException e) {
      db.update(Schema.Inbox.T)
          .set(Schema.Inbox.STATUS, "failed")
          .set(Schema.Inbox.LAST_ERROR, "unreadable payload: " + describe(e))
          .set(Schema.Inbox.PROCESSED_AT, clock.instant().atOffset(ZoneOffset.UTC))
          .where(Schema.Inbox.ID.eq(id))
          .and(Schema.Inbox.STATUS.eq(DSL.inline("received")))
          .execute();
      setAside.increment();
      LOG.error("inbox row {} set aside as failed: its payload cannot be read", id);
      return Optional.empty();
    }
  }

  /**
   * Records that a row's turn failed: one attempt more, the error's kind (never its text, which can
   * quote the payload), the next try after a doubling wait, and {@code failed} after the last.
   */
  public Failure failed(long id, RuntimeException error) {
    var now = clock.instant().atOffset(ZoneOffset.UTC);
    Field<OffsetDateTime> next =
        DSL.field(
            "{0} + least({1}, {2} * power(2, {3})) * interval '1 millisecond'",
            OffsetDateTime.class,
            DSL.val(now),
            DSL.val(LAST_RETRY.toMillis()),
            DSL.val(FIRST_RETRY.toMillis()),
            Schema.Inbox.ATTEMPTS);
    var row =
        db.update(Schema.Inbox.T)
            .set(Schema.Inbox.ATTEMPTS, Schema.Inbox.ATTEMPTS.plus(1))
            .set(Schema.Inbox.LAST_ERROR, describe(error))
            .set(Schema.Inbox.NEXT_ATTEMPT_AT, next)
            .set(
                Schema.Inbox.STATUS,
                DSL.when(Schema.Inbox.ATTEMPTS.plus(1).ge(maxAttempts), "failed")
                    .otherwise("received"))
            .set(Schema.Inbox.PROCESSED_AT, now)
            .where(Schema.Inbox.ID.eq(id))
            .and(Schema.Inbox.STATUS.eq(DSL.inline("received")))
            .returningResult(Schema.Inbox.ATTEMPTS, Schema.Inbox.STATUS)
            .fetchOne();
    if (row == null) {
      return new Failure(0, false);
    }
    Failure failure = new Failure(row.value1(), "failed".equals(row.value2()));
    if (failure.givenUp()) {
      setAside.increment();
    }
    return failure;
  }

  /** Messages this instance set aside as failed since it started, for the stop's last word. */
  public long setAside() {
    return setAside.sum();
  }

  /** An error's kind and, for a database error, its SQLSTATE: what an operator can act on. */
  static String describe(Throwable error) {
    String state = null;
    for (Throwable t = error; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        state = sql.getSQLState();
      }
    }
    return error.getClass().getSimpleName() + (state == null ? "" : " (SQLSTATE " + state + ")");
  }

  private static byte[] rawBody(InboundMessage m) {
    return m.rawPayload() == null ? null : m.rawPayload().getBytes(StandardCharsets.UTF_8);
  }
}
