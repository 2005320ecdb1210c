package io.bookline.understanding;

import static io.bookline.understanding.SimilarWords.STOP;
import static io.bookline.understanding.SimilarWords.containsExact;
import static io.bookline.understanding.SimilarWords.containsFuzzy;
import static io.bookline.understanding.SimilarWords.isNumber;
import static io.bookline.understanding.SimilarWords.plural;
import static io.bookline.understanding.SimilarWords.similar;

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
        out.addAll(n.distinctWords());
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
   * ("10" is not Chair 10: it is a time far more often). A phrase found word for word beats one
   * found through typos or prefixes, and an entry's own name beats another entry's synonym
   * ("Colour" is the Colour service even when Toner lists "colour" as a synonym).
   */
  static Long bestMatch(List<String> words, List<Named> candidates) {
    return bestMatch(null, words, candidates);
  }

  /**
   * The same, and among entries whose names differ only by case ("Haircut", "haircut"), the one
   * whose name {@code raw}, the message as typed, spells exactly: a button sends the name as shown.
   */
  static Long bestMatch(String raw, List<String> words, List<Named> candidates) {
    return match(raw, words, candidates).id();
  }

  /**
   * The entry found and how.
   *
   * @param id the catalog entry, or null when none or several match equally well
   * @param exact every word it was found by is written as the entry has it (plurals and accents
   *     aside), not a typo ("pedicrue") or a cut-off word ("pedicur")
   */
  record Match(Long id, boolean exact) {
    static final Match NONE = new Match(null, false);
  }

  /** {@link #bestMatch(String, List, List)}, saying also whether it was found word for word. */
  static Match match(String raw, List<String> words, List<Named> candidates) {
    if (candidates.isEmpty() || words.isEmpty()) {
      return Match.NONE;
    }
    Map<String, Integer> tokenOwners = new HashMap<>();
    for (Named n : candidates) {
      for (String t : n.distinctWords()) {
        tokenOwners.merge(t, 1, Integer::sum);
      }
    }
    double best = 0;
    List<Named> leaders = new ArrayList<>();
    Map<Long, Boolean> exact = new HashMap<>();
    for (Named n : candidates) {
      Score score = Score.NONE;
      List<List<String>> phrases = n.phraseWords();
      for (int p = 0; p < phrases.size(); p++) {
        Score s = phraseScore(words, phrases.get(p), n.joinedPhrases().get(p), p == 0, tokenOwners);
        if (s.value() > score.value() || s.value() == score.value() && s.exact()) {
          score = s;
        }
      }
      exact.merge(n.id(), score.exact(), Boolean::logicalOr);
      if (score.value() > best) {
        best = score.value();
        leaders.clear();
        leaders.add(n);
      } else if (score.value() > 0 && score.value() == best) {
        leaders.add(n);
      }
    }
    Long id = null;
    if (leaders.size() == 1) {
      id = leaders.getFirst().id();
    } else if (raw != null) {
      id = spelledAsTyped(raw, leaders);
    }
    return id == null ? Match.NONE : new Match(id, exact.get(id));
  }

  /**
   * Whether one of the entry's names or synonyms is in the words whole, not only a word of it that
   * no other entry has ("nails" of Gel Manicure's "gel nails").
   */
  static boolean wholly(List<String> words, Named n) {
    for (int p = 0; p < n.phraseWords().size(); p++) {
      List<String> tokens = n.phraseWords().get(p);
      if (!tokens.isEmpty()
          && (compoundScore(words, tokens, n.joinedPhrases().get(p), false) != null
              || tokens.stream()
                  .allMatch(t -> containsExact(words, t) || containsFuzzy(words, t)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The entries one of whose words the message has as written (plurals aside), small words and
   * numbers left out: "manicure" is a word of both Basic Manicure and Gel Manicure.
   */
  static List<Long> sharing(List<String> words, List<Named> candidates) {
    List<Long> out = new ArrayList<>();
    for (Named n : candidates) {
      boolean shares =
          n.distinctWords().stream()
              .anyMatch(t -> !STOP.contains(t) && !isNumber(t) && containsExact(words, t));
      if (shares) {
        out.add(n.id());
      }
    }
    return out;
  }

  /**
   * The entries one word names on its own, as a word of theirs, its plural, a typo or a clear
   * prefix ("pedi" the Pedicure, "mani" both manicures); none for small words, numbers and date
   * words.
   */
  static Set<Long> namedBy(String word, List<Named> candidates) {
    Set<Long> out = new HashSet<>();
    if (word.length() < 3 || STOP.contains(word) || isNumber(word)) {
      return out;
    }
    for (Named n : candidates) {
      if (n.distinctWords().stream().anyMatch(t -> similar(word, t))) {
        out.add(n.id());
      }
    }
    return out;
  }

  /** How well one phrase is found, and whether word for word. */
  private record Score(double value, boolean exact) {
    static final Score NONE = new Score(0, false);
  }

  /** Bonus for a phrase found word for word, and for it being the entry's own name. */
  private static final double EXACT = 0.5;

  private static final double OWN_NAME = 0.25;

  private static Score phraseScore(
      List<String> words,
      List<String> tokens,
      String joined,
      boolean name,
      Map<String, Integer> tokenOwners) {
    Score compound = compoundScore(words, tokens, joined, name);
    if (compound != null) {
      return compound;
    }
    int hits = 0;
    boolean exact = true;
    boolean distinctive = false;
    for (String token : tokens) {
      boolean same = containsExact(words, token);
      if (same || containsFuzzy(words, token)) {
        hits++;
        exact &= same;
        // A number alone is a time, a date or a count far more often than "Chair 10".
        if (tokenOwners.getOrDefault(token, 0) == 1 && !STOP.contains(token) && !isNumber(token)) {
          distinctive = true;
        }
      }
    }
    if (hits == tokens.size() && hits > 0) {
      return new Score(hits + 1 + (exact ? EXACT + (name ? OWN_NAME : 0) : 0), exact);
    }
    return distinctive ? new Score(hits, exact) : Score.NONE;
  }

  /**
   * A phrase of several words written as one, as German writes compounds: "Gelmaniküre" and
   * "gelmanikür" are "Gel-Maniküre" (and "Gel Manicure"). Null when no word of the message is one.
   *
   * @param joined the tokens written as one word
   */
  private static Score compoundScore(
      List<String> words, List<String> tokens, String joined, boolean name) {
    if (tokens.size() < 2) {
      return null;
    }
    for (String w : words) {
      if (w.equals(joined) || plural(w, joined)) {
        return new Score(tokens.size() + 1 + EXACT + (name ? OWN_NAME : 0), true);
      }
    }
    for (String w : words) {
      if (w.length() > tokens.getFirst().length() + 3 && similar(w, joined)) {
        return new Score(tokens.size() + 1, false);
      }
    }
    return null;
  }

  /** The one entry among equals whose name the message spells with the same capitals, or null. */
  private static Long spelledAsTyped(String raw, List<Named> equals) {
    Long found = null;
    for (Named n : equals) {
      if (containsWords(raw, n.name())) {
        if (found != null) {
          return null;
        }
        found = n.id();
      }
    }
    return found;
  }

  /** Whether {@code text} has {@code phrase} as whole words, case as given. */
  private static boolean containsWords(String text, String phrase) {
    for (int i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) {
      int end = i + phrase.length();
      if ((i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
          && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
        return true;
      }
    }
    return false;
  }

  static List<String> nameWords(String phrase) {
    return words(Folding.fold(phrase.toLowerCase(Locale.ROOT)));
  }
}
