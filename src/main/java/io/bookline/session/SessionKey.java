package io.bookline.session;

/** The stable key of a conversation: one customer of one business on one platform. */
public final class SessionKey {
  private SessionKey() {}

  public static String of(long businessId, String platform, String userId) {
    return businessId + ":" + platform + ":" + userId;
  }
}
