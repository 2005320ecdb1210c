package io.bookline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.bookline.admin.AdminAuth;
import io.bookline.admin.ChannelRoutes;
import io.bookline.admin.ConversationRoutes;
import io.bookline.admin.NluRoutes;
import io.bookline.booking.BookingDialogue;
import io.bookline.booking.CatalogRepository;
import io.bookline.booking.DemoSeeder;
import io.bookline.channel.ChannelAccountRepository;
import io.bookline.channel.Channels;
import io.bookline.channel.Platform;
import io.bookline.channel.PlatformApi;
import io.bookline.channel.PlatformHttp;
import io.bookline.channel.messenger.MessengerChannel;
import io.bookline.channel.telegram.TelegramChannel;
import io.bookline.channel.web.WebChannel;
import io.bookline.channel.whatsapp.WhatsAppChannel;
import io.bookline.config.Config;
import io.bookline.config.ConfigException;
import io.bookline.config.ConfigLoader;
import io.bookline.db.Database;
import io.bookline.db.QueryCounter;
import io.bookline.ingress.AccountDirectory;
import io.bookline.ingress.ConversationLanes;
import io.bookline.ingress.Dispatcher;
import io.bookline.ingress.FloodGuard;
import io.bookline.ingress.Inbox;
import io.bookline.ingress.Intake;
import io.bookline.ingress.Recovery;
import io.bookline.ingress.WebhookRoutes;
import io.bookline.ops.HealthRoutes;
import io.bookline.ops.MetricsRoutes;
import io.bookline.outbox.Outbox;
import io.bookline.outbox.OutboxSender;
import io.bookline.processor.MessageProcessor;
import io.bookline.retry.RetryTiming;
import io.bookline.retry.Sleeper;
import io.bookline.session.SessionCleaner;
import io.bookline.session.TieredSessionStore;
import io.bookline.understanding.Lexicon;
import io.bookline.understanding.LlmTransport;
import io.bookline.understanding.LlmUnderstanding;
import io.bookline.understanding.RuleUnderstanding;
import io.bookline.understanding.Understanding;
import io.javalin.Javalin;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: builds every part by hand from {@link Config}, starts the HTTP server, and
 * closes everything in reverse order. Tests start the same graph with test configuration.
 */
