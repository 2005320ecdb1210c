package io.bookline.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.bookline.channel.OutboundMessage;
import io.bookline.channel.Platform;
import io.bookline.db.Schema;
import io.bookline.ops.RequestId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.impl.DSL;

/**
 * The durable outbound queue. Rows are written in the turn's transaction, so a reply exists exactly
 * when its turn committed; the sender claims due rows with a lease, one conversation's rows in
 * order, and marks each sent or dead.
 *
 * <p>A lease (ADR 0028) is short: the row's {@code next_attempt_at} moved a lease ahead and {@code
 * lease_owner} set to this instance's id. The sender renews the leases of the rows it is still
 * working on ({@link #renew}), so a slow send keeps its row while a crashed sender's rows are due
 * again one lease after its last renewal.
 *
 * <p>A turn's reply is leased to this instance as it is written, when it is the first of its
 * conversation in the queue and the sender has a free slot, and handed to the sender once the turn
 * committed ({@link Handover}, ADR 0042): no claim, no wait for one. Any other row waits for a
 * claim, as before.
 */
public final class Outbox implements AutoCloseable {
  /** A claimed row is left alone by other senders this long unless its sender renews it. */
  public static final Duration DEFAULT_LEASE = Duration.ofSeconds(30);

  private final DSLContext db;
  private final Clock clock;
  private final Duration lease;
  private final String owner = UUID.randomUUID().toString();
  private final Semaphore work = new Semaphore(0);
  private final SentMarks sentMarks;
  private final OutboxPayload payloads;
  private final DeadLetters deadLetters;
  private final Handover handover;
  private final Claims claims;
  private final LongAdder deadLettered = new LongAdder();
  private final LongAdder givenBack = new LongAdder();
  private volatile Consumer<Platform> onDead = platform -> {};

  public Outbox(DSLContext db, Clock clock, ObjectMapper json) {
    this(db, clock, json, DEFAULT_LEASE);
  }

  /**
   * @param lease how long a claim holds a row without being renewed
   */
  public Outbox(DSLContext db, Clock clock, ObjectMapper json, Duration lease) {
    this.sentMarks = new SentMarks(db, clock);
    this.payloads = new OutboxPayload(json);
    this.deadLetters = new DeadLetters(db, clock, json);
    this.db = db;
    this.clock = clock;
    this.lease = lease;
    this.handover = new Handover(this, clock, lease, owner, payloads);
    this.claims = new Claims(db, clock, lease, owner, payloads, this::counted);
  }

  /** This instance's mark on the rows it holds ({@code lease_owner}). */
  String owner() {
    return owner;
  }

  /** What an owner does with the replies that could not be sent. */
  public DeadLetters deadLetters() {
    return deadLetters;
  }

  /** How long a claim holds a row without being renewed. */
  public Duration lease() {
    return lease;
  }

  /** Where a turn's replies are leased as they are written and handed to the sender (ADR 0042). */
  public Handover handover() {
    return handover;
  }

  /** Tells the sender that rows were committed, so it need not wait for its next poll. */
  public void wake() {
    work.release();
  }

