package io.bookline.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import io.bookline.support.TestRedis;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The measure of issue 4, as counts (deterministic, not timed): Postgres statements and
 * transactions per message from the jOOQ listener, Redis round trips from the session tier. It
 * prints the figures and holds them to the bound the design promises (P3), so a change that costs a
 * read or a round trip more fails here.
 */
@Tag("measure")
class QueryCountTest {
  record Cost(long reads, long writes, long transactions, long pgRoundTrips, long redis) {}

  @RegisterExtension final TestApp a = TestApp.onFreshDatabase("REDIS_URL", TestRedis.fresh());

  static Cost cost(TestApp app, Runnable message) {
    var counter = app.app().database().counter();
    double redisBefore = redisRoundTrips(app);
    long r = counter.reads();
    long w = counter.writes();
    long t = counter.transactions();
    long trips = counter.roundTrips();
    message.run();
    return new Cost(
        counter.reads() - r,
        counter.writes() - w,
        counter.transactions() - t,
        counter.roundTrips() - trips,
        (long) (redisRoundTrips(app) - redisBefore));
  }

  /**
   * The cheapest of a few messages of the same kind. The counter sees the whole instance, and a
   * background job can run while one message is measured: the outbox sender claims every second
   * even when idle (one transaction of three round trips, ADR 0040). Its statements are not the
   * message's, and a background job rarely overlaps three messages.
   */
  static Cost cheapest(List<Cost> costs) {
    return costs.stream()
        .min(Comparator.comparingLong(Cost::pgRoundTrips).thenComparingLong(Cost::reads))
        .orElseThrow();
  }

  static double redisRoundTrips(TestApp app) {
    var c = app.app().metrics().find("bookline.session.redis.roundtrips").functionCounter();
    return c == null ? 0 : c.count();
  }

  @Test
  void a_warm_message_costs_no_postgres_read_one_transaction_and_two_redis_round_trips() {
    TestApp b = a.secondInstance();
    List<Cost> warms = new ArrayList<>();
    List<Cost> colds = new ArrayList<>();
    // Instance b has seen the catalog (another customer) but never these conversations.
    b.say("someone-else", "hi");
    for (int i = 0; i < 3; i++) {
      String customer = "warm-" + i;
      a.say(customer, "hi");
      warms.add(cost(a, () -> a.say(customer, "what are your prices?")));
      colds.add(cost(b, () -> b.say(customer, "when are you open?")));
    }
    Cost warm = cheapest(warms);
    Cost cold = cheapest(colds);
    System.out.printf(
        Locale.ROOT,
        "per message: warm instance %s; cold instance (session only in Redis) %s%n",
        warm,
        cold);
    assertThat(warm.reads()).as("Postgres reads, warm").isZero();
    assertThat(warm.transactions()).as("Postgres transactions, warm").isEqualTo(1);
    // The inbox insert (acknowledging), one batch of the turn's writes and the commit (ADR 0030,
    // ADR 0037); the isolation level is not asked (KnownIsolationTest).
    assertThat(warm.pgRoundTrips()).as("Postgres round trips, warm").isEqualTo(3);
    assertThat(warm.redis()).as("Redis round trips, warm").isLessThanOrEqualTo(2);
    assertThat(cold.reads()).as("Postgres reads, cold instance").isZero();
    assertThat(cold.transactions()).as("Postgres transactions, cold instance").isEqualTo(1);
    assertThat(cold.redis()).as("Redis round trips, cold instance").isLessThanOrEqualTo(2);
  }

  /**
   * A new customer's first turn: the customer, their conversation and their language go in one
   * statement (the language had an update of its own before), the rest with the turn's writes.
   */
  @Test
  void a_first_turn_stores_the_customer_and_their_language_in_one_statement() {
    a.say("someone-else", "hi");
    List<Cost> firsts = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      String customer = "first-" + i;
      firsts.add(cost(a, () -> a.say(customer, "what are your prices?")));
    }
    Cost first = cheapest(firsts);
    System.out.printf(Locale.ROOT, "per message: a new customer's first turn %s%n", first);
    assertThat(first.transactions()).as("Postgres transactions, first turn").isEqualTo(1);
    assertThat(first.writes())
        .as("writes: inbox row, customer and conversation, then the batch's parts")
        .isEqualTo(FIRST_TURN_WRITES);
  }

  static final long FIRST_TURN_WRITES = 5;
}
