package io.bookline.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.bookline.support.FakePlatform;
import io.bookline.support.TestApp;
import io.bookline.support.TestPostgres;
import io.bookline.support.WhatsApp;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A voice note, image, sticker, location or document never gets silence (issue 16): a short reply
 * in the customer's language asking them to type, and the message is in the transcript with its raw
 * payload.
 */
class NonTextMessagesTest {
  static final Duration WAIT = Duration.ofSeconds(30);
  static final String TG_SECRET = "tg-secret";
  static final FakePlatform platform = new FakePlatform();
  static TestApp app;
  static long sent = TestApp.MONDAY_8AM_BERLIN.getEpochSecond();

  @BeforeAll
  static void start() {
    Map<String, String> env = new HashMap<>(WhatsApp.env(platform));
    env.put("TELEGRAM_BOT_TOKEN", "123:abc");
    env.put("TELEGRAM_SECRET_TOKEN", TG_SECRET);
    env.put("TELEGRAM_API_BASE_URL", platform.base("tg"));
    env.put("DATABASE_URL", TestPostgres.freshDatabase());
    app = TestApp.start(TestApp.mondayMorning(), env);
  }

  @AfterAll
  static void stop() {
    app.close();
    platform.close();
  }

  static DSLContext db() {
    return app.app().database().dsl();
  }

  @ParameterizedTest(name = "WhatsApp {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "audio|{\"id\":\"a1\",\"voice\":true,\"mime_type\":\"audio/ogg\"}",
        "image|{\"id\":\"i1\",\"mime_type\":\"image/jpeg\"}",
        "sticker|{\"id\":\"s1\",\"animated\":false}",
        "location|{\"latitude\":52.52,\"longitude\":13.40,\"name\":\"Alexanderplatz\"}",
        "document|{\"id\":\"d1\",\"filename\":\"x.pdf\"}"
      })
  void whatsapp_media_gets_asked_to_type_and_is_kept_raw(String type, String content) {
    String from = "49170" + type.length() + sent;
    long at = sent++;
    String id = "wamid.media." + type + at;
    byte[] body =
        WhatsApp.message(
            "{\"from\":\"%s\",\"id\":\"%s\",\"timestamp\":\"%d\",\"type\":\"%s\",\"%s\":%s}"
                .formatted(from, id, at, type, type, content));
    int before = platform.calls("whatsapp").size();
    assertThat(WhatsApp.post(app, body).status()).isEqualTo(200);
    await().atMost(WAIT).until(() -> platform.calls("whatsapp").size() > before);
    var reply =
        platform.calls("whatsapp").stream()
            .filter(c -> c.body().path("to").asText().equals(from))
            .findFirst()
            .orElseThrow();
    assertThat(reply.body().path("text").path("body").asText())
        .startsWith("Sorry, I can only read text messages.");
    assertThat(
            db().fetchValue(
                    "select raw_message::text from messages where direction = 'in'"
                        + " and platform_message_id = ?",
                    id))
        .asString()
        .contains(type);
  }

  @ParameterizedTest(name = "Telegram {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "location|{\"latitude\":52.52,\"longitude\":13.4}",
        "voice|{\"file_id\":\"v1\",\"duration\":3}",
        "sticker|{\"file_id\":\"s1\",\"width\":512,\"height\":512}"
      })
  void telegram_media_gets_asked_to_type(String type, String content) {
    long at = sent++;
    long chat = 900 + type.length();
    String update =
        ("{\"update_id\":%d,\"message\":{\"message_id\":%d,\"date\":%d,\"chat\":{\"id\":%d,"
                + "\"type\":\"private\"},\"from\":{\"id\":%d,\"is_bot\":false,\"first_name\":\"T\"},"
                + "\"%s\":%s}}")
            .formatted(at, at, at, chat, chat, type, content);
    int before = platform.calls("telegram").size();
    assertThat(
            app.postRaw(
                    "/webhooks/telegram/demo",
                    update.getBytes(StandardCharsets.UTF_8),
                    Map.of("X-Telegram-Bot-Api-Secret-Token", TG_SECRET))
                .status())
        .isEqualTo(200);
    await().atMost(WAIT).until(() -> platform.calls("telegram").size() > before);
    var reply =
        platform.calls("telegram").stream()
            .filter(c -> c.body().path("chat_id").asText().equals(Long.toString(chat)))
            .reduce((a, b) -> b)
            .orElseThrow();
    assertThat(reply.body().path("text").asText()).startsWith("Sorry, I can only read text");
  }
}
