package io.bookline.support;

import io.bookline.channel.Signatures;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Signed Messenger webhooks for the demo business's page, written as text, and the settings that
 * attach that page: the Messenger twin of {@link WhatsApp}.
 */
public final class Messenger {
  public static final String PAGE = "12345654332";
  public static final String SECRET = "fb-app-secret";

  private Messenger() {}

  /** The settings that attach the demo business's page, replies going to {@code api}. */
  public static Map<String, String> env(FakePlatform api) {
    Map<String, String> env = new HashMap<>();
    env.put("MESSENGER_PAGE_ID", PAGE);
    env.put("MESSENGER_PAGE_ACCESS_TOKEN", "fb-token");
    env.put("MESSENGER_APP_SECRET", SECRET);
    env.put("MESSENGER_VERIFY_TOKEN", "fb-verify");
    env.put("MESSENGER_API_BASE_URL", api.base("fb"));
    return env;
  }

  /**
   * One messaging event from {@code sender} to the page at {@code epochSeconds}; {@code eventJson}
   * is the event's own part as written ({@code {"message":{…}}} or {@code {"postback":{…}}}).
   */
  public static byte[] event(String sender, long epochSeconds, String eventJson) {
    long millis = epochSeconds * 1000;
    return ("{\"object\":\"page\",\"entry\":[{\"id\":\"%s\",\"time\":%d,\"messaging\":[{"
            + "\"sender\":{\"id\":\"%s\"},\"recipient\":{\"id\":\"%s\"},"
            + "\"timestamp\":%d,%s}]}]}")
        .formatted(PAGE, millis, sender, PAGE, millis, inner(eventJson))
        .getBytes(StandardCharsets.UTF_8);
  }

  /** Posts a body signed with the page's app secret to the Messenger webhook. */
  public static TestApp.Response post(TestApp app, byte[] body) {
    return app.postRaw(
        "/webhooks/messenger",
        body,
        Map.of("X-Hub-Signature-256", Signatures.hubSignature(body, SECRET)));
  }

  /** {@code {"a":1}} without its braces, {@code "a":1}, to be put inside another object. */
  static String inner(String objectJson) {
    return objectJson.substring(1, objectJson.length() - 1);
  }
}
