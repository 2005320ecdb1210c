package io.bookline.ingress;

import static io.bookline.db.Schema.Inbox;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.bookline.channel.Signatures;
import io.bookline.support.MutableClock;
import io.bookline.support.TcpProxy;
import io.bookline.support.TestApp;
import io.bookline.support.TestPostgres;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Postgres down: webhooks answer 503 so the platform redelivers, readiness says so; nothing
 * half-written.
 */
class DatabaseOutageTest {
  @Test
  void webhooks_answer_503_while_postgres_is_unreachable_and_work_again_after() throws Exception {
    String direct = TestPostgres.freshDatabase();
    URI uri = URI.create(direct.substring("jdbc:".length()));
    MutableClock clock = TestApp.mondayMorning();
    try (TcpProxy proxy = new TcpProxy(uri.getHost(), uri.getPort())) {
      String viaProxy = direct.replace(":" + uri.getPort() + "/", ":" + proxy.port() + "/");
      try (TestApp app =
          TestApp.start(
              clock,
              Map.of(
                  "DATABASE_URL", viaProxy,
                  "WHATSAPP_PHONE_NUMBER_ID", "555",
                  "WHATSAPP_ACCESS_TOKEN", "t",
                  "WHATSAPP_APP_SECRET", "s3cret",
                  "WHATSAPP_API_BASE_URL", "http://127.0.0.1:9"))) {
        assertEquals(200, app.chat("demo", "dora", "hi").status());
        proxy.cut();
        byte[] body =
            ("{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"1\",\"changes\":[{\"field\":\"messages\",\"value\":{"
                    + "\"metadata\":{\"phone_number_id\":\"555\"},\"messages\":[{\"from\":\"49\",\"id\":\"wamid.down\",\"timestamp\":\""
                    + clock.instant().getEpochSecond()
                    + "\",\"type\":\"text\",\"text\":{\"body\":\"hi\"}}]}}]}]}")
                .getBytes(StandardCharsets.UTF_8);
        var down =
            app.postRaw(
                "/webhooks/whatsapp",
                body,
                Map.of("X-Hub-Signature-256", Signatures.hubSignature(body, "s3cret")));
        assertEquals(503, down.status(), down.body());
        assertEquals("unavailable", down.json().get("error").asText());
        var web = app.chat("demo", "dora", "what are your prices?");
        assertEquals(503, web.status(), web.body());
        assertEquals(503, app.get("/health/ready").status());

        proxy.restore();
        // Like the platform: redeliver until acknowledged. A pooled connection that broke during
        // the outage may fail one more request before the pool replaces it.
        await()
            .atMost(Duration.ofSeconds(15))
            .pollInterval(Duration.ofMillis(200))
            .until(
                () ->
                    app.postRaw(
                                "/webhooks/whatsapp",
                                body,
                                Map.of(
                                    "X-Hub-Signature-256", Signatures.hubSignature(body, "s3cret")))
                            .status()
                        == 200);
        // The main pool may still hand out a connection that broke during the outage (Hikari
        // skips its check on one used within the last 500 ms): count once it has recovered too.
        await()
            .atMost(Duration.ofSeconds(15))
            .pollInterval(Duration.ofMillis(200))
            .ignoreExceptions()
            .until(
                () ->
                    app.app()
                            .database()
                            .dsl()
                            .fetchCount(Inbox.T, Inbox.PLATFORM_MESSAGE_ID.eq("wamid.down"))
                        == 1);
      }
    }
  }
}
