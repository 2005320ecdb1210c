package io.bookline.support;

import io.bookline.channel.Signatures;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Signed WhatsApp Cloud API webhooks written as text, so a test can put in what Jackson would never
 * write itself: lone surrogate escapes, NUL escapes, numbers past any range.
 */
public final class WhatsApp {
  public static final String PHONE = "10634295353625";
  public static final String SECRET = "wa-app-secret";

  private WhatsApp() {}

  /** The settings that attach the demo business's WhatsApp number, replies going to {@code api}. */
  public static Map<String, String> env(FakePlatform api) {
    Map<String, String> env = new HashMap<>();
    env.put("WHATSAPP_PHONE_NUMBER_ID", PHONE);
    env.put("WHATSAPP_ACCESS_TOKEN", "wa-token");
    env.put("WHATSAPP_APP_SECRET", SECRET);
    env.put("WHATSAPP_VERIFY_TOKEN", "wa-verify");
    env.put("WHATSAPP_API_BASE_URL", api.base("wa"));
    return env;
  }

  /** A text message; {@code textJson} and {@code timestampJson} are JSON as written. */
  public static byte[] text(String id, String from, String textJson, String timestampJson) {
    return message(
        "{\"from\":\"%s\",\"id\":\"%s\",\"timestamp\":%s,\"type\":\"text\",\"text\":{\"body\":%s}}"
            .formatted(from, id, timestampJson, textJson));
  }

  /** A plain text message sent at {@code epochSeconds}. */
  public static byte[] text(String id, String from, String text, long epochSeconds) {
    return text(id, from, "\"" + text + "\"", "\"" + epochSeconds + "\"");
  }

  /** An image from {@code from}. */
  public static byte[] image(String id, String from, long epochSeconds) {
    return message(
        "{\"from\":\"%s\",\"id\":\"%s\",\"timestamp\":\"%d\",\"type\":\"image\",\"image\":{\"id\":\"img\"}}"
            .formatted(from, id, epochSeconds));
  }

  /** One message (JSON as written) in the envelope Meta sends, to the demo number. */
  public static byte[] message(String messageJson) {
    return envelope(PHONE, messageJson);
  }

  public static byte[] envelope(String phone, String messageJson) {
    return ("{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"waba\",\"changes\":[{"
            + "\"field\":\"messages\",\"value\":{\"messaging_product\":\"whatsapp\",\"metadata\":"
            + "{\"display_phone_number\":\"15550001\",\"phone_number_id\":\""
            + phone
            + "\"},\"messages\":["
            + messageJson
            + "]}}]}]}")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** The signature header for a body, signed with the demo number's app secret. */
  public static Map<String, String> signed(byte[] body) {
    return Map.of("X-Hub-Signature-256", Signatures.hubSignature(body, SECRET));
  }

  /** Posts a signed body to the WhatsApp webhook. */
  public static TestApp.Response post(TestApp app, byte[] body) {
    return app.postRaw("/webhooks/whatsapp", body, signed(body));
  }
}
