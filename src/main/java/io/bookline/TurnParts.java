package io.bookline;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.bookline.booking.BookingDialogue;
import io.bookline.booking.BookingEvents;
import io.bookline.booking.CatalogRepository;
import io.bookline.channel.ChannelAccountRepository;
import io.bookline.channel.Channels;
import io.bookline.channel.PlatformApi;
import io.bookline.channel.PlatformHttp;
import io.bookline.channel.messenger.MessengerChannel;
import io.bookline.channel.telegram.TelegramChannel;
import io.bookline.channel.web.VisitorTokens;
import io.bookline.channel.web.Vouching;
import io.bookline.channel.web.WebChannel;
import io.bookline.channel.whatsapp.WhatsAppChannel;
import io.bookline.config.Config;
import io.bookline.db.Database;
import io.bookline.db.Transactions;
import io.bookline.lifecycle.Closer;
import io.bookline.outbox.Outbox;
import io.bookline.outbox.OutboxSender;
import io.bookline.owner.BusinessKeys;
import io.bookline.processor.MessageProcessor;
import io.bookline.processor.OneTap;
import io.bookline.processor.TurnRepository;
import io.bookline.processor.TurnRetry;
import io.bookline.processor.TurnSettings;
import io.bookline.processor.Typing;
import io.bookline.processor.TypingIndicator;
import io.bookline.reminders.OptOut;
import io.bookline.reminders.ReminderTaps;
import io.bookline.retry.RetryTiming;
import io.bookline.session.PostgresSessions;
import io.bookline.session.RedisSessions;
import io.bookline.session.SessionCodec;
import io.bookline.session.TieredSessionStore;
import io.bookline.signal.RedisRelay;
import io.bookline.signal.Signals;
import io.bookline.understanding.AllOfThem;
import io.bookline.understanding.AnyTimeWillDo;
import io.bookline.understanding.AsksBack;
import io.bookline.understanding.BackToTheBot;
import io.bookline.understanding.ForSomeone;
import io.bookline.understanding.ForWhom;
import io.bookline.understanding.LanguageDetector;
import io.bookline.understanding.Lexicon;
import io.bookline.understanding.LlmTransport;
import io.bookline.understanding.LlmUnderstanding;
import io.bookline.understanding.NotABooking;
import io.bookline.understanding.RuleUnderstanding;
import io.bookline.understanding.SameAgainAfter;
import io.bookline.understanding.SomeoneElses;
import io.bookline.understanding.ThatOne;
import io.bookline.understanding.TheUsual;
import io.bookline.understanding.Understanding;
import io.bookline.understanding.WhoWouldDoIt;
import io.bookline.understanding.WithThem;
import io.bookline.usage.TokenUsage;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How {@link Components} builds the parts a chat turn passes through: the session store, the
 * signals that drop caches on every instance, understanding, the channel registry, the outbox
 * sender and the message processor. Each method builds one part from what was built before it;
 * {@code Components} calls each once, in the order they need each other. What holds a connection or
 * a thread is handed to the {@link Closer} here, as it is built, so the order of closing stays the
 * order of building.
 */
final class TurnParts {
  private static final Logger LOG = LoggerFactory.getLogger(TurnParts.class);

  private final Config config;
  private final Clock clock;
  private final ObjectMapper json;
  private final Closer closer;
  private final RetryTiming timing;
  private final Database database;
  private final PrometheusMeterRegistry metrics;
  private final CatalogRepository catalogs;
  private final ChannelAccountRepository channelAccounts;

  TurnParts(
      Config config,
      Clock clock,
      ObjectMapper json,
      Closer closer,
      RetryTiming timing,
      Database database,
      PrometheusMeterRegistry metrics,
      CatalogRepository catalogs,
      ChannelAccountRepository channelAccounts) {
    this.config = config;
    this.clock = clock;
    this.json = json;
    this.closer = closer;
    this.timing = timing;
    this.database = database;
    this.metrics = metrics;
    this.catalogs = catalogs;
    this.channelAccounts = channelAccounts;
  }

  TieredSessionStore sessionStore() {
    var codec = new SessionCodec(json);
    Optional<RedisSessions> redis =
        config.redisUrl().map(url -> closer.add(new RedisSessions(url)));
    return new TieredSessionStore(
        new PostgresSessions(database.dsl(), codec, clock),
        redis,
        codec,
        config.sessionCacheMax(),
        config.sessionTtl(),
        metrics);
  }

  /**
   * Cache drops every instance must see: a business's catalog changed (owner API), a session was
   * erased. Over Redis when it is configured, else within this instance.
   */
  Signals signals(TieredSessionStore sessions) {
    Signals s =
        new Signals(
            config.redisUrl().<Signals.Relay>map(RedisRelay::new).orElse(Signals.Relay.NONE));
    s.subscribe(Components.CATALOG_CHANGED, business -> catalogs.invalidate());
    s.subscribe(Components.SESSION_ERASED, sessions::evict);
    return s;
  }

