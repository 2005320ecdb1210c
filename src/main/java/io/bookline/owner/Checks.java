package io.bookline.owner;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import java.util.regex.Pattern;

/** Field rules shared by the owner services; each adds its problem to {@link Problems}. */
final class Checks {
  static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
  static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
  static final int MAX_TEXT = 200;

  private Checks() {}

  /** A required text of 1–200 characters; null means "not sent" (and is wrong when required). */
  static void text(Problems p, String field, String value, boolean required) {
    if (value == null) {
      if (required) {
        p.add(field, "is required");
      }
    } else if (value.isBlank()) {
      p.add(field, "must not be empty");
    } else if (value.length() > MAX_TEXT) {
      p.add(field, "must be at most " + MAX_TEXT + " characters, not " + value.length());
    }
  }

  static void timeZone(Problems p, String field, String value) {
    if (value == null) {
      return;
    }
    try {
      ZoneId.of(value);
    } catch (DateTimeException e) {
      p.add(field, "'" + value + "' is not an IANA time zone such as Europe/Berlin");
    }
  }

  static void currency(Problems p, String field, String value) {
    if (value == null) {
      return;
    }
    try {
      Currency.getInstance(value);
    } catch (IllegalArgumentException e) {
      p.add(field, "'" + value + "' is not an ISO 4217 currency code such as EUR");
    }
  }

  static void locale(Problems p, String field, String value) {
    if (value != null
        && (!LANGUAGE.matcher(value).matches()
            || Locale.forLanguageTag(value).getLanguage().isEmpty())) {
      p.add(field, "'" + value + "' is not a language tag such as en or de");
    }
  }

  static void range(Problems p, String field, Integer value, int min, int max) {
    if (value != null && (value < min || value > max)) {
      p.add(field, "must be between " + min + " and " + max + ", not " + value);
    }
  }
}
