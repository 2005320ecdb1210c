package io.bookline.understanding;

import java.util.Locale;
import java.util.Optional;

/** The languages Bookline understands and answers in. A closed set: each has its own data. */
public enum Language {
  EN,
  DE,
  ES;

  /** The ISO 639-1 code: "en", "de", "es". */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public Locale locale() {
    return Locale.forLanguageTag(code());
  }

  /** The language of a code such as "de" or "es-MX", if it is one of ours. */
  public static Optional<Language> fromCode(String code) {
    if (code == null || code.length() < 2) {
      return Optional.empty();
    }
    String two = code.substring(0, 2).toUpperCase(Locale.ROOT);
    for (Language l : values()) {
      if (l.name().equals(two) && (code.length() == 2 || !Character.isLetter(code.charAt(2)))) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }

  /** The language of a locale (a business's), English when it is none of ours. */
  public static Language of(Locale locale) {
    return locale == null ? EN : fromCode(locale.getLanguage()).orElse(EN);
  }
}
