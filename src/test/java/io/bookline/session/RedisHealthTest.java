package io.bookline.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.LogCapture;
import io.bookline.support.TcpProxy;
import io.bookline.support.TestRedis;
import io.lettuce.core.RedisCommandTimeoutException;
import io.lettuce.core.RedisConnectionException;
import io.lettuce.core.RedisURI;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Ops review: one late Redis reply on a busy host logged "Redis session tier degraded". A late
 * reply is one slow sample; only {@value RedisHealth#LATE_IN_A_ROW} in a row, or a lost connection,
 * make Redis degraded, and each outage is one warning and one all-clear.
 */
class RedisHealthTest {
  static final RuntimeException LATE = new RedisCommandTimeoutException("timed out after 250 ms");

  @Test
  void late_replies_make_redis_degraded_only_when_they_come_in_a_row() {
    RedisHealth health = new RedisHealth();
    assertThat(health.failed(LATE)).isFalse();
    assertThat(health.failed(LATE)).isFalse();
    assertThat(health.answered()).as("nothing was reported, so nothing ends").isFalse();
    assertThat(health.failed(LATE)).isFalse();
    assertThat(health.failed(LATE)).isFalse();
    assertThat(health.failed(LATE)).as("the third late reply in a row").isTrue();
    assertThat(health.degraded()).isTrue();
    assertThat(health.failed(LATE)).as("warned once per outage").isFalse();
    assertThat(health.answered()).as("the all-clear").isTrue();
    assertThat(health.degraded()).isFalse();
    assertThat(health.answered()).isFalse();
  }

  @Test
  void a_lost_connection_makes_redis_degraded_at_once() {
    RedisHealth health = new RedisHealth();
    assertThat(health.failed(new RedisConnectionException("Connection refused"))).isTrue();
    assertThat(health.failed(LATE)).isFalse();
  }

  @Test
  void one_stalled_reply_is_no_warning_three_in_a_row_are_one() throws Exception {
    RedisURI target = RedisURI.create(TestRedis.fresh());
    try (TcpProxy proxy = new TcpProxy(target.getHost(), target.getPort());
        LogCapture log = new LogCapture();
        RedisSessions redis =
            new RedisSessions("redis://127.0.0.1:" + proxy.port() + "/" + target.getDatabase())) {
      redis.setIfNewer("slow", 1, "{\"v\":1}", Duration.ofMinutes(1));

      proxy.stall();
      assertThat(redis.getIfNewer("slow", 0)).as("late: served from elsewhere").isEmpty();
      proxy.resume();
      assertThat(redis.getIfNewer("slow", 0)).isEqualTo(Optional.of("{\"v\":1}"));
      assertThat(log.mentioning("degraded")).as("one slow sample").isEmpty();

      proxy.stall();
      for (int i = 0; i < RedisHealth.LATE_IN_A_ROW + 2; i++) {
        assertThat(redis.getIfNewer("slow", 0)).isEmpty();
      }
      proxy.resume();
      assertThat(log.mentioning("degraded")).hasSize(1);
      assertThat(redis.getIfNewer("slow", 0)).isEqualTo(Optional.of("{\"v\":1}"));
      assertThat(log.mentioning("answers again")).hasSize(1);
    }
  }
}
