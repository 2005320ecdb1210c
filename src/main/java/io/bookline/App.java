package io.bookline;

import io.bookline.booking.BookingEvents;
import io.bookline.config.Config;
import io.bookline.config.ConfigException;
import io.bookline.config.ConfigLoader;
import io.bookline.config.LogFormat;
import io.bookline.db.Database;
import io.bookline.lifecycle.KeptKeyCheck;
import io.bookline.lifecycle.PortCheck;
import io.bookline.lifecycle.StartFailure;
import io.bookline.retry.Sleeper;
import io.bookline.secret.OperatorKeyFile;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: loads {@link Config}, builds the {@link Components}, starts the HTTP
 * server, and closes everything in reverse order. Tests start the same graph with test
 * configuration.
 */
public final class App implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(App.class);

  private final Components components;

  private App(Components components) {
    this.components = components;
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
    // Before Postgres, the migrations and the seeding: a busy port is a bad setting, said in one
    // line, and Javalin never gets to log its own ERROR about it.
    List<String> ports = PortCheck.problems(config);
    if (!ports.isEmpty()) {
      System.err.println("Bookline cannot start: " + String.join("; ", ports));
      System.exit(2);
      return;
    }
    App app;
    try {
      app = start(config, Clock.systemUTC());
    } catch (RuntimeException e) {
      // One block, as for a configuration error; the trace only for whoever asks for DEBUG. With
      // JSON logs it is one event, so a log collector reads it like every other line.
      LOG.debug("start-up failed", e);
      if (config.logFormat() == LogFormat.JSON) {
        LOG.error("{}", StartFailure.describe(e));
      } else {
        System.err.println(StartFailure.describe(e));
      }
      System.exit(StartFailure.EXIT_CODE);
      return;
    }
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(() -> stopOnSignal(app, config.ops().shutdownTimeout()), "bookline-stop"));
    app.database().stopsWithTheApp();
    // The demo's chat only where there is a demo (BOOKLINE_DEMO=false: a server's own businesses);
    // the owner console always.
    String console = "owner console at http://localhost:" + app.port() + "/console";
    LOG.info(
        "Bookline is up in {} ms: {}",
        (System.nanoTime() - started) / 1_000_000,
        config.demo()
            ? "chat at http://localhost:" + app.port() + "/chat/demo, " + console
            : console);
  }

  /**
   * SIGTERM (or the JVM ending otherwise): a graceful stop within {@code SHUTDOWN_TIMEOUT} (ADR
   * 0034), and a watchdog that ends the process a little after it if a part hangs.
   */
  static void stopOnSignal(App app, Duration timeout) {
    long started = System.nanoTime();
    LOG.info("stopping: no new requests; turns and sends in flight finish (at most {})", timeout);
    Thread watchdog =
        Thread.ofPlatform()
            .daemon()
            .name("bookline-stop-watchdog")
            .start(
                () -> {
                  try {
                    Thread.sleep(timeout.plus(STOP_GRACE));
                    LOG.error("the stop took longer than {}; ending the process now", timeout);
                    Runtime.getRuntime().halt(1);
                  } catch (InterruptedException e) {
                    // stopped in time
                  }
                });
    app.close();
    watchdog.interrupt();
    LOG.info("Bookline stopped in {} ms", (System.nanoTime() - started) / 1_000_000);
  }

  /**
   * Beyond SHUTDOWN_TIMEOUT, what closing the pools may still take before the watchdog acts. An
   * orchestrator's grace period must outlast its own pre-stop wait, SHUTDOWN_TIMEOUT and this.
   */
  public static final Duration STOP_GRACE = Duration.ofSeconds(5);

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
    if (config.adminKeyGenerated() && config.database().isPresent()) {
      // A server's log goes to a log store: the key made up for this run is never written there.
      LOG.warn(
          "BOOKLINE_ADMIN_KEY is not set: the operator routes (POST /api/businesses, and acting"
              + " for a business with X-Bookline-Business) refuse every key until it is set;"
              + " business keys (bk_…) work as usual");
    }
    Components components = new Components(config, clock, sleeper);
    try {
      if (config.database().isPresent() && config.secretKey().isEmpty()) {
        // Before start-up touches channel accounts: secrets the kept key cannot open (ADR 0029).
        KeptKeyCheck.require(components.database().dsl(), config.dataDir(), config.channels());
      }
      if (config.adminKeyGenerated() && config.database().isEmpty()) {
        // The single-salon default: its user learns the key from a file only they can read.
        LOG.warn(
            "BOOKLINE_ADMIN_KEY is not set; the operator key for this run is in {}",
            OperatorKeyFile.write(config.dataDir(), config.adminKey())
                .toAbsolutePath()
                .normalize());
      }
      components.startUp();
      // Last: requests arrive only once everything they need is there.
      components.serve(config.port());
    } catch (RuntimeException e) {
      components.close();
      throw e;
    }
    return new App(components);
  }

  /** The port actually bound (useful with {@code PORT=0}). */
  public int port() {
    return components.port();
  }

  /** The management port bound, when {@code MANAGEMENT_PORT} is set (ADR 0025). */
  public Optional<Integer> managementPort() {
    return components.managementPort();
  }

  /** Every route the server serves, as the route table registered it. */
  public List<HttpApi.Route> routes() {
    return components.routesServed();
  }

  public Config config() {
    return components.config();
  }

  public Database database() {
    return components.database();
  }

  public PrometheusMeterRegistry metrics() {
    return components.metrics();
  }

  /** Where a listener subscribes to this instance's booking changes, chat and owner alike. */
  public BookingEvents.Listeners bookingEvents() {
    return components.bookingEvents();
  }

  /** Reminders before bookings, planned and sent on this instance's clock. */
  public io.bookline.reminders.Reminders reminders() {
    return components.reminders();
  }

  /** Stops the HTTP server first, then every part in reverse order of creation. */
  @Override
  public void close() {
    components.close();
  }
}
