package io.bookline.support;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Telegram updates from one private chat with the demo business's bot, written as text, and the
 * settings that attach that bot: the Telegram twin of {@link WhatsApp}.
 */
public final class Telegram {
  public static final String SECRET = "tg-secret-token";

  /** The customer's user id, which is also their private chat's id. */
  public static final long CHAT = 777;

  private static final String FROM =
      "\"from\":{\"id\":" + CHAT + ",\"is_bot\":false,\"first_name\":\"T\"}";
  private static final String CHAT_JSON = "\"chat\":{\"id\":" + CHAT + ",\"type\":\"private\"}";

  private Telegram() {}

  /** The settings that attach the demo business's bot, replies going to {@code api}. */
  public static Map<String, String> env(FakePlatform api) {
    Map<String, String> env = new HashMap<>();
    env.put("TELEGRAM_BOT_TOKEN", "123:abc");
    env.put("TELEGRAM_SECRET_TOKEN", SECRET);
    env.put("TELEGRAM_API_BASE_URL", api.base("tg"));
    return env;
  }

  /**
   * An update {@code t} whose {@code field} ("message", "edited_message") is message {@code t} sent
   * at {@code t}; {@code messageJson} is the rest of the message as written, {@code {}} for none.
   */
  public static String message(String field, long t, String messageJson) {
    String rest = Messenger.inner(messageJson);
    return "{\"update_id\":%d,\"%s\":{\"message_id\":%d,%s,%s,\"date\":%d%s%s}}"
        .formatted(t, field, t, FROM, CHAT_JSON, t, rest.isEmpty() ? "" : ",", rest);
  }

  /**
   * Update {@code t}: the customer edited their message {@code messageId} (which Telegram keeps
   * with its id and date) to {@code text} at {@code t}.
   */
  public static String edit(long t, long messageId, String text) {
    return ("{\"update_id\":%d,\"edited_message\":{\"message_id\":%d,%s,%s,\"date\":%d,"
            + "\"edit_date\":%d,\"text\":\"%s\"}}")
        .formatted(t, messageId, FROM, CHAT_JSON, messageId, t, text);
  }

  /** Update {@code t}: the button {@code data} pressed on the bot's message {@code t}. */
  public static String press(long t, String data) {
    return ("{\"update_id\":%d,\"callback_query\":{\"id\":\"cb%d\",%s,\"message\":{"
            + "\"message_id\":%d,%s,\"date\":%d,\"text\":\"?\"},\"chat_instance\":\"1\","
            + "\"data\":\"%s\"}}")
        .formatted(t, t, FROM, t, CHAT_JSON, t, data);
  }

  /** Posts an update to the demo business's Telegram webhook with the secret token. */
  public static TestApp.Response post(TestApp app, String update) {
    return app.postRaw(
        "/webhooks/telegram/demo",
        update.getBytes(StandardCharsets.UTF_8),
        Map.of("X-Telegram-Bot-Api-Secret-Token", SECRET));
  }
}
