package io.bookline.config;

import io.bookline.secret.Redaction;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a setting's text becomes its value. Each parser throws {@link IllegalArgumentException} for
 * text it does not take; the loader turns that into one line of the start-up error, with the
 * setting's name and what it expects.
 */
public final class SettingValues {
  private static final Pattern SIMPLE_DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");

  /** An IPv4 or IPv6 literal or a host name; never looked up here. */
  private static final Pattern BIND_ADDRESS =
      Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*|[A-Za-z0-9]([A-Za-z0-9.-]{0,252})");

  /** What Telegram's setWebhook takes as a {@code secret_token} (as {@code TelegramChannel}). */
  private static final Pattern TELEGRAM_SECRET_TOKEN = Pattern.compile("[A-Za-z0-9_-]{1,256}");

  private SettingValues() {}

  /**
   * The problem with a Telegram secret token of another shape: setWebhook would refuse it, so the
   * bot could never receive an update (the owner API refuses it the same way). The value is a
   * secret: the problem names its length, never its text.
   */
  static Optional<String> telegramSecretToken(String name, String v) {
    if (TELEGRAM_SECRET_TOKEN.matcher(v).matches()) {
      return Optional.empty();
    }
    return Optional.of(
        name
            + " is not a Telegram secret token ("
            + v.length()
            + (v.length() == 1 ? " character" : " characters")
            + "); expected 1 to 256 letters, digits, '_' or '-', as setWebhook takes it, e.g."
            + " nail-studio-7f3k");
  }

  static String bindAddress(String v) {
    boolean dottedQuad = v.matches("\\d+(\\.\\d+){3}");
    if (!BIND_ADDRESS.matcher(v).matches()
        || dottedQuad
            && Arrays.stream(v.split("\\."))
                .anyMatch(part -> part.length() > 3 || Integer.parseInt(part) > 255)) {
      throw new IllegalArgumentException("not an address");
    }
    return v;
  }

  static int port(String v) {
    int p = Integer.parseInt(v);
    if (p < 0 || p > 65535) {
      throw new IllegalArgumentException("out of range");
    }
    return p;
  }

  static int intInRange(String v, int min, int max) {
    int n = Integer.parseInt(v);
    if (n < min || n > max) {
      throw new IllegalArgumentException("out of range");
    }
    return n;
  }

  static int positiveInt(String v, int max) {
    int n = Integer.parseInt(v);
    if (n < 1 || n > max) {
      throw new IllegalArgumentException("out of range");
    }
    return n;
  }

  /**
   * What a boolean setting takes, as every error about one says it: a typo such as {@code flase}
   * stops start-up instead of being read as something.
   */
  public static final String BOOLEAN_VALUES = "true or false (also yes/no, on/off, 1/0)";

  /** {@link #BOOLEAN_VALUES}, in any case; anything else is refused. */
  public static boolean bool(String v) {
    return switch (v.strip().toLowerCase(Locale.ROOT)) {
      case "true", "yes", "1", "on" -> true;
      case "false", "no", "0", "off" -> false;
      default -> throw new IllegalArgumentException("not a boolean");
    };
  }

  /** {@code 90s}, {@code 30m}, {@code 2h}, {@code 1d} or ISO-8601 {@code PT2H}. */
  public static Duration duration(String v) {
    String s = v.strip().toLowerCase(Locale.ROOT);
    Matcher m = SIMPLE_DURATION.matcher(s);
    Duration d;
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      d =
          switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
          };
    } else {
      try {
        d = Duration.parse(v.strip().toUpperCase(Locale.ROOT));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("not a duration", e);
      }
    }
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException("not positive");
    }
    return d;
  }

  /**
   * A URL as a configuration error may quote it: everything before an {@code @} in the authority (a
   * user and password, or a Redis password alone) and secret query values masked.
   */
  static String redactedUrl(String url) {
    return Redaction.redact(url.replaceAll("//[^@/\\s]*@", "//" + Redaction.MASK + "@"));
  }
}
