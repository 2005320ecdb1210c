package io.bookline.ingress;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.bookline.support.FakePlatform;
import io.bookline.support.LogCapture;
import io.bookline.support.MutableClock;
import io.bookline.support.Poison;
import io.bookline.support.TestApp;
import io.bookline.support.TestPostgres;
import io.bookline.support.WhatsApp;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Finding 1 of issue 14: one bad message must not block its conversation for good. */
class PoisonMessageTest {
  static final Duration WAIT = Duration.ofSeconds(20);

  final MutableClock clock = TestApp.mondayMorning();
  final long now = clock.instant().getEpochSecond();
  FakePlatform platform;
  TestApp app;

  @BeforeEach
  void start() {
    platform = new FakePlatform();
    Map<String, String> env = new HashMap<>(WhatsApp.env(platform));
    env.put("DATABASE_URL", TestPostgres.freshDatabase());
    env.put("INBOX_MAX_ATTEMPTS", "3");
    app = TestApp.start(clock, env);
  }

  @AfterEach
  void stop() {
    app.close();
    platform.close();
  }

  DSLContext db() {
    return app.app().database().dsl();
  }

  String status(String platformMessageId) {
    return db().fetchValue(
            "select status from inbox where platform_message_id = ?", platformMessageId)
        .toString();
  }

  @Test
  void a_signed_message_with_a_lone_surrogate_nul_and_a_huge_number_is_answered_and_the_next_too() {
    byte[] poison =
        WhatsApp.message(
            ("{\"from\":\"4911\",\"id\":\"wamid.odd\",\"timestamp\":\"%d\",\"type\":\"text\","
                    + "\"text\":{\"body\":\"hi \\ud83d and \\u0000 nul\"},\"extra\":1e999999}")
                .formatted(now));
    assertEquals(200, WhatsApp.post(app, poison).status());
    byte[] next = WhatsApp.text("wamid.next", "4911", "what are your prices?", now + 1);
    assertEquals(200, WhatsApp.post(app, next).status());
    await()
        .atMost(WAIT)
        .until(() -> "done".equals(status("wamid.odd")) && "done".equals(status("wamid.next")));
    await().atMost(WAIT).until(() -> platform.calls("whatsapp").size() >= 2);
    assertEquals(
        "hi \uFFFD and  nul",
        db().fetchValue(
                "select content_text from messages where platform_message_id = 'wamid.odd'"));
    byte[] kept =
        db().fetchValue(
                DSL.select(DSL.field("raw_body", SQLDataType.BLOB))
                    .from("inbox")
                    .where("platform_message_id = 'wamid.odd'"));
    assertArrayEquals(poison, kept, "the raw body is kept as the bytes received");
  }

  @Test
  void trailing_tokens_are_refused_with_a_400_and_nothing_is_stored() {
    var web = app.post("/webhooks/web/demo", "{\"userId\": \"t1\", \"text\": \"hi\"} junk");
    assertEquals(400, web.status(), web.body());
    assertEquals("bad_request", web.json().get("error").asText());
    byte[] signed =
        (new String(WhatsApp.text("wamid.t", "4933", "hi", now), StandardCharsets.UTF_8) + " {}")
            .getBytes(StandardCharsets.UTF_8);
    assertEquals(400, WhatsApp.post(app, signed).status());
    assertEquals(0, db().fetchCount(DSL.table("inbox")));
  }

  @Test
  void a_message_that_always_fails_is_set_aside_listed_for_the_admin_and_stops_blocking() {
    Poison.install(db(), "wamid.poison");
    try (LogCapture logs = new LogCapture()) {
      assertEquals(
          200, WhatsApp.post(app, WhatsApp.text("wamid.poison", "4922", "hi", now)).status());
      await()
          .atMost(WAIT)
          .until(
              () ->
                  ((Number)
                              db().fetchValue(
                                      "select attempts from inbox where platform_message_id = ?",
                                      "wamid.poison"))
                          .intValue()
                      >= 1);
      byte[] later = WhatsApp.text("wamid.later", "4922", "what are your prices?", now + 5);
      assertEquals(200, WhatsApp.post(app, later).status());
      await().atMost(WAIT).until(() -> "done".equals(status("wamid.later")));
      await()
          .atMost(WAIT)
          .until(
              () ->
                  platform.calls("whatsapp").stream()
                      .anyMatch(c -> c.body().path("to").asText().equals("4922")));
      assertEquals("failed", status("wamid.poison"));
      long row =
          ((Number)
                  db().fetchValue(
                          "select id from inbox where platform_message_id = 'wamid.poison'"))
              .longValue();
      assertEquals(1, logs.mentioning("inbox row " + row + " ").size(), "the row is logged once");
      assertTrue(
          logs.events().stream().noneMatch(e -> e.getThrowableProxy() != null),
          "no stack traces: " + logs.events());
    }
    JsonNode listed = app.getAdmin("/api/inbox/failed").json().get("failed");
    assertEquals(1, listed.size(), listed.toString());
    assertEquals("wamid.poison", listed.get(0).get("platformMessageId").asText());
    assertEquals(3, listed.get(0).get("attempts").asInt());
    assertTrue(
        listed.get(0).get("lastError").asText().contains("SQLSTATE P0001"), listed.toString());
    app.as(TestApp.ADMIN_KEY, null)
        .post("/api/businesses", "{\"slug\":\"other\",\"name\":\"Other\",\"timeZone\":\"UTC\"}");
    assertEquals(
        0,
        app.as(TestApp.ADMIN_KEY, "other").get("/api/inbox/failed").json().get("failed").size(),
        "another business sees none of it");
    assertEquals(401, app.get("/api/inbox/failed").status());
  }
}
