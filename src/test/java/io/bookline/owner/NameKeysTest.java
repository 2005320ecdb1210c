package io.bookline.owner;

import static io.bookline.db.Schema.Resources;
import static io.bookline.db.Schema.Services;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.spi.ILoggingEvent;
import io.bookline.support.LogCapture;
import io.bookline.support.TestApp;
import io.bookline.support.TestPostgres;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.SQLDialect;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/**
 * Names written before V15 have no {@code name_key}: start-up keys them (ADR 0047). Of two old
 * names the chat could not tell apart, the older keeps the key and the later is logged and left
 * without one; start-up does not fail. From then on Postgres refuses a name like a keyed one even
 * when it is written around the owner API's check.
 */
class NameKeysTest {
  /** A database migrated up to V14, holding names from before the key, some of which clash. */
  static String databaseFromBeforeTheKey() throws Exception {
    String url = TestPostgres.emptyDatabase();
    Flyway.configure()
        .dataSource(url, null, null)
        .locations("classpath:db/migration")
        .target("14")
        .load()
        .migrate();
    try (Connection c = DriverManager.getConnection(url)) {
      DSLContext db = DSL.using(c, SQLDialect.POSTGRES);
      db.execute(
          "insert into businesses (slug, name, time_zone) values ('old', 'Old Salon', 'Europe/Berlin')");
      db.execute(
          """
          insert into services (business_id, name, duration_minutes, price, deleted_at) values
            (1, 'Haircut', 30, 20, null),
            (1, 'haircut', 30, 20, null),
            (1, 'Fußpflege', 60, 40, null),
            (1, 'FUSSPFLEGE', 60, 40, now()),
            (1, '!!!', 30, 1, null)""");
      db.execute(
          "insert into resources (business_id, name) values (1, 'José'), (1, 'jose'), (1, 'Marta')");
    }
    return url;
  }

  static List<String> keys(DSLContext db, boolean services) {
    var rows =
        services
            ? db.select(Services.NAME, Services.NAME_KEY).from(Services.T).orderBy(Services.ID)
            : db.select(Resources.NAME, Resources.NAME_KEY).from(Resources.T).orderBy(Resources.ID);
    return rows.fetch(NameKeysTest::shown);
  }

  private static String shown(Record2<String, String> r) {
    return r.value1() + " → " + r.value2();
  }

  @Test
  void the_demo_business_is_keyed_as_it_is_seeded() {
    try (TestApp app =
        TestApp.start(
            TestApp.mondayMorning(), Map.of("DATABASE_URL", TestPostgres.freshDatabase()))) {
      DSLContext db = app.app().database().dsl();
      assertThat(keys(db, true))
          .containsExactly(
              "Basic Manicure → basic manicure",
              "Gel Manicure → gel manicure",
              "Pedicure → pedicure");
      assertThat(keys(db, false)).containsExactly("Anna → anna", "Marta → marta");
    }
  }

  @Test
  void names_from_before_the_key_are_keyed_at_start_up_and_an_old_clash_is_logged_not_fatal()
      throws Exception {
    String url = databaseFromBeforeTheKey();
    try (LogCapture logs = new LogCapture();
        TestApp app = TestApp.start(TestApp.mondayMorning(), Map.of("DATABASE_URL", url))) {
      DSLContext db = app.app().database().dsl();

      assertThat(keys(db, true))
          .containsExactly(
              "Haircut → haircut",
              "haircut → null",
              "Fußpflege → fusspflege",
              "FUSSPFLEGE → null", // deleted: no longer anyone's name
              "!!! → null"); // no words: nothing the chat could confuse
      assertThat(keys(db, false)).containsExactly("José → jose", "jose → null", "Marta → marta");
      assertThat(logs.mentioning("keeps no name key"))
          .extracting(ILoggingEvent::getFormattedMessage)
          .containsExactly(
              "service 2 'haircut' of business 1 keeps no name key: the chat cannot tell it from"
                  + " service 1 'Haircut'; rename or delete one of them (ADR 0047)",
              "staff member 2 'jose' of business 1 keeps no name key: the chat cannot tell it from"
                  + " staff member 1 'José'; rename or delete one of them (ADR 0047)");

      // Written around the owner API, a name like a keyed one is refused by Postgres itself.
      assertThatThrownBy(
              () ->
                  db.insertInto(Services.T)
                      .set(Services.BUSINESS_ID, 1L)
                      .set(Services.NAME, "HAIRCUT")
                      .set(Services.NAME_KEY, CatalogWords.nameKey("HAIRCUT"))
                      .set(Services.DURATION_MINUTES, 30)
                      .set(Services.PRICE, BigDecimal.ONE)
                      .execute())
          .isInstanceOf(IntegrityConstraintViolationException.class);
      // A deleted service's key is free again.
      db.insertInto(Services.T)
          .set(Services.BUSINESS_ID, 1L)
          .set(Services.NAME, "Manicure")
          .set(Services.NAME_KEY, CatalogWords.nameKey("Manicure"))
          .set(Services.DURATION_MINUTES, 30)
          .set(Services.PRICE, BigDecimal.ONE)
          .set(Services.DELETED_AT, DSL.currentOffsetDateTime())
          .execute();
      assertThat(
              new ServiceAdmin(db, b -> {}, app.clock())
                  .create(1, NameRaceTest.service("manicure"), new Problems())
                  .name())
          .isEqualTo("manicure");

      // The owner renames the keyed one; the next start-up keys the other.
      new ServiceAdmin(db, b -> {}, app.clock())
          .patch(1, 1, NameRaceTest.rename("Cut & Colour"), new Problems());
    }
    try (TestApp again = TestApp.start(TestApp.mondayMorning(), Map.of("DATABASE_URL", url))) {
      assertThat(keys(again.app().database().dsl(), true))
          .startsWith("Cut & Colour → cut colour", "haircut → haircut");
      assertThat(NameKeys.fill(again.app().database().dsl())).as("nothing left to key").isZero();
    }
  }
}
