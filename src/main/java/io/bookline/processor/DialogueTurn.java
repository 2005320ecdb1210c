package io.bookline.processor;

import io.bookline.booking.BookingDialogue;
import io.bookline.booking.Catalog;
import io.bookline.booking.DialogueState;
import io.bookline.booking.Outcome;
import io.bookline.booking.PgBookingPort;
import io.bookline.booking.TurnContext;
import io.bookline.channel.InboundMessage;
import io.bookline.db.Transactions;
import io.bookline.outbox.Handover;
import io.bookline.session.Session;
import io.bookline.session.SessionStore;
import io.bookline.session.VersionConflict;
import io.bookline.understanding.HistoryLine;
import io.bookline.understanding.Language;
import io.bookline.understanding.LanguageDetector;
import io.bookline.understanding.Reading;
import io.bookline.understanding.Trace;
import io.bookline.understanding.Understanding;
import io.bookline.understanding.UnderstandingContext;
import io.bookline.understanding.Understood;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.exception.DataAccessException;

/**
 * One attempt at a turn through understanding and the dialogue: load the session, read the message,
 * advance the dialogue, and commit messages, booking, session and inbox status in one transaction;
 * what the turn changed is published only after the commit. An attempt that loses a version race
 * throws {@link VersionConflict} and {@link MessageProcessor} runs it again.
 */
final class DialogueTurn {
  private static final String FOREIGN_KEY_VIOLATION = "23503";

  private final Transactions transactions;
  private final TurnRepository turns;
  private final SessionStore sessions;
  private final Understanding understanding;
  private final BookingDialogue dialogue;
  private final TurnSettings settings;
  private final Clock clock;
  private final MeterRegistry metrics;
  private final io.bookline.booking.BookingEvents events;
  private final Typing typing;
  private final CustomerLanguage languages;
  private final ReplyQueue replies;
  private final BotAgain botAgain;

  DialogueTurn(
      Transactions transactions,
      TurnRepository turns,
      SessionStore sessions,
      Understanding understanding,
      BookingDialogue dialogue,
      TurnSettings settings,
      Clock clock,
      MeterRegistry metrics,
      io.bookline.booking.BookingEvents events,
      Typing typing,
      CustomerLanguage languages,
      ReplyQueue replies) {
    this.transactions = transactions;
    this.turns = turns;
    this.sessions = sessions;
    this.understanding = understanding;
    this.dialogue = dialogue;
    this.settings = settings;
    this.clock = clock;
    this.metrics = metrics;
    this.events = events;
    this.typing = typing;
    this.languages = languages;
    this.replies = replies;
    this.botAgain = new BotAgain(turns);
  }

  /**
   * Runs the turn once.
   *
   * @param afterConflict true when an earlier attempt lost a version race
   * @param stopHint true when the replies end with how to stop reminders
   * @throws VersionConflict when another turn got there first
   */
  TurnResult attempt(
      InboundMessage message,
      long inboxId,
      Catalog catalog,
      String key,
      boolean afterConflict,
      boolean stopHint) {
    Instant now = clock.instant();
    // After losing a race, read the truth: a cache may still hold the version that lost.
    Session current =
        (afterConflict ? sessions.loadFresh(key) : sessions.load(key))
            .orElseGet(() -> Session.fresh(key));
    DialogueState state = current.state();
    if (current.isExpired(now)) {
      // Inactivity ends the goal; the conversation and its history stay.
      state = state.afterInactivity();
    }
    LanguageDetector.Detection detected = languages.of(current, catalog, message);
    Language language = detected.language();
    PageGreeting greeted = PageGreeting.of(message, current, dialogue, catalog, now, language);
    UnderstandingContext context =
        ReadingContext.of(catalog, state, now, greeted.after(current.history())).in(language);
    Understood understood =
        typing.during(message, () -> understanding.understand(message.text(), context));
    Reading reading = understood.reading();
    Trace trace = understood.trace();
    DialogueState from = state;
    try {
      Committed committed =
          transactions.result(
              tx -> {
                long conversationId = current.conversationId();
                long customerId = current.customerId();
                DialogueState start = from;
                if (!current.isNew()) {
                  TurnLog.conversation(conversationId);
                  // A cached session may name a conversation Postgres no longer has, or another
                  // sender's (a restored database, an erased customer): then it is re-read.
                  turns.claimConversation(tx, current, message);
                } else {
                  // The customer's language goes in with the customer: no write of its own.
                  TurnRepository.Identity id = turns.ensureConversation(tx, message, language);
                  conversationId = id.conversationId();
                  customerId = id.customerId();
                  TurnLog.conversation(conversationId);
                  start = DialogueState.start(id.customerName()).withBotReturned(id.botReturned());
                }
                BookingEvents changes =
                    new BookingEvents(
                        new FlushingBookingPort(new PgBookingPort(tx.dsl(), clock), tx));
                var port = new RecordingPort(changes);
                if (!current.isNew()) {
                  languages.remember(tx, customerId, current, language);
                }
                Outcome advanced =
                    dialogue.advance(
                        start.withLanguage(language),
                        reading,
                        new TurnContext(
                            catalog,
                            now,
                            customerId,
                            conversationId,
                            current.version(),
                            port,
                            language,
                            detected.explicitSwitch()));
                Outcome outcome =
                    botAgain.announced(tx, start, conversationId, advanced, catalog, language);
                if (stopHint) {
                  outcome =
                      TurnText.withStopLine(
                          outcome, TurnText.words(catalog, language), message.text());
                }
                Map<String, Object> metadata = new LinkedHashMap<>(trace.asMetadata());
                metadata.put("intent", reading.intent().name());
                metadata.put("language", language.code());
                turns.inbound(
                    tx, conversationId, message, trace.provider(), trace.model(), metadata);
                turns.outbound(tx, conversationId, outcome.replies(), outcome.bookingId());
                Handover.Queued queued =
                    replies.queueTaken(tx, conversationId, message, outcome.replies(), language);
                List<HistoryLine> said = new ArrayList<>(greeted.lines());
                said.add(new HistoryLine(HistoryLine.CUSTOMER, message.text()));
                outcome
                    .replies()
                    .forEach(r -> said.add(new HistoryLine(HistoryLine.BOT, r.text())));
                Session next =
                    current.next(
                        conversationId,
                        customerId,
                        outcome.state(),
                        now.plus(settings.sessionTtl()),
                        said,
                        settings.historyMessages());
                sessions.write(tx, next);
                turns.inboxDone(tx, inboxId, key, outcome.replies());
                return new Committed(next, outcome, changes, port.noted(), queued);
              });
      sessions.committed(committed.session());
      committed.changes().published(metrics);
      metrics.counter("bookline.readings", "understood", TurnText.understood(reading)).increment();
      for (RecordingPort.Noted n : committed.noted()) {
        events.changed(
            new io.bookline.booking.BookingEvents.Change(
                message.businessId(), n.bookingId(), n.kind(), "customer", now));
      }
      replies.committed(committed.queued());
      return new TurnResult(committed.outcome().replies(), committed.outcome().bookingId(), false);
    } catch (DataAccessException e) {
      if (!FOREIGN_KEY_VIOLATION.equals(e.sqlState())) {
        throw e;
      }
      // The turn's writes go in one batch, so a stale session's claim (which matched nothing)
      // fails with the batch when its message names a conversation Postgres no longer has.
      throw new VersionConflict(key, current.version());
    }
  }

  private record Committed(
      Session session,
      Outcome outcome,
      BookingEvents changes,
      List<RecordingPort.Noted> noted,
      Handover.Queued queued) {}
}
