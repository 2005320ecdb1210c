package io.bookline.understanding;

import java.util.List;
import java.util.Set;

/**
 * The service said for the other person of a party of two, when it is not the customer's: "me and
 * my friend…, i want a basic mani and she wants a gel", "ich eine Maniküre und sie eine Pediküre",
 * "yo manicura de gel y ella pedicura", "a manicure for me and a pedicure for my daughter". The
 * part of the message (between its "and"s) that names the second service names the other person and
 * not the customer; "a manicure and a pedicure for me and my daughter" names both, so both get both
 * (ADR 0066, 0103).
 */
final class TheirServices {
  private TheirServices() {}

  /** Words for the other person: pronouns and kin or friends, folded as messages are read. */
  private static final Set<String> OTHER =
      Set.of(
          ("she he her him hers his daughter son mum mom mother dad father sister brother friend"
                  + " wife husband partner girlfriend boyfriend colleague niece aunt grandma kid"
                  + " child sie er ihr ihm tochter sohn mutter mama mutti vater papa schwester"
                  + " bruder freundin freund frau mann partnerin kollegin kollege nichte tante oma"
                  + " kind ella hija hijo madre mami padre hermana hermano amiga amigo esposa"
                  + " esposo mujer marido pareja novia novio companera sobrina tia abuela nina")
              .split(" "));

  /** Words for the customer, or for everyone: "for me", "für mich", "para mí", "both", "beide". */
  private static final Set<String> SELF =
      Set.of(
          ("i me myself we us both everyone each ich mich mir wir uns beide jede yo nosotras"
                  + " nosotros ambas ambos")
              .split(" "));

  /** "for", "für", "para", folded: "for me" is the writer's part. */
  private static final Set<String> FOR = Set.of("for", "fur", "para");

  /** After Spanish "el" (folded "él"), words that make it "he": "y él quiere una pedicura". */
  private static final Set<String> AFTER_HE =
      Set.of("quiere", "prefiere", "necesita", "toma", "una", "un", "tambien");

  /**
   * The services said for the other person: the second service named, when the message books for
   * two people, names exactly two services, and the part naming the second names the other person
   * and not the customer; else none.
   */
  static List<Long> of(
      MessageWords message, List<Named> catalog, MentionFinder.Services named, int people) {
    if (people != 2 || named.first() == null || named.more().size() != 1) {
      return List.of();
    }
    Long theirs = named.more().getFirst();
    List<String> part = partNaming(theirs, message, catalog);
    return part != null && namesOnlyTheOther(part) ? List.of(theirs) : List.of();
  }

  /**
   * Whether a message that names no party still books for two because each service is said for a
   * different person: "pedicure for me and gel for my friend Sophie", "Pediküre für mich und
   * Gel-Maniküre für meine Freundin", "pedicura para mí y manicura de gel para mi hija" (ADR 0122).
   */
  static boolean splitBetweenTwo(
      MessageWords message, List<Named> catalog, MentionFinder.Services named) {
    if (named.first() == null || named.more().size() != 1) {
      return false;
    }
    List<String> mine = partNaming(named.first(), message, catalog);
    List<String> theirs = partNaming(named.more().getFirst(), message, catalog);
    return mine != null && theirs != null && namesTheWriter(mine) && namesOnlyTheOther(theirs);
  }

  /**
   * The part of the message (between its "and"s, within one clause: "gel for my friend Sophie, both
   * at 11, I'm Claire" ends at the comma) that names the service; null when none does.
   */
  private static List<String> partNaming(Long service, MessageWords message, List<Named> catalog) {
    List<String> words = message.words();
    int[] clauses = message.clauses();
    int from = 0;
    for (int i = 1; i <= words.size(); i++) {
      if (i == words.size() || clauses[i] != clauses[from]) {
        for (List<String> part : MentionFinder.parts(words.subList(from, i), catalog)) {
          if (service.equals(CatalogMatch.bestMatch(part, catalog))) {
            return part;
          }
        }
        from = i;
      }
    }
    return null;
  }

  /** "pedicure for me", "Pediküre für mich", "pedicura para mí": the writer's own part. */
  private static boolean namesTheWriter(List<String> part) {
    for (int i = 1; i < part.size(); i++) {
      String w = part.get(i);
      String next = i + 1 < part.size() ? part.get(i + 1) : "";
      if (FOR.contains(part.get(i - 1))
          && (w.equals("me") || w.equals("mich") || w.equals("mi") && !OTHER.contains(next))) {
        return true;
      }
    }
    return false;
  }

  private static boolean namesOnlyTheOther(List<String> part) {
    boolean other = false;
    for (int i = 0; i < part.size(); i++) {
      String w = part.get(i);
      String next = i + 1 < part.size() ? part.get(i + 1) : "";
      // "para mí" is folded to "para mi": the customer, unless a noun follows ("mi hija").
      if (SELF.contains(w) || w.equals("mi") && (next.isEmpty() || next.equals("y"))) {
        return false;
      }
      other |= OTHER.contains(w) || w.equals("el") && AFTER_HE.contains(next);
    }
    return other;
  }
}
