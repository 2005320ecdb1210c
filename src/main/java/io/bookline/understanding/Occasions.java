package io.bookline.understanding;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a request can be "for" besides a person: "for Christmas", "für Weihnachten", "para Navidad",
 * "for my Wedding" (ADR 0107 addendum). German writes every noun with a capital, so there a word
 * ending like a common noun ("Hochzeitsfeier", "Firmenweihnachtsfeier", "Abschlussprüfung") is no
 * name either; given names rarely end that way.
 */
final class Occasions {
  private Occasions() {}

  /** Holidays and occasions in English, German and Spanish, folded and lower case. */
  private static final Set<String> WORDS =
      Set.of(
          "christmas",
          "xmas",
          "easter",
          "halloween",
          "thanksgiving",
          "valentines",
          "valentine's",
          "year",
          "years",
          "year's",
          "birthday",
          "bday",
          "wedding",
          "anniversary",
          "party",
          "prom",
          "graduation",
          "holiday",
          "holidays",
          "vacation",
          "weihnachten",
          "weihnacht",
          "ostern",
          "silvester",
          "neujahr",
          "geburtstag",
          "hochzeit",
          "jahrestag",
          "muttertag",
          "valentinstag",
          "fasching",
          "karneval",
          "fest",
          "feier",
          "urlaub",
          "ferien",
          "abschlussball",
          "navidad",
          "nochebuena",
          "nochevieja",
          "pascua",
          "reyes",
          "cumpleanos",
          "boda",
          "aniversario",
          "carnaval",
          "fiesta",
          "vacaciones",
          "graduacion");

  /** Endings of German common nouns: "-ung", "-heit", "-keit", "-schaft", "-feier", "-tag"… */
  private static final Pattern GERMAN_NOUN =
      Pattern.compile(
          ".{2,}(?:ung|heit|keit|schaft|feier|fest|tag|nacht|abend|zeit|party|ball|ferien"
              + "|urlaub|prufung|termin|essen)");

  /** Words before the one that says what a request is for: "my", "die", "la", "new" (year). */
  private static final Set<String> LEAD =
      Set.of(
          "my", "our", "the", "a", "an", "new", "die", "der", "den", "das", "meine", "meinen",
          "meiner", "unsere", "unseren", "unserer", "eine", "einen", "neues", "mi", "mis", "la",
          "el", "nuestra", "nuestro", "una", "un", "nuevo");

  /**
   * Whether the words after "for/für/para" name an occasion rather than a person: the first word
   * that is no article, possessive or "new" ("my sister's" passes on to "wedding"). A surname that
   * looks like one ("Lena Hartung", "Billie Holiday", "María Reyes") stays a name.
   */
  static boolean named(String words, Language language) {
    for (String word : words.split("\\s+")) {
      String w = Folding.fold(word.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
      if (w.isEmpty() || LEAD.contains(w) || w.endsWith("'s") && !WORDS.contains(w)) {
        continue;
      }
      return WORDS.contains(w) || language == Language.DE && GERMAN_NOUN.matcher(w).matches();
    }
    return false;
  }
}
