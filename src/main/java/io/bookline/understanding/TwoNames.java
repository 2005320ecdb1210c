package io.bookline.understanding;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two names told at once at the name question (ADR 0097): "Kate and Tom", "ok. names are Emma and
 * Olivia", "Anke und Birgit", "Ana y Bea". The first is the booking's name; the second is a person
 * of the party ({@link Evidence#whom()}), and the dialogue books one appointment each. A name with
 * several words on one side ("José Ortega y Gasset") stays one name.
 */
final class TwoNames {
  private TwoNames() {}

  /** "ok.", "the names are", "die Namen sind", "los nombres son" before the names. */
  private static final Pattern LEAD =
      Pattern.compile(
          "(?iu)^(?:(?:ok(?:ay)?|so|well|also|gut|vale|bueno)[.,!]?\\s+)?"
              + "(?:(?:the\\s+)?names?\\s+(?:are|is)|(?:die\\s+)?namen\\s+sind"
              + "|(?:los\\s+)?nombres\\s+son|it'?s|wir\\s+sind|somos)?[:,]?\\s*");

  private static final Pattern TWO =
      Pattern.compile("(?iu)^(\\p{L}[\\p{L}'\\-]*)\\s+(?:and|und|y|e|&)\\s+(\\p{L}[\\p{L}'\\-]*)$");

  /** The two names said, as written and capitalised; empty when the message is not two names. */
  static List<String> in(Lexicon lexicon, String raw) {
    String text = PersonNames.withoutCourtesy(Smileys.blanked(raw).strip());
    Matcher m = TWO.matcher(LEAD.matcher(text).replaceFirst("").strip());
    if (!m.matches()
        || !PersonNames.nameWords(lexicon, m.group(1))
        || !PersonNames.nameWords(lexicon, m.group(2))) {
      return List.of();
    }
    return List.of(capital(m.group(1)), capital(m.group(2)));
  }

  private static String capital(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
