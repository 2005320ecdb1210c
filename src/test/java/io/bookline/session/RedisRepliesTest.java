package io.bookline.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bookline.ingress.RateCounter;
import io.bookline.support.TcpProxy;
import io.bookline.support.TestRedis;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The Redis tiers wait for replies without a timer of their own ({@link RedisReplies}): a Redis
 * that stops answering with its connection still open must cost a call Lettuce's command timeout
 * (250 ms), not the length of the silence, and the caller falls back as before.
 */
class RedisRepliesTest {
  /** Far longer than the command timeout: a wait that ignores the timeout lasts this long. */
  private static final Duration SILENCE = Duration.ofSeconds(5);

  @Test
  void a_rate_counter_facing_a_silent_redis_counts_in_memory_after_the_timeout() throws Exception {
    RedisURI target = RedisURI.create(TestRedis.fresh());
    try (TcpProxy proxy = new TcpProxy(target.getHost(), target.getPort());
        RateCounter counter = RateCounter.shared(through(proxy, target), Clock.systemUTC())) {
      assertEquals(1, counter.hit("visitor:a"));
      assertEquals(1, storedCounts(target), "connected: the count is in Redis, not in memory");

      long n = whileSilent(proxy, () -> counter.hit("visitor:b"));

      assertEquals(1, n, "counted in this instance's memory");
    }
  }

  @Test
  void a_session_tier_facing_a_silent_redis_reports_no_copy_after_the_timeout() throws Exception {
    RedisURI target = RedisURI.create(TestRedis.fresh());
    try (TcpProxy proxy = new TcpProxy(target.getHost(), target.getPort());
        RedisSessions tier = new RedisSessions(through(proxy, target))) {
      tier.setIfNewer("web:a", 3, "{}", Duration.ofMinutes(1));
      assertEquals(Optional.of("{}"), tier.getIfNewer("web:a", 0), "connected and stored");

      Optional<String> copy = whileSilent(proxy, () -> tier.getIfNewer("web:a", 0));

      assertEquals(Optional.empty(), copy, "not available: the caller goes to Postgres");
      assertEquals(Optional.of(""), tier.getIfNewer("web:a", 3), "answers again once resumed");
    }
  }

  /** How many rate counters Redis holds in the test's database. */
  private static int storedCounts(RedisURI target) {
    RedisClient client = RedisClient.create(target);
    try (var c = client.connect()) {
      return c.sync().keys("bookline:rate:*").size();
    } finally {
      client.shutdown();
    }
  }

  private static String through(TcpProxy proxy, RedisURI target) {
    return "redis://127.0.0.1:" + proxy.port() + "/" + target.getDatabase();
  }

  /**
   * Runs a call while the proxy holds every reply for {@link #SILENCE}; the call must come back
   * well before the silence ends.
   */
  private static <T> T whileSilent(TcpProxy proxy, Supplier<T> call) throws InterruptedException {
    proxy.stall();
    Thread resumer =
        Thread.ofVirtual()
            .start(
                () -> {
                  try {
                    Thread.sleep(SILENCE);
                  } catch (InterruptedException e) {
                    // the call came back: resume now
                  }
                  proxy.resume();
                });
    long start = System.nanoTime();
    T result = call.get();
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    resumer.interrupt();
    resumer.join();
    assertTrue(
        took.compareTo(SILENCE.dividedBy(2)) < 0,
        "a silent Redis held the call " + took.toMillis() + " ms");
    return result;
  }
}
