package io.bookline.ops;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A JVM of its own that logs what an attacker or a malformed token puts into log lines, through
 * logback.xml as production configures it: a value with a line feed, a Telegram token in a URL, and
 * an exception whose message quotes that URL.
 */
public final class ForgeryProbe {
  static final String TOKEN = "123456:AAE-leaky-token";

  private ForgeryProbe() {}

  public static void main(String[] args) {
    Logger log = LoggerFactory.getLogger("io.bookline.ingress.WebhookRoutes");
    log.warn(
        "unknown phone_number_id {}",
        "555\n2026-11-25T00:00:00.000+0000 ERROR OwnerAuth - admin key accepted\u001b[0m");
    log.error(
        "send failed",
        new IllegalArgumentException(
            "Illegal character in path at index 40: https://api.telegram.org/bot"
                + TOKEN
                + " x/sendMessage?access_token=abcdef123"));
    log.info("called https://api.telegram.org/bot{}/getMe", TOKEN);
  }
}
