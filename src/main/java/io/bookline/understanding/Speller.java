package io.bookline.understanding;

import io.bookline.understanding.Tokenizer.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Bends typed words back to the language's words before anything reads them: shorthand first ("ur"
 * → "your"), then a typo of a keyword or of a date/time word ("cancle" → "cancel", "wednsday" →
 * "wednesday", see {@link Fuzzy}). Real words near a keyword, and the business's own names, are
 * never bent.
 */
final class Speller {
  private final Spelling spelling;
  private final Set<String> known = new HashSet<>();
  private final Map<Character, List<String>> targets = new HashMap<>();

  Speller(Spelling spelling, DateWords dates) {
    this.spelling = spelling;
    Set<String> all = new HashSet<>(spelling.keywords());
    for (Map.Entry<String, String> e : dates.words().entrySet()) {
      String w = e.getKey();
      // Named days are taken as written: they are rare, and a typo of them is more often a real
      // word ("easier" is one letter from "easter").
      if (w.length() >= 5
          && w.chars().allMatch(Character::isLetter)
          && !DateWords.namedDay(e.getValue())) {
        all.add(w);
      }
    }
    for (String t : new TreeSet<>(all)) {
      targets.computeIfAbsent(t.charAt(0), k -> new ArrayList<>()).add(t);
    }
    known.addAll(all);
    known.addAll(dates.words().keySet());
    known.addAll(dates.numbers().keySet());
    known.addAll(dates.tens().keySet());
    known.addAll(dates.ordinals().keySet());
    known.addAll(spelling.protectedWords());
  }

  /**
   * The tokens with shorthand and typos replaced; offsets unchanged.
   *
   * @param names the business's own words (services, staff), which stay as typed
   */
  List<Token> correct(List<Token> tokens, Set<String> names) {
    List<Token> out = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
      if (next != null && next.glued()) {
        String joined = spelling.shorthand().get(t.text() + next.text());
        if (joined != null) {
          out.add(new Token(joined, t.start(), next.end(), t.glued()));
          i++;
          continue;
        }
      }
      out.add(t.withText(word(t.text(), names)));
    }
    return out;
  }

  private String word(String w, Set<String> names) {
    String expanded = spelling.shorthand().get(w);
    if (expanded != null) {
      return expanded;
    }
    if (w.length() < 4 || known.contains(w) || names.contains(w) || !letters(w)) {
      return w;
    }
    List<String> candidates = targets.get(w.charAt(0));
    if (candidates == null) {
      return w;
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String target : candidates) {
      if (Fuzzy.near(w, target)) {
        int d = Fuzzy.distance(w, target, 4);
        if (d < bestDistance) {
          best = target;
          bestDistance = d;
        }
      }
    }
    return best == null ? w : best;
  }

  private static boolean letters(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (!Character.isLetter(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
