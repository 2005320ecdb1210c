package io.bookline.processor;

import io.bookline.booking.BookingDialogue;
import io.bookline.booking.Catalog;
import io.bookline.booking.CatalogRepository;
import io.bookline.booking.Goal;
import io.bookline.booking.Reply;
import io.bookline.channel.InboundMessage;
import io.bookline.db.Transactions;
import io.bookline.outbox.Outbox;
import io.bookline.session.SessionKey;
import io.bookline.session.SessionStore;
import io.bookline.session.VersionConflict;
import io.bookline.understanding.Language;
import io.bookline.understanding.LanguageDetector;
import io.bookline.understanding.Understanding;
import io.bookline.wording.Messages;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place a turn happens: decides which kind of turn a message gets (its stored answer, fixed
 * words or a tap's act from {@link SideTurns}, or a turn through understanding and the dialogue,
 * {@link DialogueTurn}) and runs it. A turn that loses a version race is re-run on fresh state; its
 * replies are never returned.
 *
 * <p>Callers run turns of one conversation one at a time (see {@code ConversationLanes}); the
 * version check keeps that correct even when two instances disagree.
 */
public final class MessageProcessor {
  private static final Logger LOG = LoggerFactory.getLogger(MessageProcessor.class);

  /** How far ahead of our clock a platform's may run before its date is not believed. */
  static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  private final TurnRepository turns;
  private final CatalogRepository catalogs;
  private final SessionStore sessions;
  private final TurnRetry retry;
  private final TurnSettings settings;
  private final Clock clock;
  private final CustomerLanguage languages;
  private final OneTap taps;
  private final Counter conflicts;
  private final Timer turnTimer;
  private final SideTurns side;
  private final DialogueTurn dialogueTurn;

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
    this.turns = turns;
    this.catalogs = catalogs;
    this.sessions = sessions;
    this.retry = retry;
    this.settings = settings;
    this.clock = clock;
    this.taps = taps;
    this.languages = new CustomerLanguage(detector, turns);
    this.conflicts = Counter.builder("bookline.turn.version.conflicts").register(metrics);
    ReplyQueue replies = new ReplyQueue(outbox);
    this.side =
        new SideTurns(transactions, turns, sessions, settings, clock, metrics, events, replies);
    this.dialogueTurn =
        new DialogueTurn(
            transactions,
            turns,
            sessions,
            understanding,
            dialogue,
            settings,
            clock,
            metrics,
            events,
            typing,
            languages,
            replies);
    this.turnTimer = Timer.builder("bookline.turn").register(metrics);
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
                      return dialogueTurn.attempt(
                          message, inboxId, catalog, key, conflicted[0], stopHint);
                    } catch (VersionConflict e) {
                      conflicted[0] = true;
                      throw conflicted(key, e);
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
