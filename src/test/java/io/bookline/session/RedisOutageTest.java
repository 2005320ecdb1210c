package io.bookline.session;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bookline.support.TcpProxy;
import io.bookline.support.TestApp;
import io.bookline.support.TestPostgres;
import io.bookline.support.TestRedis;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Redis going away degrades the instance but never stops it; when Redis is back it is used again.
 */
class RedisOutageTest {
  @Test
  void turns_go_on_while_redis_is_down_and_the_tier_resumes_when_it_is_back() throws Exception {
    String redisUrl = TestRedis.fresh();
    RedisURI target = RedisURI.create(redisUrl);
    try (TcpProxy proxy = new TcpProxy(target.getHost(), target.getPort());
        TestApp app =
            TestApp.start(
                TestApp.mondayMorning(),
                Map.of(
                    "DATABASE_URL",
                    TestPostgres.freshDatabase(),
                    "REDIS_URL",
                    "redis://127.0.0.1:" + proxy.port() + "/" + target.getDatabase()))) {
      assertTrue(app.say("rex", "hi").startsWith("Hi!"));
      assertEquals("up", app.get("/health/ready").json().get("checks").get("redis").asText());

      proxy.cut();
      assertTrue(app.say("rex", "gel manicure").startsWith("Which day"));
      assertTrue(
          app.say("rex", "tomorrow").startsWith("Free times for Gel Manicure on Tue 24 Nov"));
      var ready = app.get("/health/ready");
      assertEquals(200, ready.status(), "a degraded cache does not take the instance out");
      assertEquals("degraded", ready.json().get("status").asText());
      assertEquals("degraded", ready.json().get("checks").get("redis").asText());

      proxy.restore();
      await()
          .atMost(Duration.ofSeconds(20))
          .until(
              () ->
                  "up".equals(app.get("/health/ready").json().get("checks").get("redis").asText()));
      app.say("rex", "what are your prices?");
      // The turn after the outage reached Redis: it holds the newest version (4 turns so far).
      RedisClient client = RedisClient.create(target);
      try (var c = client.connect()) {
        String key = c.sync().keys("bookline:session:*").get(0);
        assertEquals("4", c.sync().hget(key, "v"));
      } finally {
        client.shutdown();
      }
    }
  }
}
