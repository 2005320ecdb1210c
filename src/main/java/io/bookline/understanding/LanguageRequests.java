package io.bookline.understanding;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An explicit request for a language: "English please", "auf Deutsch bitte", "en español", "do you
 * speak English?", "¿hablas español?", "Deutsch". A short message that names a language and asks
 * for it (or says nothing else); "I don't speak Spanish" asks for nothing.
 */
final class LanguageRequests {
  private static final int MAX_WORDS = 8;

  private static final Map<String, Language> NAMES =
      Vocabulary.keys(
          Map.ofEntries(
              Map.entry("english", Language.EN),
              Map.entry("englisch", Language.EN),
              Map.entry("inglés", Language.EN),
              Map.entry("german", Language.DE),
              Map.entry("deutsch", Language.DE),
              Map.entry("alemán", Language.DE),
              Map.entry("spanish", Language.ES),
              Map.entry("spanisch", Language.ES),
              Map.entry("español", Language.ES),
              Map.entry("castellano", Language.ES)));

  private static final Set<String> CUES =
      Vocabulary.set(
          "please pls in speak talk write reply answer switch change use can could do you we"
              + " language only bitte auf sprechen sprichst sprecht spricht schreiben schreib"
              + " antworten antwort wechseln können kannst könnt sie sprache nur gerne lieber"
              + " por favor en hablar habla hablas hablan hablamos escribir escribe responder"
              + " responde cambiar cambia puedes puede podemos idioma solo mejor prefiero");

  private static final Set<String> NEGATIONS =
      Vocabulary.set("not don't dont no nicht kein keine nie never");

  private static final Set<String> SPEAK =
      Vocabulary.set("speak talk understand sprechen spreche verstehe hablo hablar habla entiendo");

  /**
   * "Does Anna speak …", "spricht Anna …", "habla Marta …": a question about someone named next.
   */
  private static final Set<String> ASKED_OF_NEXT =
      Vocabulary.set("does doesn't doesnt spricht habla");

  /** "Anna spricht …", "Marta habla …": a question about someone named before. */
  private static final Set<String> ASKED_OF_BEFORE = Vocabulary.set("speaks spricht habla");

  /** Whom "does … speak" may ask about and still ask for the language: anyone, jemand, usted. */
  private static final Set<String> ANYONE =
      Vocabulary.set(
          "anyone anybody someone somebody here there jemand einer hier da ihr alguien aqui"
              + " usted ustedes hi hello hey hallo servus moin hola buenas buenos dias tardes");

  Optional<Language> requested(List<String> words) {
    if (words.isEmpty() || words.size() > MAX_WORDS || aboutSomeoneElse(words)) {
      return Optional.empty();
    }
    Language named = null;
    boolean cue = false;
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      String next = i + 1 < words.size() ? words.get(i + 1) : "";
      // "I don't speak Spanish", "kein Deutsch", "no hablo español": not a request.
      if (NEGATIONS.contains(w) && (SPEAK.contains(next) || NAMES.containsKey(next))) {
        return Optional.empty();
      }
      Language l = NAMES.get(w);
      if (l != null) {
        named = l;
      } else if (CUES.contains(w)) {
        cue = true;
      }
    }
    if (named == null || !(cue || words.size() == 1)) {
      return Optional.empty();
    }
    return Optional.of(named);
  }

  /**
   * "Does Anna speak English?", "Spricht Anna Englisch?", "¿Marta habla inglés?": a question about
   * a person (a staff member), not a wish for the conversation's language (ADR 0092, addendum).
   */
  private static boolean aboutSomeoneElse(List<String> words) {
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (ASKED_OF_NEXT.contains(w) && i + 1 < words.size() && someone(words.get(i + 1))) {
        return true;
      }
      if (ASKED_OF_BEFORE.contains(w) && i > 0 && someone(words.get(i - 1))) {
        return true;
      }
    }
    return false;
  }

  private static boolean someone(String w) {
    return !CUES.contains(w)
        && !NAMES.containsKey(w)
        && !NEGATIONS.contains(w)
        && !ANYONE.contains(w)
        && w.chars().allMatch(Character::isLetter);
  }
}
