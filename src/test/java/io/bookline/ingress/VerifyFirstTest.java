package io.bookline.ingress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.bookline.channel.Signatures;
import io.bookline.support.FakePlatform;
import io.bookline.support.TestApp;
import io.bookline.support.TestPostgres;
import io.bookline.support.WhatsApp;
import java.util.HashMap;
import java.util.Map;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Finding 9 of issue 14: no answer tells an outsider which phone number ids are configured, and
 * guessing verify tokens is slowed down.
 */
class VerifyFirstTest {
  final FakePlatform platform = new FakePlatform();
  TestApp app;

  @BeforeEach
  void start() {
    Map<String, String> env = new HashMap<>(WhatsApp.env(platform));
    env.put("DATABASE_URL", TestPostgres.freshDatabase());
    env.put("VERIFY_FAILURES_PER_MINUTE", "3");
    env.put("CLIENT_IP_HEADER", "X-Forwarded-For");
    app = TestApp.start(TestApp.mondayMorning(), env);
  }

  @AfterEach
  void stop() {
    app.close();
    platform.close();
  }

  @Test
  void an_unknown_phone_number_id_is_answered_exactly_as_a_known_one_with_a_bad_signature() {
    long now = TestApp.MONDAY_8AM_BERLIN.getEpochSecond();
    String message =
        "{\"from\":\"4911\",\"id\":\"wamid.x\",\"timestamp\":\"%d\",\"type\":\"text\",\"text\":{\"body\":\"hi\"}}"
            .formatted(now);
    byte[] known = WhatsApp.envelope(WhatsApp.PHONE, message);
    byte[] unknown = WhatsApp.envelope("99999999", message);
    var knownBadSignature =
        app.postRaw(
            "/webhooks/whatsapp",
            known,
            Map.of("X-Hub-Signature-256", Signatures.hubSignature(known, "guess")));
    var unknownBadSignature =
        app.postRaw(
            "/webhooks/whatsapp",
            unknown,
            Map.of("X-Hub-Signature-256", Signatures.hubSignature(unknown, "guess")));
    assertEquals(401, knownBadSignature.status());
    assertEquals(knownBadSignature.status(), unknownBadSignature.status());
    assertEquals(knownBadSignature.body(), unknownBadSignature.body());
    assertEquals(0, app.app().database().dsl().fetchCount(DSL.table("inbox")));
  }

  @Test
  void repeated_wrong_verify_tokens_from_one_address_get_429_until_the_minute_ends() {
    String check = "/webhooks/whatsapp?hub.mode=subscribe&hub.challenge=42&hub.verify_token=";
    for (int i = 0; i < 3; i++) {
      assertEquals(403, app.get(check + "guess" + i, "203.0.113.7").status());
    }
    var blocked = app.get(check + "wa-verify", "203.0.113.7");
    assertEquals(429, blocked.status(), "even the right token waits once too many were wrong");
    assertEquals("too_many_requests", blocked.json().get("error").asText());
    var elsewhere = app.get(check + "wa-verify", "198.51.100.9");
    assertEquals(200, elsewhere.status(), "another address is not held up");
    assertEquals("42", elsewhere.body());
  }
}
