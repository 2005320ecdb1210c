package io.bookline.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.bookline.support.TcpProxy;
import io.bookline.support.TestApp;
import io.bookline.support.TestPostgres;
import io.bookline.support.TestRedis;
import io.lettuce.core.RedisURI;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 (ADR 0034): {@code /health/ready} asks Postgres and Redis now and names each with its
 * status and latency; Postgres down is 503 naming it, Redis down is degraded (still 200: the
 * instance serves from memory and Postgres), and the answer says which.
 */
class ReadinessTest {
  @Test
  void each_dependency_is_named_with_its_status_and_latency_and_a_failed_one_is_said()
      throws Exception {
    String direct = TestPostgres.freshDatabase();
    URI db = URI.create(direct.substring("jdbc:".length()));
    RedisURI redis = RedisURI.create(TestRedis.fresh());
    try (TcpProxy pg = new TcpProxy(db.getHost(), db.getPort());
        TcpProxy cache = new TcpProxy(redis.getHost(), redis.getPort());
        TestApp app =
            TestApp.start(
                TestApp.mondayMorning(),
                Map.of(
                    "DATABASE_URL",
                    direct.replace(":" + db.getPort() + "/", ":" + pg.port() + "/"),
                    "REDIS_URL",
                    "redis://127.0.0.1:" + cache.port() + "/" + redis.getDatabase()))) {
      var ready = app.get("/health/ready");
      assertThat(ready.status()).isEqualTo(200);
      assertThat(ready.json().get("status").asText()).isEqualTo("ready");
      JsonNode deps = ready.json().get("dependencies");
      assertThat(deps.get("postgres").get("status").asText()).isEqualTo("up");
      assertThat(deps.get("postgres").get("required").asBoolean()).isTrue();
      assertThat(deps.get("postgres").get("latencyMs").isNumber()).isTrue();
      assertThat(deps.get("postgres").get("latencyMs").asDouble()).isNotNegative();
      assertThat(deps.get("redis").get("status").asText()).isEqualTo("up");
      assertThat(deps.get("redis").get("required").asBoolean()).isFalse();
      assertThat(deps.get("redis").get("latencyMs").isNumber()).isTrue();
      assertThat(ready.json().get("failed")).isEmpty();

      cache.cut();
      var degraded = app.get("/health/ready");
      assertThat(degraded.status()).as(degraded.body()).isEqualTo(200);
      assertThat(degraded.json().get("status").asText()).isEqualTo("degraded");
      assertThat(degraded.json().get("degraded").toString()).isEqualTo("[\"redis\"]");
      assertThat(degraded.json().get("dependencies").get("redis").get("status").asText())
          .isEqualTo("degraded");

      pg.cut();
      var down = app.get("/health/ready");
      assertThat(down.status()).as(down.body()).isEqualTo(503);
      assertThat(down.json().get("status").asText()).isEqualTo("unavailable");
      assertThat(down.json().get("failed").toString()).isEqualTo("[\"postgres\"]");
      assertThat(down.json().get("dependencies").get("postgres").get("status").asText())
          .isEqualTo("down");

      pg.restore();
      cache.restore();
      org.awaitility.Awaitility.await()
          .atMost(java.time.Duration.ofSeconds(30))
          .until(() -> app.get("/health/ready").json().get("status").asText().equals("ready"));
    }
  }
}
