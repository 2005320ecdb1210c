package io.bookline.understanding;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a language's word maps the way the tokens will look: without accents ({@link Folding}),
 * and for German also with the umlaut written out ("übermorgen" is found as "ubermorgen" and
 * "uebermorgen", "März" as "marz" and "maerz").
 */
final class Vocabulary {
  private final Map<String, String> words = new HashMap<>();

  /** Every spelling of each surface means {@code symbol}. */
  Vocabulary put(String symbol, String... surfaces) {
    for (String s : surfaces) {
      for (String spelling : spellings(s)) {
        words.put(spelling, symbol);
      }
    }
    return this;
  }

  Map<String, String> map() {
    return Map.copyOf(words);
  }

  /** The ways a word may be typed: folded, and with umlauts written out. */
  static Set<String> spellings(String word) {
    Set<String> out = new HashSet<>();
    out.add(Folding.fold(word));
    out.add(
        Folding.fold(
            word.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")));
    return out;
  }

  /** A set of words in every spelling. */
  static Set<String> set(String spaced) {
    Set<String> out = new HashSet<>();
    for (String w : List.of(spaced.split(" "))) {
      out.addAll(spellings(w));
    }
    return out;
  }

  /** A map from words in every spelling. */
  static <V> Map<String, V> keys(Map<String, V> plain) {
    Map<String, V> out = new HashMap<>();
    plain.forEach((k, v) -> spellings(k).forEach(s -> out.put(s, v)));
    return out;
  }
}
