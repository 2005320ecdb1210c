package io.bookline.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bookline.support.MutableClock;
import io.bookline.support.TestApp;
import io.bookline.support.TestPostgres;
import io.bookline.support.TestRedis;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The measure of issue 4, as counts (deterministic, not timed): Postgres statements and
 * transactions per message from the jOOQ listener, Redis round trips from the session tier.
 */
class QueryCountTest {
  record Cost(long reads, long writes, long transactions, long redis) {}

  static Cost cost(TestApp app, Runnable message) {
    var counter = app.app().database().counter();
    double redisBefore = redisRoundTrips(app);
    long r = counter.reads();
    long w = counter.writes();
    long t = counter.transactions();
    message.run();
    return new Cost(
        counter.reads() - r,
        counter.writes() - w,
        counter.transactions() - t,
        (long) (redisRoundTrips(app) - redisBefore));
  }

  static double redisRoundTrips(TestApp app) {
    var c = app.app().metrics().find("bookline.session.redis.roundtrips").functionCounter();
    return c == null ? 0 : c.count();
  }

  @Test
  void a_warm_message_costs_no_postgres_read_one_transaction_and_two_redis_round_trips() {
    Map<String, String> env =
        Map.of("DATABASE_URL", TestPostgres.freshDatabase(), "REDIS_URL", TestRedis.fresh());
    MutableClock clock = new MutableClock(Instant.parse("2026-11-23T07:00:00Z"));
    try (TestApp a = TestApp.start(clock, env);
        TestApp b = TestApp.start(clock, env)) {
      a.say("warm", "hi");
      Cost warm = cost(a, () -> a.say("warm", "what are your prices?"));
      // Instance b has seen the catalog (another customer) but never this conversation.
      b.say("someone-else", "hi");
      Cost cold = cost(b, () -> b.say("warm", "when are you open?"));
      System.out.printf(
          Locale.ROOT,
          "per message: warm instance %s; cold instance (session only in Redis) %s%n",
          warm,
          cold);
      assertEquals(0, warm.reads(), "Postgres reads, warm");
      assertEquals(1, warm.transactions(), "Postgres transactions, warm");
      assertTrue(warm.redis() <= 2, "Redis round trips, warm: " + warm.redis());
      assertEquals(0, cold.reads(), "Postgres reads, cold instance");
      assertEquals(1, cold.transactions(), "Postgres transactions, cold instance");
    }
  }
}
