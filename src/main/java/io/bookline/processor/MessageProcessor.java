package io.bookline.processor;

import io.bookline.booking.BookingDialogue;
import io.bookline.booking.Catalog;
import io.bookline.booking.CatalogRepository;
import io.bookline.booking.DialogueState;
import io.bookline.booking.Goal;
import io.bookline.booking.Outcome;
import io.bookline.booking.PgBookingPort;
import io.bookline.booking.Reply;
import io.bookline.booking.TurnContext;
import io.bookline.channel.InboundMessage;
import io.bookline.db.Transactions;
import io.bookline.db.Tx;
import io.bookline.outbox.Handover;
import io.bookline.outbox.Outbox;
import io.bookline.session.Session;
import io.bookline.session.SessionKey;
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
import io.bookline.wording.Messages;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jooq.exception.DataAccessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place a turn happens: load the session, read the message, advance the dialogue, and
 * commit messages, booking, session and inbox status in one transaction. A turn that loses a
 * version race is re-run on fresh state; its replies are never returned.
 *
 * <p>Callers run turns of one conversation one at a time (see {@code ConversationLanes}); the
 * version check keeps that correct even when two instances disagree.
 */
public final class MessageProcessor {
  private static final Logger LOG = LoggerFactory.getLogger(MessageProcessor.class);

  /** How far ahead of our clock a platform's may run before its date is not believed. */
  static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  private static final String FOREIGN_KEY_VIOLATION = "23503";

  private final Transactions transactions;
  private final TurnRepository turns;
  private final CatalogRepository catalogs;
  private final SessionStore sessions;
  private final Understanding understanding;
  private final BookingDialogue dialogue;
  private final TurnRetry retry;
  private final TurnSettings settings;
  private final Clock clock;
  private final io.bookline.booking.BookingEvents events;
  private final CustomerLanguage languages;
  private final OneTap taps;
  private final Counter conflicts;
  private final Timer turnTimer;
  private final MeterRegistry metrics;
  private final Typing typing;
  private final ReplyQueue replies;
  private final SideTurns side;

  public MessageProcessor(
      Transactions transactions,
      TurnRepository turns,
      CatalogRepository catalogs,
      SessionStore sessions,
      Understanding understanding,
      LanguageDetector detector,
      BookingDialogue dialogue,
      Outbox outbox,
      TurnRetry retry,
      TurnSettings settings,
      Clock clock,
      MeterRegistry metrics,
      io.bookline.booking.BookingEvents events,
      Typing typing,
      OneTap taps) {
    this.typing = typing;
    this.transactions = transactions;
    this.turns = turns;
    this.catalogs = catalogs;
    this.sessions = sessions;
    this.understanding = understanding;
    this.dialogue = dialogue;
    this.retry = retry;
    this.settings = settings;
    this.clock = clock;
    this.events = events;
    this.taps = taps;
    this.languages = new CustomerLanguage(detector, turns);
    this.conflicts = Counter.builder("bookline.turn.version.conflicts").register(metrics);
    this.replies = new ReplyQueue(outbox);
    this.side =
        new SideTurns(transactions, turns, sessions, settings, clock, metrics, events, replies);
    this.turnTimer = Timer.builder("bookline.turn").register(metrics);
    this.metrics = metrics;
  }

  /**
   * Handles one recorded inbound message.
   *
   * @param inboxId the message's inbox row
   * @param maybeHandled true when the message may have been handled already (a redelivery or a
   *     recovery): its stored answer is returned instead of a second turn
   */
  public TurnResult handle(InboundMessage message, long inboxId, boolean maybeHandled) {
    if (maybeHandled) {
      TurnRepository.StoredResult stored = turns.storedResult(inboxId);
      if (stored != null) {
        return new TurnResult(stored.replies(), null, true);
      }
    }
    Catalog catalog =
        catalogs
            .byId(message.businessId())
            .orElseThrow(
                () -> new IllegalStateException("business " + message.businessId() + " vanished"));
    String key = SessionKey.of(message.businessId(), message.platform().id(), message.senderId());
    if (message.sentAt().isBefore(clock.instant().minus(settings.maxMessageAge()))) {
      // Answering "tomorrow at 10" a day late would book the wrong day: record it, stay quiet.
      return fixedTurn(message, inboxId, key, List.of(), Map.of("stale", true));
    }
    if (message.sentAt().isAfter(clock.instant().plus(CLOCK_SKEW))) {
      // A date past any clock's error is no date at all: "tomorrow" would be read against it.
      return fixedTurn(message, inboxId, key, List.of(), Map.of("future", true));
    }
    if (message.kind() == InboundMessage.Kind.MEDIA) {
      // A photo or voice note: we cannot read it, and we say so.
      Language language = languages.stored(catalog, message);
      Reply mediaOnly = Reply.of(TurnText.words(catalog, language).text("chat.media_only"));
      return fixedTurn(message, inboxId, key, List.of(mediaOnly), Map.of("media", true));
    }
    if (message.isEdit() && turns.editsAnEarlierMessage(message)) {
      // Not a correction of the question open now: replayed as a turn, an edit of the message
      // that booked would book again. Said so, and nothing changes.
      Language language = languages.stored(catalog, message);
      Reply edited = Reply.of(TurnText.words(catalog, language).text("chat.edited_earlier"));
      return fixedTurn(message, inboxId, key, List.of(edited), Map.of("edit", "earlier"));
    }
    // Decided once, before the turn's transaction: a typed button word looks up the reminder it
    // may answer, and the act answers that reminder. A typed word (and a bare "stop") mid-booking
    // is the booking's; a "stop" hears how to stop reminders. A tapped button always acts.
    Optional<OneTap> taker = taps.taker(message);
    boolean yields = taker.isPresent() && taker.get().yieldsToGoal(message) && goalUnderWay(key);
    boolean stopHint = yields && taker.get().hintsWhenYielding(message);
    if (taker.isPresent() && !yields) {
      OneTap tap = taker.get();
      try {
        return retry.run(
            () -> {
              try {
                return side.tap(message, inboxId, key, tap);
              } catch (VersionConflict e) {
                throw conflicted(key, e);
              }
            });
      } catch (AlreadyHandled e) {
        TurnRepository.StoredResult stored = turns.storedResult(inboxId);
        return new TurnResult(stored == null ? List.of() : stored.replies(), null, true);
      }
    }
    boolean[] conflicted = {false};
    try {
      return turnTimer.record(
          () ->
              retry.run(
                  () -> {
                    try {
                      return attempt(message, inboxId, catalog, key, conflicted[0], stopHint);
                    } catch (VersionConflict e) {
                      conflicted[0] = true;
                      throw e;
                    }
                  }));
    } catch (AlreadyHandled e) {
      TurnRepository.StoredResult stored = turns.storedResult(inboxId);
      return new TurnResult(stored == null ? List.of() : stored.replies(), null, true);
    }
  }

