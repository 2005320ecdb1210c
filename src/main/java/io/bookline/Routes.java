package io.bookline;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.bookline.admin.BookingRoutes;
import io.bookline.admin.BusinessRoutes;
import io.bookline.admin.CalendarRoutes;
import io.bookline.admin.CatalogRoutes;
import io.bookline.admin.ChannelRoutes;
import io.bookline.admin.ClosureRoutes;
import io.bookline.admin.ConversationRoutes;
import io.bookline.admin.CustomerRoutes;
import io.bookline.admin.InboxRoutes;
import io.bookline.admin.NluRoutes;
import io.bookline.admin.OpenApiRoutes;
import io.bookline.admin.OutboxRoutes;
import io.bookline.admin.OwnerAuth;
import io.bookline.admin.TemplateRoutes;
import io.bookline.admin.UsageRoutes;
import io.bookline.booking.BookingDialogue;
import io.bookline.booking.BookingEvents;
import io.bookline.booking.CatalogRepository;
import io.bookline.calendar.CalendarFiles;
import io.bookline.channel.ChannelAccountRepository;
import io.bookline.channel.Channels;
import io.bookline.channel.web.VisitorTokens;
import io.bookline.config.Config;
import io.bookline.console.ConsoleRoutes;
import io.bookline.console.ConsoleSessions;
import io.bookline.console.LiveChanges;
import io.bookline.db.Database;
import io.bookline.ingress.AccountDirectory;
import io.bookline.ingress.ClientAddress;
import io.bookline.ingress.Dispatcher;
import io.bookline.ingress.FailedMessages;
import io.bookline.ingress.FloodGuard;
import io.bookline.ingress.Inbox;
import io.bookline.ingress.Intake;
import io.bookline.ingress.TurnGate;
import io.bookline.ingress.WebChatRoutes;
import io.bookline.ingress.WebhookRoutes;
import io.bookline.lifecycle.Closer;
import io.bookline.ops.HealthRoutes;
import io.bookline.ops.MetricsRoutes;
import io.bookline.outbox.Outbox;
import io.bookline.owner.BookingAdmin;
import io.bookline.owner.BookingChanges;
import io.bookline.owner.BookingList;
import io.bookline.owner.BusinessAdmin;
import io.bookline.owner.BusinessKeys;
import io.bookline.owner.CatalogEvents;
import io.bookline.owner.ClosureAdmin;
import io.bookline.owner.ClosureCancellations;
import io.bookline.owner.ConversationAdmin;
import io.bookline.owner.CustomerAdmin;
import io.bookline.owner.CustomerExport;
import io.bookline.owner.CustomerNotices;
import io.bookline.owner.HoursAdmin;
import io.bookline.owner.ServiceAdmin;
import io.bookline.owner.StaffAdmin;
import io.bookline.reminders.TemplateSettings;
import io.bookline.session.TieredSessionStore;
import io.bookline.signal.Signals;
import io.bookline.understanding.LanguageDetector;
import io.bookline.understanding.Lexicon;
import io.bookline.understanding.Understanding;
import io.bookline.usage.TokenUsage;
import io.javalin.config.RoutesConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Every part that serves HTTP, built from the components it needs, as the list of {@code register}
 * methods {@link HttpApi}'s one route table takes: webhooks and the web chat, the owner API and
 * console, health and metrics. The owner services behind the routes are built here too, since only
 * their routes use them. A new part with routes is one entry in {@link #build()}.
 *
 * @param closer takes the console's event streams as they are built, after every part {@link
 *     Components} built before the route table
 * @param stopping true once a stop began: readiness answers 503 from then on
 */