  /** The LLM when one is configured (the rules answer when it cannot), else the rules alone. */
  Understanding understanding(TokenUsage tokens) {
    var rules = new RuleUnderstanding(Lexicon.all());
    // Phrase tables of their own around whichever reader runs: "back to the bot", "all of them",
    // "cancel that", whose booking ("Lily's") or who cannot come, a booking for "my mum Helen"
    // (ADR 0108); complaints, "speak to Anna", "I don't want to book" and farewells (ADR 0092).
    // "the usual" outermost: "wie immer" alone reads as a question to every other reader (ADR
    // 0109).
    return new SameAgainAfter(
        new TheUsual(
            new NotABooking(
                new ForWhom(
                    new ForSomeone(
                        new ThatOne(
                            new WithThem(
                                new SomeoneElses(
                                    new AllOfThem(
                                        new AnyTimeWillDo(
                                            new AsksBack(
                                                new WhoWouldDoIt(
                                                    new BackToTheBot(
                                                        config.llm().enabled()
                                                            ? new LlmUnderstanding(
                                                                config.llm(),
                                                                rules,
                                                                new LlmTransport(
                                                                    config.llm(), timing, metrics),
                                                                metrics,
                                                                tokens)
                                                            : rules)))))))))))));
  }

  OutboxSender outboxSender(Outbox outbox, Channels channels) {
    return new OutboxSender(
        outbox,
        channelAccounts,
        channels.senders(),
        config.channels().outboxMaxAttempts(),
        config.outbox().retryWindow(),
        config.outbox().longestWait(),
        timing,
        metrics);
  }

  /** The registry of every channel, the web chat included (ADR 0010). */
  Channels channels(PlatformHttp http, VisitorTokens visitors) {
    var settings = config.channels();
    boolean trustUserIds = config.ingress().webTrustsUserIds();
    if (trustUserIds) {
      LOG.warn(
          "WEB_TRUST_USER_ID is on: the web chat takes any userId, so any visitor can act as any"
              + " other; for load tests only, never on a server others can reach");
    }
    return Channels.of(
        new WebChannel(clock, visitors, vouching(), trustUserIds),
        new WhatsAppChannel(new PlatformApi(http, settings.whatsappApiBase())),
        new TelegramChannel(new PlatformApi(http, settings.telegramApiBase()), clock),
        new MessengerChannel(new PlatformApi(http, settings.messengerApiBase())));
  }

  /**
   * Who may name a web-chat user (ADR 0020): the operator key, or the business's own key. Compared
   * as {@code OwnerAuth} does: the operator key in constant time, business keys by their hash.
   */
  private Vouching vouching() {
    var keys = new BusinessKeys(database.dsl(), clock);
    byte[] operator = config.adminKey().getBytes(StandardCharsets.UTF_8);
    return (authorization, business) -> {
      if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
        return false;
      }
      String presented = authorization.substring(7).strip();
      if (MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8), operator)) {
        return true;
      }
      return keys.authenticate(presented).filter(o -> o.businessId() == business).isPresent();
    };
  }

  MessageProcessor messageProcessor(
      TieredSessionStore sessions,
      Understanding understanding,
      Outbox outbox,
      BookingEvents.Listeners bookingEvents,
      Channels channels) {
    BookingDialogue dialogue = new BookingDialogue();
    return new MessageProcessor(
        new Transactions(database.dsl()),
        new TurnRepository(database.dsl(), json, clock),
        catalogs,
        sessions,
        understanding,
        new LanguageDetector(Lexicon.all()),
        dialogue,
        outbox,
        new TurnRetry(metrics),
        new TurnSettings(
            config.sessionTtl(), config.llm().historyMessages(), config.channels().maxMessageAge()),
        clock,
        metrics,
        bookingEvents,
        typing(channels),
        OneTap.anyOf(
            new ReminderTaps(catalogs, database.dsl()),
            new OptOut(
                metrics,
                (business, now) ->
                    catalogs
                        .byId(business)
                        .map(c -> dialogue.greeting(c, now))
                        .orElse(List.of()))));
  }

  /**
   * The typing indicator while a model reads a platform message (issue 18); without a model,
   * readings take microseconds and there is nothing to show.
   */
  private Typing typing(Channels channels) {
    return config.llm().enabled()
        ? closer.add(
            new TypingIndicator(
                channels.senders(), channelAccounts, TypingIndicator.AFTER, metrics))
        : Typing.NONE;
  }
}
