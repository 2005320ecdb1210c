package io.bookline.outbox;

import static io.bookline.db.Prepared.value;

import io.bookline.channel.OutboundMessage;
import io.bookline.channel.Platform;
import io.bookline.db.Prepared;
import io.bookline.db.Schema;
import io.bookline.db.Tx;
import io.bookline.ops.RequestId;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * A turn's reply leased to this instance as the turn writes it, and handed to the sender once the
 * turn committed (ADR 0042): no claim, no wait for one. Only the first row of a conversation with
 * none pending, and only while the sender has a free slot; every other row waits for a claim, in
 * its conversation's order, as before.
 */
public final class Handover {
  /**
   * A turn's queued replies, as its flush answered: those leased to this instance at birth and
   * whether any waits for a claim. Acted on by {@link Handover#committed} once the turn committed;
   * an attempt that rolled back is dropped with its rows.
   */
  public static final class Queued {
    /** Nothing queued (a web turn answers inline). */
    public static final Queued NONE = new Queued(0);

    final long conversationId;
    final List<Outbox.Item> taken = new ArrayList<>();
    boolean waiting;

    Queued(long conversationId) {
      this.conversationId = conversationId;
    }

    /** The rows leased to this instance as they were written, in order. */
    public List<Outbox.Item> taken() {
      return List.copyOf(taken);
    }

    /** Whether a row went into the queue for a claim. */
    public boolean waiting() {
      return waiting;
    }
  }

  /** Where rows leased at birth go: the instance's sender. */
  interface Taker {
    /** Whether a row handed over now would be sent at once. */
    boolean hasRoom();

    /** Rows whose transaction committed, leased to this instance as they were written. */
    void take(List<Outbox.Item> items);
  }

  /** Past this many conversations waiting behind a held row, they are forgotten. */
  static final int MAX_BEHIND = 10_000;

  private final Outbox outbox;
  private final Clock clock;
  private final Duration lease;
  private final String owner;
  private final OutboxPayload payloads;

  /** Who sends the rows taken at birth: the instance's sender, once it runs. */
  private volatile Taker taker;

  /**
   * Conversations with a row queued for a claim behind one this instance holds: when that one is
   * done, the sender looks again.
   */
  private final Set<Long> behind = ConcurrentHashMap.newKeySet();

  Handover(Outbox outbox, Clock clock, Duration lease, String owner, OutboxPayload payloads) {
    this.outbox = outbox;
    this.clock = clock;
    this.lease = lease;
    this.owner = owner;
    this.payloads = payloads;
  }

  void takenBy(Taker sender) {
    this.taker = sender;
  }

  /**
   * Queues a turn's replies (and a button-press acknowledgement first, where there is one) with the
   * turn's other writes. The first row of a conversation that has none pending is leased to this
   * instance as it is written, when the sender has a free slot; {@link #committed} then hands it to
   * the sender. A row behind another of its conversation, or written while the sender is full or
   * not running, waits for a claim.
   */
  public Queued enqueue(
      Tx tx,
      long conversationId,
      Platform platform,
      Map<String, String> address,
      List<OutboundMessage> replies) {
    Queued queued = new Queued(conversationId);
    Taker sender = taker;
    if (sender == null || !sender.hasRoom()) {
      outbox.enqueue(tx.laterContext(), conversationId, platform, address, replies);
      queued.waiting = !replies.isEmpty() || address.containsKey("callbackQueryId");
      return queued;
    }
    if (address.containsKey("callbackQueryId")) {
      insert(tx, queued, platform, "ack", address, null);
    }
    for (OutboundMessage r : replies) {
      insert(tx, queued, platform, "reply", address, r);
    }
    return queued;
  }

  /**
   * A row leased to this instance at birth, unless its conversation has a row pending already (held
   * by a sender, backing off, or written earlier in this transaction): then it waits for a claim
   * like any other. The check reads {@code outbox_pending_conversation_idx}.
   */
  private void insert(
      Tx tx,
      Queued queued,
      Platform platform,
      String kind,
      Map<String, String> address,
      OutboundMessage message) {
    OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
    long conversationId = queued.conversationId;
    // The turn's request (its TurnLog names it): the send's lines carry it too (ADR 0060).
    String requestId = RequestId.current();
    tx.laterReturning(
        INSERT.with(
            conversationId,
            platform.id(),
            JSONB.valueOf(payloads.write(kind, address, message, requestId)),
            now,
            now.plus(lease),
            now,
            owner,
            conversationId),
        rows -> {
          for (Record r : rows) {
            if (Boolean.TRUE.equals(r.get(1, Boolean.class))) {
              queued.taken.add(
                  new Outbox.Item(
                      r.get(0, Long.class),
                      conversationId,
                      platform,
                      kind,
                      address,
                      message,
                      0,
                      now.toInstant(),
                      requestId));
            } else {
              queued.waiting = true;
            }
          }
        });
  }

  private static final Prepared INSERT =
      Prepared.of(
          DSL.resultQuery(
              """
              insert into outbox
                (conversation_id, platform, payload, next_attempt_at, window_from, lease_owner)
              select {0}, {1}, {2}, case when w.behind then {3} else {4} end, {5},
                     case when w.behind then null else {6} end
              from (select exists (select 1 from outbox
                                   where conversation_id = {7} and status = 'pending') as behind) w
              returning id, lease_owner is not null
              """,
              value("conversation", Schema.Outbox.CONVERSATION_ID),
              value("platform", Schema.Outbox.PLATFORM),
              value("payload", Schema.Outbox.PAYLOAD),
              value("now", Schema.Outbox.NEXT_ATTEMPT_AT),
              value("lease_end", Schema.Outbox.NEXT_ATTEMPT_AT),
              value("window_from", Schema.Outbox.WINDOW_FROM),
              value("owner", Schema.Outbox.LEASE_OWNER),
              value("conversation'", Schema.Outbox.CONVERSATION_ID)),
          "conversation",
          "platform",
          "payload",
          "now",
          "lease_end",
          "window_from",
          "owner",
          "conversation'");

  /**
   * After the turn's commit: its rows leased at birth go to the sender; a row left for a claim has
   * the sender look again once the row it waits behind is done, and wakes it now unless that row is
   * one of this turn's.
   */
  public void committed(Queued queued) {
    if (queued.waiting) {
      waitsBehind(queued.conversationId);
      if (queued.taken.isEmpty()) {
        // Behind none of this turn's rows: it may be due now (the sender was full, or the row
        // it waited behind is done already).
        outbox.wake();
      }
    }
    if (!queued.taken.isEmpty()) {
      Taker sender = taker;
      if (sender != null) {
        sender.take(List.copyOf(queued.taken));
      }
    }
  }

  /** A row of {@code conversationId} may wait behind one this instance holds. */
  void waitsBehind(long conversationId) {
    if (behind.size() >= MAX_BEHIND) {
      // Rows whose wait ended on another instance leave their conversation here; past this
      // many, forget them all (a waiting row is then taken by the next poll, within a second).
      behind.clear();
    }
    behind.add(conversationId);
  }

  /**
   * A held row of {@code conversationId} is done (sent, dead or back in the queue): when a row of
   * its conversation waits behind it, the sender looks again.
   */
  void done(long conversationId) {
    if (behind.remove(conversationId)) {
      outbox.wake();
    }
  }
}
