package io.bookline.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bookline.support.MutableClock;
import io.bookline.support.TestApp;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HealthTest {
  @Test
  void live_and_ready_answer_while_the_database_does() {
    try (TestApp app = TestApp.start(new MutableClock(Instant.parse("2026-11-23T07:00:00Z")))) {
      assertEquals(200, app.get("/health/live").status());
      var ready = app.get("/health/ready");
      assertEquals(200, ready.status());
      assertEquals("up", ready.json().get("checks").get("database").asText());
      var metrics = app.get("/metrics");
      assertEquals(200, metrics.status());
      assertTrue(metrics.body().contains("jvm_memory_used_bytes"));
      var chat = app.get("/chat/demo");
      assertEquals(200, chat.status());
      assertTrue(
          chat.body().contains("<title>Demo Nail Studio · Bookline chat</title>"), chat.body());
      assertEquals(404, app.get("/chat/unknown").status());
    }
  }
}
