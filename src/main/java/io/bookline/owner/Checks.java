package io.bookline.owner;

import io.bookline.db.Storable;
import io.bookline.understanding.Language;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

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
    } else {
      storable(p, field, value);
    }
  }

  /**
   * Text Postgres keeps as sent: no NUL and no half of a UTF-16 surrogate pair. Postgres refuses
   * the first (a 500) and writes the second as "?", so the chat would offer a service named "?".
   * Any text may be null or blank here; {@link #text} checks that.
   */
  static boolean storable(Problems p, String field, String value) {
    if (value != null && !Storable.isClean(value)) {
      p.add(field, UNSTORABLE);
      return false;
    }
    return true;
  }

  static final String UNSTORABLE =
      "must not contain the NUL character (\\u0000) or an unpaired UTF-16 surrogate";

  /**
   * A place's zone from the IANA database ("Europe/Berlin", "America/Argentina/Buenos_Aires"), or
   * UTC. Not a fixed offset ("+05:00", "UTC+01:00", "GMT0", "Etc/GMT-5") nor an old abbreviation
   * ("CET", "EST"): those do not follow a place's clock changes, so bookings drift by an hour at
   * summer time, and free times come back in "Z".
   */
  static void timeZone(Problems p, String field, String value) {
    if (value != null && !isRegion(value)) {
      p.add(field, "'" + value + "' is not an IANA time zone such as Europe/Berlin");
    }
  }

  private static boolean isRegion(String id) {
    return id.equals("UTC")
        || id.indexOf('/') > 0
            && !id.startsWith("Etc/")
            && !id.startsWith("SystemV/")
            && ZoneId.getAvailableZoneIds().contains(id);
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

  /**
   * A whole number from {@code min} to {@code max}. One too large to read at all (null here) is
   * named with the same range, not as "not a whole number".
   */
  static void range(Problems p, String field, Integer value, int min, int max) {
    if (value != null && (value < min || value > max)) {
      p.add(field, "must be between " + min + " and " + max + ", not " + value);
    } else if (value == null) {
      p.tooLargeAsSent(field)
          .ifPresent(
              sent ->
                  p.replaceTooLarge(
                      field, "must be between " + min + " and " + max + ", not " + sent));
    }
  }

  /** Words customers use (synonyms): at most 50, each 1–100 characters. */
  static void words(Problems p, String field, List<String> words) {
    if (words == null) {
      return;
    }
    if (words.size() > MAX_WORDS) {
      p.add(field, "must hold at most " + MAX_WORDS + " words, not " + words.size());
    }
    for (String w : words) {
      if (w.isBlank() || w.length() > 100) {
        p.add(field, "each word must be 1 to 100 characters, not '" + shorten(w) + "'");
      } else {
        storable(p, field, w);
      }
    }
  }

  /** The codes of the languages the chat reads and answers in: "en", "de", "es". */
  static final List<String> SPOKEN = Stream.of(Language.values()).map(Language::code).toList();

  /**
   * Keys are the codes of languages the chat speaks ({@link #SPOKEN}): a customer's language is one
   * of them, so a name under any other key ("xx", "fr", "es-MX") is shown to no one, and the
   * console, which offers these languages, cannot show or change it. Each value is checked by
   * {@code value}.
   */
  static <V> void byLanguage(
      Problems p, String field, Map<String, V> map, TriConsumer<Problems, String, V> value) {
    if (map == null) {
      return;
    }
    if (map.size() > 30) {
      p.add(field, "must name at most 30 languages, not " + map.size());
    }
    map.forEach(
        (language, v) -> {
          if (!SPOKEN.contains(language)) {
            p.add(
                field + "." + language,
                "'" + shorten(language) + "' is not a language the chat speaks: one of " + SPOKEN);
          } else {
            value.accept(p, field + "." + language, v);
          }
        });
  }

  /** A check of one value under a field name. */
  @FunctionalInterface
  interface TriConsumer<A, B, C> {
    void accept(A a, B b, C c);
  }

  static String shorten(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }

  static final int MAX_WORDS = 50;
}
