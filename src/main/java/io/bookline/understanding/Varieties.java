package io.bookline.understanding;

import java.util.List;
import java.util.Set;

/**
 * A kind of a service the catalog has, named by a word no entry of it has: "french manicure",
 * "French-Maniküre", "manicura francesa", "russian manicure", "spa pedicure". Elsewhere that is a
 * service of its own, so a business without it does not offer it: taking "french manicure" for the
 * catalog's plain "manicure" (Basic Manicure) told its price and booked it as if it were the one
 * asked for. A business that has "French Manicure" has the word, and it is its service as usual.
 */
final class Varieties {
  private Varieties() {}

  /** Words, folded, that make a kind of the service word beside them, in every language. */
  private static final Set<String> KINDS =
      Set.of(
          "french",
          "franzosisch",
          "franzosische",
          "franzosischen",
          "francesa",
          "frances",
          "russian",
          "russisch",
          "russische",
          "russischen",
          "rusa",
          "japanese",
          "japanisch",
          "japanische",
          "japanischen",
          "japonesa",
          "spa",
          "paraffin",
          "parafina",
          "shellac",
          "medical",
          "medizinische",
          "medizinischen",
          "medica");

  /**
   * The customer's words for such a kind as typed ("french manicure"), or null when the message
   * names none or the business has the kind's word among its services' names and synonyms.
   */
  static String unknown(
      MessageWords message, List<Tokenizer.Token> tokens, String raw, List<Named> services) {
    List<String> w = message.words();
    int[] clauses = message.clauses();
    for (int i = 0; i < w.size(); i++) {
      String kind = w.get(i);
      if (!KINDS.contains(kind) || services.stream().anyMatch(n -> has(n, kind))) {
        continue;
      }
      // "french manicure", "French-Maniküre" before it; "manicura francesa" after it.
      for (int j : new int[] {i + 1, i - 1}) {
        if (j >= 0
            && j < w.size()
            && clauses[j] == clauses[i]
            && !CatalogMatch.namedBy(w.get(j), services).isEmpty()) {
          int from = message.tokens()[Math.min(i, j)];
          int to = message.tokens()[Math.max(i, j)];
          return raw.substring(tokens.get(from).start(), tokens.get(to).end());
        }
      }
    }
    return null;
  }

  private static boolean has(Named n, String kind) {
    return n.distinctWords().stream().anyMatch(t -> t.equals(kind) || t.startsWith(kind));
  }
}
