package io.bookline.understanding;

/**
 * How the chat compares a catalog phrase (a service's name or synonym, a staff name) with what a
 * customer wrote, for the owner API to refuse two phrases the chat could not tell apart: the
 * phrase's words (runs of letters and digits, apostrophes dropped), lower case, without accents.
 */
public final class CatalogPhrases {
  private CatalogPhrases() {}

  /** "Gel-Maniküre" and "gel maniküre!" are both "gel manikure"; "!!!" is "". */
  public static String key(String phrase) {
    return String.join(" ", CatalogMatch.nameWords(phrase));
  }
}
