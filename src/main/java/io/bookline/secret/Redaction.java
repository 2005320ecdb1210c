package io.bookline.secret;

import java.util.Collection;
import java.util.regex.Pattern;

/**
 * Takes credentials out of text that is logged or stored (ADR 0029): a Telegram bot token in a
 * request path ({@code /bot123:ABC…/sendMessage}), tokens and keys in query strings, bearer tokens,
 * passwords in URLs, the data Postgres quotes in its errors (a customer's payload), and — where the
 * caller knows them — the exact secret values. And {@link #escape} makes one line of text stay one
 * line: control characters are written as escapes, so a value with {@code \n} cannot forge a log
 * line.
 */
public final class Redaction {
  public static final String MASK = "***";

  private static final Pattern TELEGRAM_PATH = Pattern.compile("(?i)(/bot)[^/?#\\r\\n]+");

  /**
   * A secret query value: up to the next {@code &}, {@code #} or space, but punctuation that ends
   * the run ({@code password=x, poolSize=10}, {@code password=x: refused}) is the sentence's, kept.
   */
  private static final Pattern QUERY_SECRET =
      Pattern.compile(
          "(?i)([?&](?:access_token|token|key|api_key|apikey|secret|client_secret|password|hub\\.verify_token)=)[^&#\\s]*?(?=[,;:.)'\"\\]]*(?:[&#\\s]|$))");

  private static final Pattern BEARER = Pattern.compile("(?i)(bearer\\s+)[A-Za-z0-9._~+/=-]+");
  private static final Pattern URL_PASSWORD = Pattern.compile("(://[^/@\\s:]*:)[^@/\\s]+@");

  /**
   * What Postgres quotes of the data in its errors: the JSON it could not take ({@code Where: JSON
   * data, line 1: …}) and the values of a violated key ({@code Detail: Key (a)=(…)}).
   */
  private static final Pattern PG_JSON_DATA = Pattern.compile("(JSON data, line \\d+: )[^\\r\\n]*");

  private static final Pattern PG_KEY_VALUES =
      Pattern.compile("(Key \\([^)]*\\)=\\()[^\\r\\n]*?(\\) )");

  /** Secret values shorter than this are not searched for (they would mask ordinary words). */
  static final int MIN_VALUE = 6;

  private Redaction() {}

  /** {@code text} with every credential the patterns know masked; null stays null. */
  public static String redact(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String out = TELEGRAM_PATH.matcher(text).replaceAll("$1" + MASK);
    out = QUERY_SECRET.matcher(out).replaceAll("$1" + MASK);
    out = BEARER.matcher(out).replaceAll("$1" + MASK);
    out = PG_JSON_DATA.matcher(out).replaceAll("$1" + MASK);
    out = PG_KEY_VALUES.matcher(out).replaceAll("$1" + MASK + "$2");
    return URL_PASSWORD.matcher(out).replaceAll("$1" + MASK + "@");
  }

  /** {@link #redact} and every one of {@code secrets} (at least six characters) masked as well. */
  public static String redact(String text, Collection<String> secrets) {
    String out = redact(text);
    if (out == null) {
      return null;
    }
    for (String s : secrets) {
      if (s != null && s.length() >= MIN_VALUE) {
        out = out.replace(s, MASK);
      }
    }
    return out;
  }

  /**
   * One line: CR, LF and tab as {@code \r \n \t}, other control characters (C0, DEL, C1) and the
   * Unicode line and paragraph separators as a backslash-u escape of four hex digits; a backslash
   * stays as it is.
   */
  public static String escape(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String replacement =
          switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default ->
                c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || c == 0x2028 || c == 0x2029
                    ? String.format("\\u%04x", (int) c)
                    : null;
          };
      if (replacement != null && out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (out != null) {
        if (replacement != null) {
          out.append(replacement);
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? text : out.toString();
  }
}
