package io.bookline.understanding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the business's services and staff in a message's words: exact, synonym, prefix, plural or
 * typo, and a word only one entry has. Names are compared without accents, so "manicura" finds
 * "Manicura" and "pediküre" finds "Pedikure".
 */
final class CatalogMatch {
  private CatalogMatch() {}

  /** The business's own words, which the speller leaves as typed. */
  static Set<String> ownWords(List<Named> services, List<Named> resources) {
    Set<String> out = new HashSet<>();
    for (List<Named> list : List.of(services, resources)) {
      for (Named n : list) {
        for (String phrase : phrases(n)) {
          out.addAll(nameWords(phrase));
        }
      }
    }
    return out;
  }

  /** The words of a text: runs of letters and digits, apostrophes dropped ("i'd" → "id"). */
  static List<String> words(String normalized) {
    List<String> out = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= normalized.length(); i++) {
      char c = i < normalized.length() ? normalized.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c)) {
        word.append(c);
      } else if (c != '\'' || word.isEmpty()) {
        if (!word.isEmpty()) {
          out.add(word.toString());
          word.setLength(0);
        }
      }
    }
    return out;
  }

  /**
   * The catalog entry the words name, or null when none or several match equally well. A phrase
   * (name or synonym) scores by how many of its words appear (typos and prefixes allowed); a word
   * that only one entry has is enough on its own ("gel" → Gel Manicure), unless it is a number
   * ("10" is not Chair 10: it is a time far more often).
   */
  static Long bestMatch(List<String> words, List<Named> candidates) {
    if (candidates.isEmpty() || words.isEmpty()) {
      return null;
    }
    Map<String, Integer> tokenOwners = new HashMap<>();
    for (Named n : candidates) {
      for (String t : distinctTokens(n)) {
        tokenOwners.merge(t, 1, Integer::sum);
      }
    }
    double best = 0;
    Long bestId = null;
    boolean tie = false;
    for (Named n : candidates) {
      double score = 0;
      for (String phrase : phrases(n)) {
        List<String> tokens = nameWords(phrase);
        int hits = 0;
        boolean distinctive = false;
        for (String token : tokens) {
          if (containsFuzzy(words, token)) {
            hits++;
            // A number alone is a time, a date or a count far more often than "Chair 10".
            if (tokenOwners.getOrDefault(token, 0) == 1
                && !STOP.contains(token)
                && !isNumber(token)) {
              distinctive = true;
            }
          }
        }
        double phraseScore;
        if (hits == tokens.size() && hits > 0) {
          phraseScore = hits + 1;
        } else if (distinctive) {
          phraseScore = hits;
        } else {
          phraseScore = 0;
        }
        score = Math.max(score, phraseScore);
      }
      if (score > best) {
        best = score;
        bestId = n.id();
        tie = false;
      } else if (score > 0 && score == best) {
        tie = true;
      }
    }
    return tie ? null : bestId;
  }

  /** Small words of every language that never tell one entry from another. */
  private static final Set<String> STOP =
      Set.of(
          "the", "a", "an", "and", "of", "with", "for", "to", "in", "on", "der", "die", "das",
          "den", "dem", "ein", "eine", "mit", "und", "fur", "zum", "zur", "el", "la", "los", "las",
          "un", "una", "de", "del", "con", "y", "para", "al");

  private static List<String> phrases(Named n) {
    List<String> all = new ArrayList<>();
    all.add(n.name());
    all.addAll(n.synonyms());
    return all;
  }

  private static Set<String> distinctTokens(Named n) {
    Set<String> set = new HashSet<>();
    for (String phrase : phrases(n)) {
      set.addAll(nameWords(phrase));
    }
    return set;
  }

  private static boolean containsFuzzy(List<String> words, String token) {
    for (String w : words) {
      if (similar(w, token)) {
        return true;
      }
    }
    return false;
  }

  /** Same word, a typo of it, a plural, or a clear prefix ("mani" for "manicure"). */
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
    if (word.length() >= 4 && token.length() >= 5 && token.startsWith(word)) {
      return true;
    }
    if (token.length() < 4 || word.length() < 4) {
      return false;
    }
    int allowed = token.length() >= 8 ? 2 : 1;
    return (Math.abs(word.length() - token.length()) <= allowed
            && Fuzzy.distance(word, token, allowed + 1) <= allowed)
        || Fuzzy.near(word, token);
  }

  private static boolean isNumber(String token) {
    return token.chars().allMatch(Character::isDigit);
  }

  /**
   * {@code word} is {@code token} + "s" or + "es". Without building those strings: this runs for
   * every word of every message against every catalog word.
   */
  private static boolean plural(String word, String token) {
    int extra = word.length() - token.length();
    return word.startsWith(token)
        && (extra == 1 && word.endsWith("s") || extra == 2 && word.endsWith("es"));
  }

  private static List<String> nameWords(String phrase) {
    return words(Folding.fold(phrase.toLowerCase(Locale.ROOT)));
  }
}