record Routes(
    Config config,
    Clock clock,
    ObjectMapper json,
    Closer closer,
    Database database,
    PrometheusMeterRegistry metrics,
    CatalogRepository catalogs,
    ChannelAccountRepository channelAccounts,
    TieredSessionStore sessions,
    Signals signals,
    BookingEvents.Listeners bookingEvents,
    TokenUsage tokens,
    Understanding understanding,
    VisitorTokens visitors,
    Channels channels,
    Outbox outbox,
    Inbox inbox,
    FloodGuard flood,
    Dispatcher dispatcher,
    TurnGate turnGate,
    ExecutorService background,
    BooleanSupplier stopping) {

  /**
   * The built table: each part's {@code register} method, in the order they are registered, and the
   * console's event streams, which {@link Components#close()} ends first on a stop.
   */
  record Table(List<Consumer<RoutesConfig>> parts, LiveChanges live) {}

  /** Builds every part that serves HTTP; called once, by {@link Components}. */
  Table build() {
    var keys = new BusinessKeys(database.dsl(), clock);
    CatalogEvents catalogChanged =
        business -> signals.publish(Components.CATALOG_CHANGED, Long.toString(business));
    var businesses = new BusinessAdmin(database.dsl(), keys, catalogChanged, clock);
    var consoleSessions = new ConsoleSessions(database.dsl(), keys, clock);
    var admin = new OwnerAuth(config.adminKey(), keys, businesses, consoleSessions);
    var addresses = new ClientAddress(config.ingress().clientAddressHeader());
    var live = closer.add(new LiveChanges(database.dsl(), consoleSessions, clock));
    var console = new ConsoleRoutes(consoleSessions, addresses, live);
    var owners = new BusinessRoutes(admin, businesses, keys, json);
    var calendarFiles = new CalendarFiles(database.dsl(), clock);
    Intake.CalendarLinks links =
        (business, booking) ->
            calendarFiles.bookingToken(business, booking).map(t -> "/calendar/booking/" + t);
    var intake = new Intake(inbox, dispatcher, background, turnGate, metrics, links);
    var webhooks =
        new WebhookRoutes(
            channels,
            new AccountDirectory(channelAccounts, catalogs),
            intake,
            json,
            flood,
            addresses);
    var failedMessages = new InboxRoutes(admin, new FailedMessages(database.dsl()));
    var accounts =
        new ChannelRoutes(
            admin,
            channelAccounts,
            catalogs,
            outbox,
            channels,
            config.channels().publicBaseUrl(),
            json);
    var deadLetters = new OutboxRoutes(admin, outbox, json);
    var nlu =
        new NluRoutes(
            admin, catalogs, understanding, new LanguageDetector(Lexicon.all()), json, clock);
    var notices = new CustomerNotices(outbox, json, channels, clock);
    var conversations =
        new ConversationRoutes(
            admin, new ConversationAdmin(database.dsl(), sessions, notices, clock), json);
    var bookingList = new BookingList(database.dsl(), clock);
    var desk = new BookingAdmin(database.dsl(), catalogs, bookingList, bookingEvents, clock);
    var changes =
        new BookingChanges(database.dsl(), desk, bookingList, notices, bookingEvents, clock);
    var bookings = new BookingRoutes(admin, bookingList, desk, changes, json);
    var customers =
        new CustomerRoutes(
            admin,
            new CustomerAdmin(database.dsl(), this::forgetEverywhere),
            new CustomerExport(database.dsl(), new BookingList(database.dsl(), clock), json));
    var catalog =
        new CatalogRoutes(
            admin,
            new ServiceAdmin(database.dsl(), catalogChanged, clock),
            new StaffAdmin(database.dsl(), catalogChanged, clock),
            new HoursAdmin(database.dsl(), catalogChanged, clock),
            json);
    var closureAdmin = new ClosureAdmin(database.dsl(), catalogChanged, clock);
    var closures =
        new ClosureRoutes(
            admin, closureAdmin, new ClosureCancellations(closureAdmin, changes, clock), json);
    var calendar = new CalendarRoutes(admin, calendarFiles);
    var templates = new TemplateRoutes(admin, new TemplateSettings(database.dsl(), json), json);
    var health =
        new HealthRoutes(
            List.of(
                new HealthRoutes.Dependency(
                    "postgres", true, () -> database.isAlive() ? "up" : "down"),
                new HealthRoutes.Dependency("redis", false, sessions::sharedTierStatus)),
            stopping);
    var prometheus = new MetricsRoutes(metrics, config.ops().metricsToken());
    var usage = new UsageRoutes(admin, tokens, businesses, clock);
    var chatPage =
        new WebChatRoutes(
            catalogs, database.dsl(), visitors, new BookingDialogue(), flood, addresses, clock);
    return new Table(
        List.of(
            this::home,
            webhooks::register,
            chatPage::register,
            owners::register,
            catalog::register,
            closures::register,
            accounts::register,
            deadLetters::register,
            nlu::register,
            conversations::register,
            bookings::register,
            customers::register,
            calendar::register,
            templates::register,
            failedMessages::register,
            usage::register,
            new OpenApiRoutes(json)::register,
            health::register,
            prometheus::register,
            console::register),
        live);
  }

  /**
   * Where {@code /} leads: the demo's chat when there is a demo, else the owner console's sign-in
   * (without a demo, {@code /chat/demo} is a 404).
   */
  private void home(RoutesConfig routes) {
    String to = config.demo() ? "/chat/demo" : "/console/sign-in";
    routes.get("/", ctx -> ctx.redirect(to));
  }

  /**
   * Drops what caches hold under an erased customer's conversation key: the session in Redis and in
   * every instance's memory (a signal), and the rate counters that name the sender (ADR 0032).
   */
  private void forgetEverywhere(String conversationKey) {
    sessions.forget(conversationKey);
    flood.forget(conversationKey);
    signals.publish(Components.SESSION_ERASED, conversationKey);
  }
}
