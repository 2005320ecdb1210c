package io.bookline.wording;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The grammatical gender and number of a service's Spanish name, for the pronoun that stands for
 * it: "la manicura" → "¿Te la reservo?", "el masaje" → "¿Te lo reservo?", "las uñas acrílicas" →
 * "¿Te las reservo?" (ADR 0110). The name's own article decides when it has one; else its first
 * word's ending, with the common exceptions. English and German word the question without a pronoun
 * that agrees ("Shall I book it?", "Soll ich das buchen?"), so their bundles ignore it. The code is
 * a {@code choice} argument of the message: 0 masculine, 1 feminine, 2 masculine plural, 3 feminine
 * plural.
 */
public final class NounGender {
  public static final int MASCULINE = 0;
  public static final int FEMININE = 1;
  public static final int MASCULINE_PLURAL = 2;
  public static final int FEMININE_PLURAL = 3;

  private static final Map<String, Integer> ARTICLES =
      Map.of(
          "el",
          MASCULINE,
          "un",
          MASCULINE,
          "la",
          FEMININE,
          "una",
          FEMININE,
          "los",
          MASCULINE_PLURAL,
          "unos",
          MASCULINE_PLURAL,
          "las",
          FEMININE_PLURAL,
          "unas",
          FEMININE_PLURAL);

  /** Feminine nouns whose ending says otherwise. */
  private static final Set<String> FEMININE_WORDS = Set.of("mano", "foto", "piel", "cera", "sal");

  /** Masculine nouns ending in "a" (mostly Greek "-ma") or plural masculines ending in "as". */
  private static final Set<String> MASCULINE_WORDS =
      Set.of(
          "dia",
          "mapa",
          "tema",
          "sistema",
          "programa",
          "problema",
          "pijama",
          "plasma",
          "aroma",
          "spa",
          "sofa");

  private NounGender() {}

  /** The gender and number code of {@code spanishName}: see the class comment. */
  public static int of(String spanishName) {
    String[] words = fold(spanishName).split("[^a-zñ]+");
    int first = 0;
    while (first < words.length && words[first].isEmpty()) {
      first++;
    }
    if (first == words.length) {
      return MASCULINE;
    }
    Integer article = ARTICLES.get(words[first]);
    if (article != null) {
      return article;
    }
    return ofNoun(words[first]);
  }

  private static int ofNoun(String noun) {
    boolean plural = noun.length() > 3 && noun.endsWith("s") && !noun.endsWith("is");
    String one = plural ? singular(noun) : noun;
    boolean feminine = feminine(one);
    if (plural) {
      return feminine ? FEMININE_PLURAL : MASCULINE_PLURAL;
    }
    return feminine ? FEMININE : MASCULINE;
  }

  private static String singular(String noun) {
    if (noun.endsWith("ones") || noun.endsWith("dades") || noun.endsWith("tudes")) {
      return noun.substring(0, noun.length() - 2);
    }
    return noun.substring(0, noun.length() - 1);
  }

  private static boolean feminine(String noun) {
    if (FEMININE_WORDS.contains(noun)) {
      return true;
    }
    if (MASCULINE_WORDS.contains(noun)) {
      return false;
    }
    return noun.endsWith("a")
        || noun.endsWith("ion")
        || noun.endsWith("dad")
        || noun.endsWith("tud")
        || noun.endsWith("umbre");
  }

  /** Lower case without accents: "Depilación" → "depilacion"; "ñ" stays. */
  private static String fold(String text) {
    String lower = text.toLowerCase(Locale.ROOT).replace('ñ', '\u0001');
    String bare = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return bare.replace('\u0001', 'ñ');
  }
}
