package io.bookline.understanding;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a word of a message is a word of the catalog: the same, its plural, a typo or a clear
 * prefix, never a small word or a date word. {@link CatalogMatch} scores whole names and synonyms
 * with these comparisons.
 */
final class SimilarWords {
  private SimilarWords() {}

  /** Small words of every language that never tell one entry from another. */
  static final Set<String> STOP =
      Set.of(
          "the", "a", "an", "and", "of", "with", "for", "to", "in", "on", "der", "die", "das",
          "den", "dem", "ein", "eine", "mit", "und", "fur", "zum", "zur", "el", "la", "los", "las",
          "un", "una", "de", "del", "con", "y", "para", "al");

  static boolean containsExact(List<String> words, String token) {
    for (String w : words) {
      if (w.equals(token) || plural(w, token)) {
        return true;
      }
    }
    return false;
  }

  static boolean containsFuzzy(List<String> words, String token) {
    for (String w : words) {
      if (similar(w, token)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Same word, a typo of it, a plural, or a clear prefix ("mani" for "manicure"). A typo is allowed
   * only in catalog words of five letters or more, with the first letter right, as the speller
   * does: a short word has too many real neighbours ("tues", "does", "goes" are one letter from
   * "toes"; "meet" and "fees" from "feet"; "pedir" from "pedi"). A date or time word of any
   * language is never a typo of a catalog word.
   */
  static boolean similar(String word, String token) {
    if (word.equals(token)) {
      return true;
    }
    if (STOP.contains(word) || STOP.contains(token)) {
      return false;
    }
    if (plural(word, token)) {
      return true;
    }
    if (DateWordsOfAllLanguages.WORDS.contains(word)) {
      return false;
    }
    if (word.length() >= 4 && token.length() >= 5 && token.startsWith(word)) {
      return true;
    }
    if (token.length() < 5 || word.length() < 4 || word.charAt(0) != token.charAt(0)) {
      return false;
    }
    int allowed = token.length() >= 8 ? 2 : 1;
    return (Math.abs(word.length() - token.length()) <= allowed
            && Fuzzy.distance(word, token, allowed + 1) <= allowed)
        || Fuzzy.near(word, token);
  }

  /** The date and time words every language reads ("tues", "thurs", "morgen", "tarde"). */
  private static final class DateWordsOfAllLanguages {
    static final Set<String> WORDS = all();

    private static Set<String> all() {
      Set<String> out = new HashSet<>();
      for (DateWords d : List.of(EnglishDates.words(), GermanDates.words(), SpanishDates.words())) {
        out.addAll(d.words().keySet());
        out.addAll(d.numbers().keySet());
        out.addAll(d.ordinals().keySet());
      }
      return Set.copyOf(out);
    }
  }

  static boolean isNumber(String token) {
    for (int i = 0; i < token.length(); i++) {
      if (!Character.isDigit(token.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code word} is {@code token} + "s" or + "es", or a German plural in "-e" + "n" ("Pediküren",
   * "Massagen"), not of a short word ("de" + "n"). Without building those strings: this runs for
   * every word of every message against every catalog word.
   */
  static boolean plural(String word, String token) {
    int extra = word.length() - token.length();
    return word.startsWith(token)
        && (extra == 1 && word.endsWith("s")
            || extra == 2 && word.endsWith("es")
            || extra == 1 && word.endsWith("n") && token.endsWith("e") && token.length() > 3);
  }
}
