package io.bookline.channel;

import java.util.Map;
import java.util.Optional;

/**
 * A business's account on a platform: the WhatsApp phone number id, the Facebook page id or the
 * Telegram bot (keyed by business slug), with its secrets. {@link #toString()} never shows them.
 */
public record ChannelAccount(
    long id, long businessId, Platform platform, String externalId, Map<String, String> secrets) {
  public static final String ACCESS_TOKEN = "accessToken";
  public static final String APP_SECRET = "appSecret";
  public static final String VERIFY_TOKEN = "verifyToken";
  public static final String BOT_TOKEN = "botToken";
  public static final String SECRET_TOKEN = "secretToken";

  public ChannelAccount {
    secrets = Map.copyOf(secrets);
  }

  /**
   * The account a channel without stored accounts stands for: the business itself on that platform
   * (the web chat of a business). Its id is 0 and it holds no secrets.
   */
  public static ChannelAccount implicit(Platform platform, long businessId, String externalId) {
    return new ChannelAccount(0, businessId, platform, externalId, Map.of());
  }

  public Optional<String> secret(String name) {
    String v = secrets.get(name);
    return v == null || v.isBlank() ? Optional.empty() : Optional.of(v);
  }

  @Override
  public String toString() {
    return "ChannelAccount["
        + platform.id()
        + " "
        + externalId
        + " of business "
        + businessId
        + ", secrets "
        + secrets.keySet()
        + "]";
  }
}