  /** Whether the sender is in the middle of a booking, a move or a cancellation. */
  private boolean goalUnderWay(String key) {
    Instant now = clock.instant();
    return sessions
        .load(key)
        .filter(s -> !s.isExpired(now) && !s.state().handoff())
        .map(s -> s.state().goal() != Goal.NONE)
        .orElse(false);
  }

  private TurnResult attempt(
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
    UnderstandingContext context =
        ReadingContext.of(catalog, state, now, current.history()).in(language);
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
                    new BookingEvents(new FlushingBookingPort(new PgBookingPort(tx.dsl()), tx));
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
                Outcome outcome = botAgain(tx, start, conversationId, advanced, catalog, language);
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
                List<HistoryLine> said = new ArrayList<>();
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
    } catch (VersionConflict e) {
      throw conflicted(key, e);
    } catch (DataAccessException e) {
      if (!FOREIGN_KEY_VIOLATION.equals(e.sqlState())) {
        throw e;
      }
      // The turn's writes go in one batch, so a stale session's claim (which matched nothing)
      // fails with the batch when its message names a conversation Postgres no longer has.
      throw conflicted(key, new VersionConflict(key, current.version()));
    }
  }

  private VersionConflict conflicted(String key, VersionConflict e) {
    LOG.debug("version conflict on {}; re-running the turn", key);
    conflicts.increment();
    sessions.evict(key);
    return e;
  }

  /**
   * Opens the log context of a message's turn (see {@link TurnLog}): the business by its slug, the
   * platform, the inbox row and the request that recorded it; the turn adds its conversation when
   * it knows it.
   */
  public TurnLog logContext(InboundMessage message, long inboxId, String requestId) {
    String business =
        catalogs
            .byId(message.businessId())
            .map(c -> c.business().slug())
            .orElse(Long.toString(message.businessId()));
    return TurnLog.open(business, message.platform().id(), inboxId, requestId);
  }

  /** What a customer sending too fast gets, once per window, in the business's language. */
  public Reply floodReply(long businessId) {
    Locale locale =
        catalogs.byId(businessId).map(c -> c.business().locale()).orElse(Locale.ENGLISH);
    return Reply.of(Messages.forLocale(locale).text("chat.flood"));
  }

  /**
   * After a person handed the conversation back, the bot's first reply begins by saying the
   * customer is talking to an automated assistant again. The session says so (the owner's release
   * set it and bumped the version); a turn without a session took it from the conversation's row.
   */
  private Outcome botAgain(
      Tx tx,
      DialogueState start,
      long conversationId,
      Outcome o,
      Catalog catalog,
      Language language) {
    if (!start.botReturned()) {
      return o;
    }
    if (o.replies().isEmpty()) {
      return new Outcome(o.state().withBotReturned(true), o.replies(), o.bookingId());
    }
    turns.botAnnounced(tx, conversationId);
    List<Reply> replies = new ArrayList<>();
    replies.add(Reply.of(TurnText.words(catalog, language).text("handoff.bot_again")));
    replies.addAll(o.replies());
    return new Outcome(o.state().withBotReturned(false), replies, o.bookingId());
  }

  private record Committed(
      Session session,
      Outcome outcome,
      BookingEvents changes,
      List<RecordingPort.Noted> noted,
      Handover.Queued queued) {}

  /**
   * A turn that does not involve understanding or the dialogue (media, a stale message, a flood):
   * the message is stored, the fixed replies queued, the inbox row marked done; the session is left
   * as it was.
   */
  public TurnResult fixedTurn(
      InboundMessage message,
      long inboxId,
      String key,
      List<Reply> replies,
      Map<String, Object> why) {
    return side.fixed(message, inboxId, key, replies, why);
  }
}
