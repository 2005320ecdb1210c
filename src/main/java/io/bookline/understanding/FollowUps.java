package io.bookline.understanding;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words that open a question left short, for the question before it to finish: "and tomorrow?",
 * "what about Saturday?", "and the gel manicure?", "und morgen?", "was ist mit Samstag?", "¿y
 * mañana?", "¿qué tal el sábado?". Only the opening is read here; which question it finishes is the
 * dialogue's to know (it remembers what it just answered).
 */
final class FollowUps {
  private static final Map<Language, Phrases<Boolean>> OPENINGS = new EnumMap<>(Language.class);

  static {
    OPENINGS.put(
        Language.EN,
        phrases("^and|also|plus", "^what|whats|how about", "^and|also what|whats|how about"));
    OPENINGS.put(
        Language.DE,
        phrases(
            "^und|auch",
            "^was|wie ist es? mit",
            "^und was|wie ist es? mit",
            "^wie sieht es|siehts mit|am",
            "^und wie sieht es|siehts mit|am"));
    OPENINGS.put(Language.ES, phrases("^y|también", "^qué|que tal", "^y qué|que tal"));
  }

  private FollowUps() {}

  private static Phrases<Boolean> phrases(String... openings) {
    return new Phrases<>(Map.of(true, List.of(openings)));
  }

  /** Words after "too" that keep it "as well": "gel manicure at 4 too please", not "too early". */
  private static final Set<String> AFTER_TOO =
      Set.of("", "please", "pls", "plz", "thanks", "thx", "then", "if", "for");

  /**
   * Whether the message says it wants something as well: "gel manicure 10 dec at 16 too please",
   * "kann ich auch noch ne Pediküre haben?", "manicura de gel también" (ADR 0122). While a booking
   * is being finished such a service is a second booking, as "and a gel manicure" is.
   */
  static boolean also(Language language, List<String> words) {
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      String next = i + 1 < words.size() ? words.get(i + 1) : "";
      boolean said =
          switch (language) {
            case EN ->
                w.equals("also")
                    || w.equals("too") && AFTER_TOO.contains(next)
                    || w.equals("as") && next.equals("well");
            case DE -> w.equals("auch");
            case ES -> w.equals("tambien");
          };
      if (said) {
        return true;
      }
    }
    return false;
  }

  /** Whether the message's words open as a question left short, in that language. */
  static boolean opens(Language language, List<String> words) {
    Phrases<Boolean> openings = OPENINGS.get(language);
    return openings != null && openings.opening(true, words) > 0;
  }
}
