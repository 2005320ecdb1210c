package io.bookline.usage;

import static io.bookline.db.Schema.Businesses;
import static io.bookline.db.Schema.LlmUsage;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.booking.DemoSeeder;
import io.bookline.config.ConfigLoader;
import io.bookline.db.Database;
import io.bookline.support.TestPostgres;
import java.time.LocalDate;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Answered calls are tallied in memory and written in one upsert per business and day (P4 of issue
 * 17: one upsert per call queued every turn on the business's row). The budget check sees the tally
 * at once, the report and a stop write it. Real Postgres.
 */
class TokenTallyTest {
  static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

  Database database;
  DSLContext db;
  long business;
  TokenUsage usage;

  @BeforeEach
  void start() {
    database =
        Database.start(ConfigLoader.load(Map.of("DATABASE_URL", TestPostgres.freshDatabase())));
    db = database.dsl();
    DemoSeeder.seedIfEmpty(db);
    business = db.select(Businesses.ID).from(Businesses.T).fetchOne().value1();
    usage = new TokenUsage(db);
  }

  @AfterEach
  void stop() {
    database.close();
  }

  long writtenCalls() {
    Long calls =
        db.select(LlmUsage.CALLS)
            .from(LlmUsage.T)
            .where(LlmUsage.BUSINESS_ID.eq(business))
            .fetchOne(LlmUsage.CALLS);
    return calls == null ? 0 : calls;
  }

  @Test
  void calls_count_for_the_budget_at_once_and_reach_postgres_in_one_write() {
    for (int i = 0; i < 3; i++) {
      usage.spend(business, MONDAY, 100, 10);
    }
    assertThat(writtenCalls()).as("nothing written before the flush").isZero();
    assertThat(usage.spent(business, MONDAY)).isEqualTo(330);

    usage.flush();
    assertThat(writtenCalls()).isEqualTo(3);
    assertThat(usage.spent(business, MONDAY)).as("not counted twice once written").isEqualTo(330);

    usage.spend(business, MONDAY, 100, 10);
    assertThat(usage.spent(business, MONDAY)).isEqualTo(440);
    assertThat(usage.spent(business, MONDAY.plusDays(1))).isZero();
  }

  @Test
  void the_report_includes_calls_not_yet_flushed() {
    usage.spend(business, MONDAY, 1000, 20);
    usage.flush();
    usage.spend(business, MONDAY, 1000, 20);

    var days = usage.days(business, MONDAY, MONDAY);
    assertThat(days).hasSize(1);
    assertThat(days.get(0).calls()).isEqualTo(2);
    assertThat(days.get(0).totalTokens()).isEqualTo(2040);
  }

  @Test
  void a_stop_writes_the_last_tally() {
    usage.spend(business, MONDAY, 500, 5);
    usage.close();

    assertThat(writtenCalls()).isEqualTo(1);
    assertThat(new TokenUsage(db).spent(business, MONDAY)).isEqualTo(505);
  }
}
