package io.bookline.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.bookline.support.FakeLlm;
import io.bookline.support.FakePlatform;
import io.bookline.support.TestApp;
import io.bookline.support.TestPostgres;
import io.bookline.support.WhatsApp;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 18's typing indicator: while a slow model reads a platform message, the customer sees the
 * bot typing — WhatsApp gets a read receipt with {@code typing_indicator}, Telegram {@code
 * sendChatAction typing} — once, before the reply. Real HTTP to a fake model that takes 3 s and to
 * a fake platform; the test waits for what arrives, it times nothing.
 */
class TypingIndicatorTest {
  static final Duration WAIT = Duration.ofSeconds(60);
  static final String TG_SECRET = "tg-secret";

  FakeLlm llm;
  FakePlatform platform;
  TestApp app;

  @BeforeEach
  void start() {
    llm = new FakeLlm();
    llm.always(FakeLlm.slow(3_000, "{\"intent\": \"greeting\"}"));
    platform = new FakePlatform();
    Map<String, String> env = new HashMap<>(WhatsApp.env(platform));
    env.put("DATABASE_URL", TestPostgres.freshDatabase());
    env.putAll(llm.settings());
    env.put("TELEGRAM_BOT_TOKEN", "123:abc");
    env.put("TELEGRAM_SECRET_TOKEN", TG_SECRET);
    env.put("TELEGRAM_API_BASE_URL", platform.base("tg"));
    app = TestApp.start(TestApp.mondayMorning(), env);
  }

  @AfterEach
  void stop() {
    app.close();
    platform.close();
    llm.close();
  }

  long now() {
    return app.clock().instant().getEpochSecond();
  }

  @Test
  void whatsapp_shows_the_typing_indicator_on_the_customer_s_message_before_the_reply() {
    byte[] hello = WhatsApp.text("wamid.HELLO1", "4915112345678", "hello", now());
    assertThat(WhatsApp.post(app, hello).status()).isEqualTo(200);

    await().atMost(WAIT).until(() -> platform.calls("whatsapp").size() >= 2);
    List<FakePlatform.Call> calls = platform.calls("whatsapp");
    var typing = calls.get(0).body();
    assertThat(typing.path("status").asText()).isEqualTo("read");
    assertThat(typing.path("message_id").asText()).isEqualTo("wamid.HELLO1");
    assertThat(typing.path("typing_indicator").path("type").asText()).isEqualTo("text");
    assertThat(calls.get(0).path()).isEqualTo("/wa/" + WhatsApp.PHONE + "/messages");
    var reply = calls.get(1).body();
    assertThat(reply.path("to").asText()).isEqualTo("4915112345678");
    assertThat(reply.has("typing_indicator")).isFalse();
    assertThat(calls.stream().filter(c -> c.body().has("typing_indicator")).count())
        .as("shown once per message")
        .isEqualTo(1);
    assertThat(
            app.app()
                .metrics()
                .counter("bookline.typing", "platform", "whatsapp", "outcome", "shown")
                .count())
        .isEqualTo(1.0);
  }

  @Test
  void telegram_gets_send_chat_action_typing_before_the_reply() {
    String update =
        "{\"update_id\":7001,\"message\":{\"message_id\":55,\"from\":{\"id\":777},\"chat\":"
            + "{\"id\":777,\"type\":\"private\"},\"date\":"
            + now()
            + ",\"text\":\"hello\"}}";
    TestApp.Response r =
        app.postRaw(
            "/webhooks/telegram/demo",
            update.getBytes(StandardCharsets.UTF_8),
            Map.of("X-Telegram-Bot-Api-Secret-Token", TG_SECRET));
    assertThat(r.status()).isEqualTo(200);

    await().atMost(WAIT).until(() -> platform.calls("telegram").size() >= 2);
    List<FakePlatform.Call> calls = platform.calls("telegram");
    assertThat(calls.get(0).path()).endsWith("/sendChatAction");
    assertThat(calls.get(0).body().path("action").asText()).isEqualTo("typing");
    assertThat(calls.get(0).body().path("chat_id").asLong()).isEqualTo(777);
    assertThat(calls.get(1).path()).endsWith("/sendMessage");
  }
}