public final class App implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(App.class);

  private final Config config;
  private final Database database;
  private final Javalin http;
  private final PrometheusMeterRegistry metrics;
  private final List<AutoCloseable> closeables;

  /** Unfinished inbox rows older than this are handled by the periodic sweep. */
  static final Duration SWEEP_AFTER = Duration.ofMinutes(1);

  /** How often expired session rows are deleted. */
  static final Duration CLEANUP_EVERY = Duration.ofMinutes(10);

  private App(
      Config config,
      Database database,
      Javalin http,
      PrometheusMeterRegistry metrics,
      List<AutoCloseable> closeables) {
    this.config = config;
    this.database = database;
    this.http = http;
    this.metrics = metrics;
    this.closeables = closeables;
  }

  public static void main(String[] args) {
    long started = System.nanoTime();
    Config config;
    try {
      config = ConfigLoader.fromEnvironment();
    } catch (ConfigException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    App app;
    try {
      app = start(config, Clock.systemUTC());
    } catch (RuntimeException e) {
      LOG.error("Bookline could not start: {}", e.getMessage(), e);
      System.exit(1);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(app::close, "bookline-shutdown"));
    LOG.info(
        "Bookline is up in {} ms: chat at http://localhost:{}/chat/demo",
        (System.nanoTime() - started) / 1_000_000,
        app.port());
  }

  /** Builds and starts everything on a clock that moves by itself (retries really sleep). */
  public static App start(Config config, Clock clock) {
    return start(config, clock, Sleeper.onThread());
  }

  /**
   * Builds and starts everything. Retries measure time on {@code clock} and pause with {@code
   * sleeper}. On failure, whatever was started is stopped again.
   */
  public static App start(Config config, Clock clock, Sleeper sleeper) {
    LOG.info("starting with {}", config);
    if (config.adminKeyGenerated()) {
      LOG.warn(
          "BOOKLINE_ADMIN_KEY is not set; the admin API uses this key until restart: {}",
          config.adminKey());
    }
    ObjectMapper json =
        new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    Database database = Database.start(config);
    List<AutoCloseable> closeables = new ArrayList<>();
    try {
      if (config.demo()) {
        DemoSeeder.seedIfEmpty(database.dsl());
      }
      PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
      closeables.add(metrics::close);
      var counter = database.counter();
      FunctionCounter.builder("bookline.db.statements", counter, QueryCounter::reads)
          .tag("kind", "read")
          .register(metrics);
      FunctionCounter.builder("bookline.db.statements", counter, QueryCounter::writes)
          .tag("kind", "write")
          .register(metrics);
      FunctionCounter.builder("bookline.db.transactions", counter, QueryCounter::transactions)
          .register(metrics);
      new JvmMemoryMetrics().bindTo(metrics);
      new JvmThreadMetrics().bindTo(metrics);

      CatalogRepository catalogs = new CatalogRepository(database.dsl());
      var sessions =
          new TieredSessionStore(
              database.dsl(),
              config.redisUrl(),
              config.sessionCacheMax(),
              config.sessionTtl(),
              metrics);
      closeables.add(sessions);
      FunctionCounter.builder(
              "bookline.session.redis.roundtrips", sessions, TieredSessionStore::redisRoundTrips)
          .register(metrics);
      var timing = new RetryTiming(clock, sleeper, ThreadLocalRandom.current());
      var rules = new RuleUnderstanding(Lexicon.english());
      Understanding understanding =
          config.llm().enabled()
              ? new LlmUnderstanding(
                  config.llm(),
                  rules,
                  new LlmTransport(config.llm(), timing, metrics),
                  metrics,
                  json)
              : rules;
      var outbox = new Outbox(database.dsl(), clock);
      var channelAccounts = new ChannelAccountRepository(database.dsl());
      attachEnvironmentAccounts(config, database, channelAccounts);
      var http = new PlatformHttp();
      var channels = config.channels();
      var registry =
          Channels.of(
              new WebChannel(clock),
              new WhatsAppChannel(new PlatformApi(http, channels.whatsappApiBase())),
              new TelegramChannel(new PlatformApi(http, channels.telegramApiBase()), clock),
              new MessengerChannel(new PlatformApi(http, channels.messengerApiBase())));
      var outboxSender =
          new OutboxSender(
              outbox,
              channelAccounts,
              registry.senders(),
              channels.outboxMaxAttempts(),
              timing,
              metrics);
      closeables.add(outboxSender);
      var processor =
          new MessageProcessor(
              database.dsl(),
              catalogs,
              sessions,
              understanding,
              new BookingDialogue(),
              json,
              clock,
              config.sessionTtl(),
              config.llm().historyMessages(),
              outbox,
              channels.maxMessageAge(),
              metrics);
      var inbox = new Inbox(database.ingress());
      var lanes = new ConversationLanes();
      var dispatcher =
          new Dispatcher(
              inbox,
              lanes,
              processor,
              new FloodGuard(channels.perSenderPerMinute(), clock),
              registry);
      ExecutorService background = Executors.newVirtualThreadPerTaskExecutor();
      closeables.add(() -> shutdown(background));
      var intake =
          new Intake(
              inbox,
              dispatcher,
              background,
              // Leave CPU for acknowledging: background turns beyond the cores only add latency.
              Math.min(
                  config.databasePoolSize() - 1,
                  Math.max(2, Runtime.getRuntime().availableProcessors())),
              metrics);
      var webhooks =
          new WebhookRoutes(
              registry, new AccountDirectory(channelAccounts, catalogs), intake, json);
      var adminAuth = new AdminAuth(config.adminKey());
      var nlu = new NluRoutes(adminAuth, catalogs, understanding, json, clock);
      var conversations = new ConversationRoutes(adminAuth, database.dsl(), sessions);
      var channelRoutes = new ChannelRoutes(adminAuth, channelAccounts, catalogs, outbox, registry);
      Javalin server =
          HttpApi.create(
              json,
              catalogs,
              webhooks,
              nlu,
              conversations,
              channelRoutes,
              new HealthRoutes(database::isAlive, sessions::sharedTierStatus),
              new MetricsRoutes(metrics));
      var recovery = new Recovery(inbox, dispatcher);
      recovery.run();
      var cleaner = new SessionCleaner(database.dsl(), clock);
      var scheduler =
          Executors.newSingleThreadScheduledExecutor(
              Thread.ofVirtual().name("bookline-cleanup").factory());
      scheduler.scheduleWithFixedDelay(
          () -> {
            try {
              cleaner.runOnce();
            } catch (RuntimeException e) {
              LOG.warn("session clean-up failed; will try again", e);
            }
          },
          1,
          CLEANUP_EVERY.toMinutes(),
          TimeUnit.MINUTES);
      scheduler.scheduleWithFixedDelay(
          () -> {
            try {
              recovery.run(SWEEP_AFTER);
            } catch (RuntimeException e) {
              LOG.warn("inbox sweep failed; will try again", e);
            }
          },
          SWEEP_AFTER.toSeconds(),
          SWEEP_AFTER.toSeconds(),
          TimeUnit.SECONDS);
      closeables.add(scheduler::shutdownNow);
      server.start(config.port());
      return new App(config, database, server, metrics, closeables);
    } catch (RuntimeException e) {
      for (int i = closeables.size() - 1; i >= 0; i--) {
        closeQuietly(closeables.get(i));
      }
      database.close();
      throw e;
    }
  }

  /** The port actually bound (useful with {@code PORT=0}). */
  public int port() {
    return http.port();
  }

  public Config config() {
    return config;
  }

  public Database database() {
    return database;
  }

  public PrometheusMeterRegistry metrics() {
    return metrics;
  }

  /** Stops the HTTP server first, then every part in reverse order of creation. */
  @Override
  public void close() {
    http.stop();
    for (int i = closeables.size() - 1; i >= 0; i--) {
      closeQuietly(closeables.get(i));
    }
    database.close();
  }

  /**
   * Attaches the channel accounts given in environment variables to the demo business, or to the
   * only business there is (a single-business deployment).
   */
  static void attachEnvironmentAccounts(
      Config config, Database database, ChannelAccountRepository accounts) {
    var channels = config.channels();
    if (channels.whatsapp().isEmpty()
        && channels.telegram().isEmpty()
        && channels.messenger().isEmpty()) {
      return;
    }
    CatalogRepository catalogs = new CatalogRepository(database.dsl());
    var business =
        catalogs
            .bySlug(DemoSeeder.SLUG)
            .or(
                () -> {
                  var ids =
                      database
                          .dsl()
                          .select(io.bookline.db.Schema.Businesses.ID)
                          .from(io.bookline.db.Schema.Businesses.T)
                          .fetch(io.bookline.db.Schema.Businesses.ID);
                  return ids.size() == 1 ? catalogs.byId(ids.get(0)) : java.util.Optional.empty();
                })
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "channel settings in the environment need the demo business or exactly one business; use the admin API instead"))
            .business();
    channels
        .whatsapp()
        .ifPresent(
            a -> accounts.upsert(business.id(), Platform.WHATSAPP, a.externalId(), a.secrets()));
    channels
        .messenger()
        .ifPresent(
            a -> accounts.upsert(business.id(), Platform.MESSENGER, a.externalId(), a.secrets()));
    channels
        .telegram()
        .ifPresent(
            a -> accounts.upsert(business.id(), Platform.TELEGRAM, business.slug(), a.secrets()));
    LOG.info("channel accounts from the environment attached to business '{}'", business.slug());
  }

  private static void shutdown(ExecutorService executor) {
    executor.shutdown();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void closeQuietly(AutoCloseable c) {
    try {
      c.close();
    } catch (Exception e) {
      LOG.warn("error while stopping", e);
    }
  }
}
