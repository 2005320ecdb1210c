package io.bookline.config;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The names of Bookline's settings, and the warnings for names that look meant for it but are none
 * ({@code DATABSE_URL}): read by {@link ConfigLoader}, documented one by one in {@code
 * .env.example}.
 */
final class SettingNames {
  private SettingNames() {}

  /** Every setting Bookline reads ({@code .env.example} documents each one). */
  static final Set<String> KNOWN =
      Set.of(
          "ACCESS_LOG",
          "BIND_ADDRESS",
          "BOOKLINE_ADMIN_KEY",
          "BOOKLINE_DATA_DIR",
          "BOOKLINE_DEMO",
          "BOOKLINE_SECRET_KEY",
          "BOOKLINE_SECRET_KEY_PREVIOUS",
          "CLIENT_IP_HEADER",
          "DATABASE_POOL_SIZE",
          "DATABASE_URL",
          "INBOX_MAX_ATTEMPTS",
          "LLM_CIRCUIT_OPEN_FOR",
          "LLM_HISTORY_MESSAGES",
          "LLM_MAX_ATTEMPTS",
          "LLM_STRICT_SCHEMA",
          "LLM_TIMEOUT",
          "LLM_TURN_BUDGET",
          "LOG_FORMAT",
          "MANAGEMENT_BIND_ADDRESS",
          "MANAGEMENT_PORT",
          "MESSAGE_MAX_AGE",
          "MESSENGER_API_BASE_URL",
          "MESSENGER_APP_SECRET",
          "MESSENGER_PAGE_ACCESS_TOKEN",
          "MESSENGER_PAGE_ID",
          "MESSENGER_VERIFY_TOKEN",
          "METRICS_TOKEN",
          "OPENAI_API_KEY",
          "OPENAI_BASE_URL",
          "OPENAI_MODEL",
          "OUTBOX_LEASE",
          "OUTBOX_MAX_ATTEMPTS",
          "OUTBOX_MAX_WAIT",
          "OUTBOX_RETRY_WINDOW",
          "PAYLOAD_RETENTION",
          "PORT",
          "PUBLIC_BASE_URL",
          "RATE_LIMIT_PER_MINUTE",
          "REDIS_URL",
          "SESSION_CACHE_MAX",
          "SESSION_TTL",
          "SHUTDOWN_TIMEOUT",
          "TELEGRAM_API_BASE_URL",
          "TELEGRAM_BOT_TOKEN",
          "TELEGRAM_SECRET_TOKEN",
          "VERIFY_FAILURES_PER_MINUTE",
          "WEB_IP_RATE_LIMIT_PER_MINUTE",
          "WEB_RATE_LIMIT_PER_MINUTE",
          "WEB_TRUST_USER_ID",
          "WHATSAPP_ACCESS_TOKEN",
          "WHATSAPP_API_BASE_URL",
          "WHATSAPP_APP_SECRET",
          "WHATSAPP_PHONE_NUMBER_ID",
          "WHATSAPP_VERIFY_TOKEN");

  /**
   * A warning for each name that looks meant for Bookline but is no setting of it (ignored): a
   * {@code BOOKLINE_…} name, or one a letter or two away from a setting ({@code DATABSE_URL},
   * {@code REDIS_ULR}). Names only, never values; other programs' variables are left alone.
   */
  static List<String> lookalikes(Collection<String> names) {
    List<String> warnings = new ArrayList<>();
    for (String name : new TreeSet<>(names)) {
      if (KNOWN.contains(name) || !name.matches("[A-Z][A-Z0-9_]*")) {
        continue;
      }
      Optional<String> meant =
          KNOWN.stream()
              .filter(k -> k.length() >= 8 && typos(name, k) <= 2)
              .min(Comparator.comparingInt((String k) -> typos(name, k)).thenComparing(k -> k));
      if (meant.isPresent() || name.startsWith("BOOKLINE_")) {
        warnings.add(
            name
                + " is not a Bookline setting and is ignored"
                + meant.map(k -> "; did you mean " + k + "?").orElse(""));
      }
    }
    return warnings;
  }

  /** Letters inserted, deleted, changed or swapped with the next one to turn {@code a} into b. */
  static int typos(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