  /** Waits until {@link #wake()} or the timeout, whichever is first. */
  boolean awaitWork(Duration timeout) throws InterruptedException {
    boolean woken = work.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS);
    work.drainPermits();
    return woken;
  }

  /**
   * A row to send; {@code requestId} names the request or job run that queued it (null when none),
   * and its send's log lines carry it (ADR 0060).
   */
  public record Item(
      long id,
      long conversationId,
      Platform platform,
      String kind,
      Map<String, String> address,
      OutboundMessage message,
      int attempts,
      Instant windowFrom,
      String requestId) {}

  /**
   * Queues replies (and a button-press acknowledgement first, where there is one) in the turn's
   * transaction.
   */
  public void enqueue(
      DSLContext tx,
      long conversationId,
      Platform platform,
      Map<String, String> address,
      List<OutboundMessage> replies) {
    String requestId = RequestId.current();
    if (address.containsKey("callbackQueryId")) {
      insert(tx, conversationId, platform, payloads.write("ack", address, null, requestId));
    }
    for (OutboundMessage r : replies) {
      insert(tx, conversationId, platform, payloads.write("reply", address, r, requestId));
    }
    // It may wait behind a row this instance holds: look again when that one is done.
    handover.waitsBehind(conversationId);
  }

  private void insert(DSLContext tx, long conversationId, Platform platform, String payload) {
    tx.insertInto(Schema.Outbox.T)
        .set(Schema.Outbox.CONVERSATION_ID, conversationId)
        .set(Schema.Outbox.PLATFORM, platform.id())
        .set(Schema.Outbox.PAYLOAD, JSONB.valueOf(payload))
        .set(Schema.Outbox.NEXT_ATTEMPT_AT, clock.instant().atOffset(ZoneOffset.UTC))
        .set(Schema.Outbox.WINDOW_FROM, clock.instant().atOffset(ZoneOffset.UTC))
        .execute();
  }

  /**
   * Claims up to {@code limit} due rows, at most the oldest pending one per conversation (so
   * replies go out in order even with several senders), leasing them to this instance for {@link
   * #lease()}; how the statement stays fast is {@link Claims}'s to say (ADR 0039, 0040).
   */
  public List<Item> claim(int limit) {
    return claims.claim(limit);
  }

  /**
   * Extends the leases of those of {@code ids} this instance still holds, by a lease from now.
   *
   * @return the ids still held: a row missing was taken over (its lease ran out first) or settled
   */
  public Set<Long> renew(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        db.update(Schema.Outbox.T)
            .set(
                Schema.Outbox.NEXT_ATTEMPT_AT, clock.instant().plus(lease).atOffset(ZoneOffset.UTC))
            .where(
                Schema.Outbox.ID.in(
                    lockedInOrder(
                        Schema.Outbox.ID
                            .in(ids)
                            .and(Schema.Outbox.LEASE_OWNER.eq(owner))
                            .and(Schema.Outbox.STATUS.eq(DSL.inline("pending"))))))
            .returningResult(Schema.Outbox.ID)
            .fetch(r -> r.value1()));
  }

  /**
   * The ids of the rows {@code which} picks, each locked in id order. Every statement that changes
   * several held rows at once (a renewal, a group of "sent" marks) takes its locks through this, so
   * two of them wait for each other in one order and never deadlock; whatever plan Postgres picks,
   * a row is changed only after this subquery has locked it and every smaller id before it.
   */
  static Select<Record1<Long>> lockedInOrder(Condition which) {
    return DSL.select(Schema.Outbox.ID)
        .from(Schema.Outbox.T)
        .where(which)
        .orderBy(Schema.Outbox.ID)
        .forUpdate();
  }

  /**
   * Gives back rows this instance holds but will not send (it is stopping): due at once for any
   * sender, the attempts made counted.
   */
  public void release(long id, int attempts) {
    int changed =
        db.update(Schema.Outbox.T)
            .set(Schema.Outbox.ATTEMPTS, Schema.Outbox.ATTEMPTS.plus(attempts))
            .set(Schema.Outbox.NEXT_ATTEMPT_AT, clock.instant().atOffset(ZoneOffset.UTC))
            .setNull(Schema.Outbox.LEASE_OWNER)
            .where(Schema.Outbox.ID.eq(id))
            .and(Schema.Outbox.LEASE_OWNER.eq(owner))
            .and(Schema.Outbox.STATUS.eq(DSL.inline("pending")))
            .execute();
    givenBack.add(changed);
  }

  /**
   * Marked right after the platform took it: whoever sent it, it is sent. Returns once the mark is
   * committed, grouped with the marks of other sends finishing at the same moment.
   */
  public void sent(long id, int attempts) {
    sentMarks.mark(id, attempts);
  }

  /** Stops the writer of "sent" marks; marks still waiting fail (their rows are sent again). */
  @Override
  public void close() {
    sentMarks.close();
  }

  /** Dead-letters a pending row (one another sender meanwhile sent stays sent), and counts it. */
  public void dead(long id, Platform platform, int attempts, String error) {
    int changed =
        db.update(Schema.Outbox.T)
            .set(Schema.Outbox.STATUS, "dead")
            .set(Schema.Outbox.ATTEMPTS, Schema.Outbox.ATTEMPTS.plus(attempts))
            .set(Schema.Outbox.LAST_ERROR, error)
            .setNull(Schema.Outbox.LEASE_OWNER)
            .where(Schema.Outbox.ID.eq(id))
            .and(Schema.Outbox.STATUS.eq(DSL.inline("pending")))
            .execute();
    if (changed == 1) {
      counted(platform);
    }
  }

  /**
   * Every reply this instance dead-lettered is counted here, whatever the cause (a permanent error,
   * a spent retry window, no account to send with, a payload that cannot be read): the metric by
   * platform and the stop's last word ({@link #deadLettered}).
   */
  private void counted(Platform platform) {
    deadLettered.increment();
    onDead.accept(platform);
  }

  /** Told of each reply dead-lettered here; the sender counts them by platform. */
  void onDead(Consumer<Platform> listener) {
    this.onDead = listener;
  }

  /** Replies this instance dead-lettered since it started. */
  public long deadLettered() {
    return deadLettered.sum();
  }

  /** Replies this instance gave back to the queue unsent because it was stopping. */
  public long givenBack() {
    return givenBack.sum();
  }

  /** Puts a row back in the queue for a later claim (the platform asked us to wait long). */
  public void later(long id, int attempts, String error, Duration wait) {
    db.update(Schema.Outbox.T)
        .set(Schema.Outbox.ATTEMPTS, Schema.Outbox.ATTEMPTS.plus(attempts))
        .set(Schema.Outbox.LAST_ERROR, error)
        .set(Schema.Outbox.NEXT_ATTEMPT_AT, clock.instant().plus(wait).atOffset(ZoneOffset.UTC))
        .setNull(Schema.Outbox.LEASE_OWNER)
        .where(Schema.Outbox.ID.eq(id))
        .and(Schema.Outbox.STATUS.eq(DSL.inline("pending")))
        .execute();
  }
}
