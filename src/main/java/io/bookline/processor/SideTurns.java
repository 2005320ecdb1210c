package io.bookline.processor;

import io.bookline.booking.BookingEvents;
import io.bookline.booking.Reply;
import io.bookline.channel.InboundMessage;
import io.bookline.db.Transactions;
import io.bookline.session.Session;
import io.bookline.session.SessionStore;
import io.bookline.understanding.HistoryLine;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The turns beside the dialogue: a message answered with fixed words (media, stale, flooding) and a
 * tap on a button that acts by itself (a reminder's Keep, Cancel or Move). Each is one transaction
 * that records the message, queues the replies and marks the inbox row done, as a dialogue turn
 * does; {@link MessageProcessor} decides which kind a message gets.
 */
final class SideTurns {
  private static final Logger LOG = LoggerFactory.getLogger(SideTurns.class);

  private final Transactions transactions;
  private final TurnRepository turns;
  private final SessionStore sessions;
  private final TurnSettings settings;
  private final Clock clock;
  private final MeterRegistry metrics;
  private final BookingEvents events;
  private final ReplyQueue replies;

  SideTurns(
      Transactions transactions,
      TurnRepository turns,
      SessionStore sessions,
      TurnSettings settings,
      Clock clock,
      MeterRegistry metrics,
      BookingEvents events,
      ReplyQueue replies) {
    this.transactions = transactions;
    this.turns = turns;
    this.sessions = sessions;
    this.settings = settings;
    this.clock = clock;
    this.metrics = metrics;
    this.events = events;
    this.replies = replies;
  }

  /**
   * A tap on a button that acts (see {@link OneTap}): acted on, answered and marked done in one
   * transaction; a Move also starts the reschedule in the session, the booking already chosen.
   */
  TurnResult tap(InboundMessage message, long inboxId, String key, OneTap tap) {
    Instant now = clock.instant();
    record Done(OneTap.Tapped tapped, Session session) {}
    Done done =
        transactions.result(
            tx -> {
              TurnRepository.Identity id = turns.ensureConversation(tx, message);
              TurnLog.conversation(id.conversationId());
              OneTap.Tapped t =
                  tap.act(tx.dsl(), message.businessId(), id.customerId(), message, now);
              // The id tapped stays in the metadata; the line says what the button said.
              turns.inbound(
                  tx,
                  id.conversationId(),
                  t.said() == null ? message : message.withText(t.said()),
                  "tap",
                  null,
                  Map.of("tap", message.text()));
              turns.outbound(tx, id.conversationId(), t.replies());
              replies.queue(tx, id.conversationId(), message, t.replies());
              Session next = null;
              if (t.moving() != null) {
                Session current = sessions.loadFresh(key).orElseGet(() -> Session.fresh(key));
                List<HistoryLine> said = new ArrayList<>();
                t.replies().forEach(r -> said.add(new HistoryLine(HistoryLine.BOT, r.text())));
                next =
                    current.next(
                        id.conversationId(),
                        id.customerId(),
                        current.state().moving(t.moving(), t.movingService()),
                        now.plus(settings.sessionTtl()),
                        said,
                        settings.historyMessages());
                sessions.write(tx, next);
              }
              turns.inboxDone(tx, inboxId, key, t.replies());
              return new Done(t, next);
            });
    if (done.session() != null) {
      sessions.committed(done.session());
    }
    for (var change : done.tapped().changes()) {
      LOG.info("booking {} {} by a tap", change.bookingId(), change.kind());
      metrics
          .counter("bookline.bookings", "action", change.kind().name().toLowerCase(Locale.ROOT))
          .increment();
      events.changed(change);
    }
    replies.committed(message);
    return new TurnResult(done.tapped().replies(), null, false);
  }

  /**
   * A turn that does not involve understanding or the dialogue (media, a stale message, a flood):
   * the message is stored, the fixed replies queued, the inbox row marked done; the session is left
   * as it was.
   */
  TurnResult fixed(
      InboundMessage message,
      long inboxId,
      String key,
      List<Reply> replies,
      Map<String, Object> why) {
    try {
      transactions.run(
          tx -> {
            // The sender's conversation as Postgres has it: a cached session may be stale.
            long conversationId = turns.ensureConversation(tx, message).conversationId();
            TurnLog.conversation(conversationId);
            turns.inbound(tx, conversationId, message, "none", null, new LinkedHashMap<>(why));
            turns.outbound(tx, conversationId, replies);
            this.replies.queue(tx, conversationId, message, replies);
            turns.inboxDone(tx, inboxId, key, replies);
          });
    } catch (AlreadyHandled e) {
      TurnRepository.StoredResult stored = turns.storedResult(inboxId);
      return new TurnResult(stored == null ? List.of() : stored.replies(), null, true);
    }
    this.replies.committed(message);
    return new TurnResult(replies, null, false);
  }
}
