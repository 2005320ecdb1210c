package io.bookline.channel;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.bookline.Components;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Webhook requests as the routes hand them to a channel, for tests without HTTP. */
final class Requests {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String SECRET = "test-secret";

  /** The secrets of every account of {@link MemoryDirectory#everyAccount}. */
  static final Map<String, String> SECRETS =
      Map.of(ChannelAccount.APP_SECRET, SECRET, ChannelAccount.SECRET_TOKEN, SECRET);

  /** A send API nobody listens on: rendering and parsing never call it. */
  static final PlatformApi NO_API =
      new PlatformApi(new PlatformHttp(Components.objectMapper()), "http://127.0.0.1:9/");

  private Requests() {}

  static WebhookRequest request(
      byte[] body, Map<String, String> headers, Map<String, String> path) {
    return new WebhookRequest(JSON, body, headers, path, Map.of());
  }

  /** A Meta webhook signed with {@code secret}. */
  static WebhookRequest meta(byte[] body, String secret) {
    return request(
        body, Map.of("X-Hub-Signature-256", Signatures.hubSignature(body, secret)), Map.of());
  }

  static WebhookRequest telegram(byte[] body, String slug, String secretToken) {
    return request(
        body, Map.of("X-Telegram-Bot-Api-Secret-Token", secretToken), Map.of("businessSlug", slug));
  }

  static WebhookRequest web(String slug, String body) {
    return request(body.getBytes(StandardCharsets.UTF_8), Map.of(), Map.of("businessSlug", slug));
  }

  /** What the routes do before recording: verify, then parse. */
  static List<WebhookEvent> receive(Channel channel, WebhookRequest request, Directory directory) {
    return channel.parse(request, channel.verify(request, directory));
  }
}
