package io.bookline;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.bookline.booking.BookingEvents;
import io.bookline.booking.CatalogRepository;
import io.bookline.channel.ChannelAccountRepository;
import io.bookline.channel.Channels;
import io.bookline.channel.PlatformHttp;
import io.bookline.channel.web.VisitorKeys;
import io.bookline.channel.web.VisitorTokens;
import io.bookline.config.Config;
import io.bookline.console.LiveChanges;
import io.bookline.db.Database;
import io.bookline.ingress.ConversationLanes;
import io.bookline.ingress.Dispatcher;
import io.bookline.ingress.FloodGuard;
import io.bookline.ingress.Inbox;
import io.bookline.ingress.RateCounter;
import io.bookline.ingress.Recovery;
import io.bookline.ingress.TurnGate;
import io.bookline.lifecycle.Closer;
import io.bookline.lifecycle.Deadline;
import io.bookline.lifecycle.EnvironmentAccounts;
import io.bookline.lifecycle.Scheduler;
import io.bookline.lifecycle.StopOverrun;
import io.bookline.ops.Backlog;
import io.bookline.ops.ManagementServer;
import io.bookline.ops.Metrics;
import io.bookline.ops.RequestMetrics;
import io.bookline.outbox.Outbox;
import io.bookline.outbox.OutboxSender;
import io.bookline.owner.OwnerBookingLog;
import io.bookline.processor.MessageProcessor;
import io.bookline.reminders.Reminders;
import io.bookline.retry.RetryTiming;
import io.bookline.retry.Sleeper;
import io.bookline.secret.SecretKeys;
import io.bookline.session.SessionCleaner;
import io.bookline.session.TieredSessionStore;
import io.bookline.signal.Signals;
import io.bookline.understanding.Understanding;
import io.bookline.usage.TokenUsage;
import io.javalin.Javalin;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Every part of one Bookline instance, each built exactly once with plain constructors, in the
 * order they need each other, sharing one {@link ObjectMapper} and one {@link Clock}. Whatever
 * holds a thread, a connection or a socket is handed to the {@link Closer} as it is built, so
 * {@link #close()} stops everything in reverse order (the HTTP server first, the database last).
 *
 * <p>Adding a part: a field; one line in the constructor after the parts it needs (inside {@code
 * closer.add(…)} if it must be stopped), or a method in {@link TurnParts} when building it takes
 * more than a line; its routes in {@link Routes#build()}; work it does before the first request, or
 * periodically, in {@link StartUp}.
 */
public final class Components implements AutoCloseable {
  /** Signal topics (see {@link TurnParts#signals}). */
  static final String CATALOG_CHANGED = "catalog-changed";

  static final String SESSION_ERASED = "session-erased";

  /** The longest the outbox sender waits for its sends in flight when stopping. */
  static final Duration OUTBOX_DRAIN = Duration.ofSeconds(5);

  private final Config config;
  private final Clock clock;
  private final ObjectMapper json = objectMapper();
  private final Closer closer = new Closer();
  private final RetryTiming timing;

  private final Database database;
  private final PrometheusMeterRegistry metrics;
  private final CatalogRepository catalogs;
  private final ChannelAccountRepository channelAccounts;
  private final TieredSessionStore sessions;
  private final Signals signals;
  private final BookingEvents.Listeners bookingEvents = new BookingEvents.Listeners();
  private final TokenUsage tokens;
  private final Understanding understanding;
  private final VisitorTokens visitors;
  private final Channels channels;
  private final Outbox outbox;
  private final MessageProcessor processor;
  private final Reminders reminders;
  private final Inbox inbox;
  private final FloodGuard flood;
  private final Dispatcher dispatcher;
  private final TurnGate turnGate;
  private final ExecutorService background;
  private final StartUp startUp;
  private final Javalin server;
  private final OutboxSender sender;
  private volatile ManagementServer management;

  /** The console's event streams: ended first on a stop, so they are no request to wait for. */
  private final LiveChanges live;

  /** Set when the stop begins: readiness is 503 from then on. */
  private volatile boolean stopping;

  /** What the stop gave up waiting for and what the run did not deliver; one line at its end. */
  private final StopOverrun overrun = new StopOverrun();

  /** The stop's budget; until a stop begins, the whole of SHUTDOWN_TIMEOUT. */
  private volatile Deadline stopDeadline;

  /**
   * Builds every part; nothing listens yet. On failure, what was built is closed again.
   *
   * @param sleeper how retries pause; tests pass a clock they move instead of waiting
   */
  Components(Config config, Clock clock, Sleeper sleeper) {
    this.config = config;
    this.clock = clock;
    this.timing = new RetryTiming(clock, sleeper, ThreadLocalRandom.current());
    this.stopDeadline = Deadline.in(config.ops().shutdownTimeout());
    this.database = closer.add(Database.start(config));
    try {
      this.metrics = Metrics.registry(database.counter());
      closer.add(metrics::close);
      closer.add(Metrics.bindGc(metrics));
      database.meterPools(metrics);
      new Backlog(database.dsl(), clock).bindTo(metrics);
      // 0 once a stop began, like /health/ready (ADR 0034).
      Metrics.ready(metrics, () -> !stopping && database.isAlive());
      this.catalogs = new CatalogRepository(database.dsl());
      this.channelAccounts =
          new ChannelAccountRepository(
              database.dsl(),
              json,
              SecretKeys.box(
                  config.secretKey(),
                  config.previousSecretKeys(),
                  config.dataDir(),
                  config.database().isPresent()));
      var parts =
          new TurnParts(
              config, clock, json, closer, timing, database, metrics, catalogs, channelAccounts);
      this.sessions = parts.sessionStore();
      this.signals = closer.add(parts.signals(sessions));
      // Closed after the turns drain and before the database: its last tally is written (ADR 0024).
      this.tokens = closer.add(new TokenUsage(database.dsl()));
      this.understanding = parts.understanding(tokens);
      this.visitors =
          VisitorKeys.tokens(
              config.secretKey(),
              config.database().isEmpty() ? Optional.of(config.dataDir()) : Optional.empty());
      this.channels = parts.channels(new PlatformHttp(json), visitors);
      List<String> platforms = channels.all().stream().map(c -> c.platform().id()).toList();
      Metrics.startAtZero(metrics, platforms);
      this.outbox = closer.add(new Outbox(database.dsl(), clock, json, config.outbox().lease()));
      this.sender = parts.outboxSender(outbox, channels);
      closer.add(() -> sender.stop(stopDeadline.remaining(OUTBOX_DRAIN)));
      this.processor =
          parts.messageProcessor(sessions, understanding, outbox, bookingEvents, channels);
      this.reminders =
          NotifyParts.reminders(
              config,
              clock,
              json,
              database,
              metrics,
              catalogs,
              channels,
              outbox,
              bookingEvents,
              platforms);
      bookingEvents.subscribe(new OwnerBookingLog());
      // Built before the inbox, which counts platform senders with it, so closed after it.
      RateCounter rateCounter =
          closer.add(
              config
                  .redisUrl()
                  .map(url -> RateCounter.shared(url, clock))
                  .orElseGet(() -> RateCounter.local(clock)));
      this.flood =
          new FloodGuard(
              rateCounter, config.channels().perSenderPerMinute(), config.ingress(), metrics);
      this.inbox =
          closer.add(
              new Inbox(
                  database.ingress(), json, clock, config.ingress().inboxMaxAttempts(), flood));
      this.dispatcher = new Dispatcher(inbox, new ConversationLanes(), processor, metrics);
      this.turnGate = new TurnGate(maxBackgroundTurns(), Database.INGRESS_POOL_SIZE);
      var recovery = new Recovery(inbox, dispatcher, clock, maxBackgroundTurns(), turnGate);
      var environmentAccounts =
          new EnvironmentAccounts(config.channels(), catalogs, channelAccounts);
      var sessionCleaner = new SessionCleaner(database.dsl(), clock);
      this.background = Executors.newVirtualThreadPerTaskExecutor();
      closer.add(() -> turnGate.drain(background, stopDeadline.remaining(), overrun));
      this.startUp =
          new StartUp(
              config,
              clock,
              database,
              channelAccounts,
              environmentAccounts,
              recovery,
              sessionCleaner,
              closer.add(new Scheduler()),
              reminders,
              tokens);
      var routes =
          new Routes(
                  config,
                  clock,
                  json,
                  closer,
                  database,
                  metrics,
                  catalogs,
                  channelAccounts,
                  sessions,
                  signals,
                  bookingEvents,
                  tokens,
                  understanding,
                  visitors,
                  channels,
                  outbox,
                  inbox,
                  flood,
                  dispatcher,
                  turnGate,
                  background,
                  () -> stopping)
              .build();
      this.live = routes.live();
      this.server =
          HttpApi.create(
              json,
              routes.parts(),
              new RequestMetrics(metrics),
              config.ops().shutdownTimeout().dividedBy(2));
    } catch (RuntimeException e) {
      closer.close();
      throw e;
    }
  }

  /**
   * The application's one mapper, made once per instance: {@code java.time} values as ISO-8601
   * text, and a body is one JSON value: {@code {"a":1} junk} is refused, not read as {@code
   * {"a":1}} (ADR 0019). A decimal keeps its scale in a tree as it does written directly, so an
   * answer built as a tree says a price 35.00 as GET does, not 35 (ADR 0114). Public so tests that
   * build a part by hand give it the same mapper.
   */
  public static ObjectMapper objectMapper() {
    return new ObjectMapper()
        .registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
  }

  /**
   * Where a listener (the owner console's live calendar) subscribes to booking changes made on this
   * instance, in the chat and over the owner API alike.
   */
  BookingEvents.Listeners bookingEvents() {
    return bookingEvents;
  }

  /** Reminders before bookings; tests run them on a clock they move. */
  Reminders reminders() {
    return reminders;
  }

  /**
   * Background turns at once: as many as the main pool can serve but one (kept for the outbox
   * sender and the owner API). A turn mostly waits for Postgres and Redis, so capping it at the
   * cores left a backlog draining at a fraction of the inline rate (ADR 0030); acknowledgements
   * have their own pool and do not queue behind these.
   */
  private int maxBackgroundTurns() {
    return Math.max(1, config.databasePoolSize() - 1);
  }

  /** What runs before the first request (see {@link StartUp}). */
  void startUp() {
    startUp.run();
  }

  /**
   * Starts the HTTP server on BIND_ADDRESS; from now on {@link #close()} stops it before anything
   * else.
   */
  void serve(int port) {
    server.start(config.bindAddress(), port);
    closer.add(() -> HttpStop.stop(server, overrun));
    config
        .ops()
        .managementPort()
        .ifPresent(
            p ->
                management =
                    closer.add(
                        ManagementServer.start(config.ops().managementBindAddress(), p, metrics)));
  }

  /** The management port bound, when {@code MANAGEMENT_PORT} is set. */
  Optional<Integer> managementPort() {
    return Optional.ofNullable(management).map(ManagementServer::port);
  }

  /** The port the server bound (useful with {@code PORT=0}). */
  int port() {
    return server.port();
  }

  Config config() {
    return config;
  }

  List<HttpApi.Route> routesServed() {
    return HttpApi.routes(server);
  }

  Database database() {
    return database;
  }

  PrometheusMeterRegistry metrics() {
    return metrics;
  }

  /**
   * Stops gracefully within {@code SHUTDOWN_TIMEOUT} (ADR 0034): readiness answers 503 at once; the
   * HTTP server stops accepting and lets requests in flight (inline turns) finish; background turns
   * finish; the outbox sender lets its sends finish and gives back the rows it holds; then Redis
   * and the pools close. What does not finish in time stays in the inbox and outbox for the next
   * start.
   */
  @Override
  public void close() {
    if (!stopping) {
      stopping = true;
      stopDeadline = Deadline.in(config.ops().shutdownTimeout());
    }
    live.close();
    closer.close();
    overrun.undelivered(outbox.deadLettered(), outbox.givenBack(), inbox.setAside());
    overrun.report(config.ops().shutdownTimeout());
  }
}
