package io.bookline;

import io.bookline.booking.DemoSeeder;
import io.bookline.channel.ChannelAccountRepository;
import io.bookline.config.Config;
import io.bookline.console.DemoKey;
import io.bookline.db.Database;
import io.bookline.ingress.Recovery;
import io.bookline.ingress.Retention;
import io.bookline.lifecycle.EnvironmentAccounts;
import io.bookline.lifecycle.Scheduler;
import io.bookline.owner.BusinessKeys;
import io.bookline.owner.NameKeys;
import io.bookline.reminders.Reminders;
import io.bookline.session.SessionCleaner;
import io.bookline.usage.TokenUsage;
import java.time.Clock;
import java.time.Duration;

/**
 * What an instance does once, before its first request, with the parts {@link Components} built:
 * the demo business (into an empty database), the name keys of services and staff without one,
 * channel secrets sealed under the current key, channel accounts from the environment, messages
 * acknowledged before a crash, and the periodic jobs (session clean-up, payload retention, inbox
 * sweep, reminders, token usage) on the scheduler.
 */
final class StartUp {
  /** Periodic session clean-up starts this long after start-up. */
  static final Duration FIRST_CLEANUP = Duration.ofMinutes(1);

  private final Config config;
  private final Clock clock;
  private final Database database;
  private final ChannelAccountRepository channelAccounts;
  private final EnvironmentAccounts environmentAccounts;
  private final Recovery recovery;
  private final SessionCleaner sessionCleaner;
  private final Scheduler scheduler;
  private final Reminders reminders;
  private final TokenUsage tokens;

  StartUp(
      Config config,
      Clock clock,
      Database database,
      ChannelAccountRepository channelAccounts,
      EnvironmentAccounts environmentAccounts,
      Recovery recovery,
      SessionCleaner sessionCleaner,
      Scheduler scheduler,
      Reminders reminders,
      TokenUsage tokens) {
    this.config = config;
    this.clock = clock;
    this.database = database;
    this.channelAccounts = channelAccounts;
    this.environmentAccounts = environmentAccounts;
    this.recovery = recovery;
    this.sessionCleaner = sessionCleaner;
    this.scheduler = scheduler;
    this.reminders = reminders;
    this.tokens = tokens;
  }

  /** Runs it all, in the order above. */
  void run() {
    if (config.demo() && DemoSeeder.seedIfEmpty(database.dsl()) && config.database().isEmpty()) {
      DemoKey.write(database.dsl(), new BusinessKeys(database.dsl(), clock), config.dataDir());
    }
    // Names written before V15, or by the seeder, get the key Postgres keeps unique (ADR 0047).
    NameKeys.fill(database.dsl());
    // Secrets stored plain or under a previous key are sealed under the current one (ADR 0029).
    channelAccounts.resealAll();
    environmentAccounts.attach();
    recovery.run();
    scheduler.every(
        "session clean-up", FIRST_CLEANUP, SessionCleaner.EVERY, sessionCleaner::runOnce);
    var retention = new Retention(database.dsl(), clock, config.ingress().payloadRetention());
    scheduler.every("payload retention", FIRST_CLEANUP, Retention.EVERY, retention::runOnce);
    scheduler.every(
        "inbox sweep",
        Recovery.SWEEP_AFTER,
        Recovery.SWEEP_AFTER,
        () -> recovery.run(Recovery.SWEEP_AFTER));
    scheduler.every("reminders", Reminders.EVERY, Reminders.EVERY, reminders::runOnce);
    scheduler.every("token usage", TokenUsage.FLUSH_EVERY, TokenUsage.FLUSH_EVERY, tokens::flush);
  }
}
