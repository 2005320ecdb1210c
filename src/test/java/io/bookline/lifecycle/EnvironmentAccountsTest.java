package io.bookline.lifecycle;

import static io.bookline.db.Schema.Businesses;
import static io.bookline.db.Schema.ChannelAccounts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bookline.Components;
import io.bookline.booking.CatalogRepository;
import io.bookline.booking.DemoSeeder;
import io.bookline.channel.ChannelAccount;
import io.bookline.channel.ChannelAccountRepository;
import io.bookline.channel.Platform;
import io.bookline.config.ChannelsConfig;
import io.bookline.config.ConfigLoader;
import io.bookline.db.Database;
import io.bookline.support.TestPostgres;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Channel accounts in the environment are attached at start-up, on real Postgres. */
class EnvironmentAccountsTest {
  static final Map<String, String> WHATSAPP_AND_TELEGRAM =
      Map.of(
          "WHATSAPP_PHONE_NUMBER_ID", "555",
          "WHATSAPP_ACCESS_TOKEN", "wa-token",
          "WHATSAPP_APP_SECRET", "wa-secret",
          "TELEGRAM_BOT_TOKEN", "123:abc",
          "TELEGRAM_SECRET_TOKEN", "tg-secret");

  Database database;
  DSLContext db;
  ChannelAccountRepository accounts;

  @BeforeEach
  void start() {
    database =
        Database.start(ConfigLoader.load(Map.of("DATABASE_URL", TestPostgres.freshDatabase())));
    db = database.dsl();
    accounts = new ChannelAccountRepository(db, Components.objectMapper());
  }

  @AfterEach
  void stop() {
    database.close();
  }

  void attach(Map<String, String> env) {
    ChannelsConfig channels = ConfigLoader.load(env).channels();
    new EnvironmentAccounts(channels, new CatalogRepository(db), accounts).attach();
  }

  long business(String slug) {
    return db.select(Businesses.ID)
        .from(Businesses.T)
        .where(Businesses.SLUG.eq(slug))
        .fetchSingle(Businesses.ID);
  }

  void renameDemoTo(String slug) {
    db.update(Businesses.T).set(Businesses.SLUG, slug).execute();
  }

  @Test
  void accounts_in_the_environment_are_attached_to_the_demo_business() {
    DemoSeeder.seedIfEmpty(db);

    attach(WHATSAPP_AND_TELEGRAM);

    ChannelAccount whatsapp = accounts.find(Platform.WHATSAPP, "555").orElseThrow();
    assertThat(whatsapp.businessId()).isEqualTo(business("demo"));
    assertThat(whatsapp.secret(ChannelAccount.APP_SECRET)).contains("wa-secret");
    // A Telegram bot is addressed by the business's slug in its webhook URL.
    ChannelAccount telegram = accounts.find(Platform.TELEGRAM, "demo").orElseThrow();
    assertThat(telegram.secret(ChannelAccount.SECRET_TOKEN)).contains("tg-secret");
  }

  @Test
  void without_the_demo_the_only_business_gets_them() {
    DemoSeeder.seedIfEmpty(db);
    renameDemoTo("salon");

    attach(WHATSAPP_AND_TELEGRAM);

    assertThat(accounts.find(Platform.WHATSAPP, "555").orElseThrow().businessId())
        .isEqualTo(business("salon"));
    assertThat(accounts.find(Platform.TELEGRAM, "salon")).isPresent();
  }

  @Test
  void with_several_businesses_and_no_demo_start_up_stops_and_says_what_to_do() {
    DemoSeeder.seedIfEmpty(db);
    renameDemoTo("salon");
    db.insertInto(Businesses.T)
        .set(Businesses.SLUG, "spa")
        .set(Businesses.NAME, "Spa")
        .set(Businesses.TIME_ZONE, "Europe/Berlin")
        .execute();

    assertThatThrownBy(() -> attach(WHATSAPP_AND_TELEGRAM))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("exactly one business")
        .hasMessageContaining("admin API");
    assertThat(db.fetchCount(ChannelAccounts.T)).isZero();
  }

  @Test
  void no_accounts_in_the_environment_leave_an_empty_database_alone() {
    attach(Map.of());

    assertThat(db.fetchCount(Businesses.T)).isZero();
    assertThat(db.fetchCount(ChannelAccounts.T)).isZero();
  }
}
