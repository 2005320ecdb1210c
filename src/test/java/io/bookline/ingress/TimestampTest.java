package io.bookline.ingress;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.bookline.support.FakePlatform;
import io.bookline.support.TestApp;
import io.bookline.support.TestPostgres;
import io.bookline.support.WhatsApp;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Finding 7 of issue 14: a timestamp out of any range is acknowledged with a 200 and recorded, and
 * a message dated in the future is not answered as if it were new.
 */
class TimestampTest {
  final FakePlatform platform = new FakePlatform();
  TestApp app;

  @BeforeEach
  void start() {
    Map<String, String> env = new HashMap<>(WhatsApp.env(platform));
    env.put("DATABASE_URL", TestPostgres.freshDatabase());
    env.put("TELEGRAM_BOT_TOKEN", "123:abc");
    env.put("TELEGRAM_SECRET_TOKEN", "tg-secret");
    env.put("TELEGRAM_API_BASE_URL", platform.base("tg"));
    app = TestApp.start(TestApp.mondayMorning(), env);
  }

  @AfterEach
  void stop() {
    app.close();
    platform.close();
  }

  DSLContext db() {
    return app.app().database().dsl();
  }

  void recordedUnanswered(int messages) {
    await()
        .atMost(Duration.ofSeconds(15))
        .until(
            () ->
                db().fetchCount(DSL.table("inbox"), DSL.condition("status = 'done'")) == messages);
    assertEquals(
        messages, db().fetchCount(DSL.table("messages"), DSL.condition("direction = 'in'")));
    assertEquals(0, db().fetchCount(DSL.table("outbox")), "none of them is answered");
  }

  @Test
  void whatsapp_timestamps_past_any_range_are_acknowledged_recorded_and_not_answered() {
    long tomorrow = TestApp.MONDAY_8AM_BERLIN.getEpochSecond() + 86_400;
    String[] stamps = {"9223372036854775807", "1.5e300", "\"-9223372036854775808\"", "1e999999"};
    for (int i = 0; i < stamps.length; i++) {
      byte[] body = WhatsApp.text("wamid.t" + i, "49" + i, "\"hi\"", stamps[i]);
      var r = WhatsApp.post(app, body);
      assertEquals(200, r.status(), stamps[i] + ": " + r.body());
    }
    var future = WhatsApp.post(app, WhatsApp.text("wamid.future", "4999", "hi", tomorrow));
    assertEquals(200, future.status());
    recordedUnanswered(stamps.length + 1);
  }

  @Test
  void telegram_dates_past_any_range_are_acknowledged_recorded_and_not_answered() {
    String[] dates = {"1000000000000", "-1000000000000", "1e300"};
    for (int i = 0; i < dates.length; i++) {
      String update =
          "{\"update_id\":%d,\"message\":{\"message_id\":1,\"date\":%s,\"chat\":{\"id\":%d},\"text\":\"hi\"}}"
              .formatted(i + 1, dates[i], 70 + i);
      var r =
          app.postRaw(
              "/webhooks/telegram/demo",
              update.getBytes(StandardCharsets.UTF_8),
              Map.of("X-Telegram-Bot-Api-Secret-Token", "tg-secret"));
      assertEquals(200, r.status(), dates[i] + ": " + r.body());
    }
    recordedUnanswered(dates.length);
  }
}
