package io.bookline.understanding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A question no phrase answers, asked in one clause of a longer message beside a booking's facts
 * ("a gel manicure monday afternoon, I'm Sophie, oh and is there parking?", "… eine Pediküre, kann
 * ich mit Karte zahlen? Claudia", "… el lunes, ¿dónde puedo aparcar?"): {@link Intent#QUESTION},
 * for the dialogue to say honestly that it cannot answer it while the booking goes on (ADR 0113). A
 * question about parking is followed by {@link Intent#ASK_ADDRESS}: where the studio is is what the
 * business info holds about getting there.
 */
final class AsideQuestions {
  private AsideQuestions() {}

  /** Words that lead into a clause without asking anything: "oh and is there parking?". */
  private static final Map<Language, Set<String>> LEADS =
      Map.of(
          Language.EN,
          Set.of("oh", "and", "also", "so", "btw", "plus", "ah", "um", "uh", "ok", "okay"),
          Language.DE,
          Set.of("oh", "und", "ach", "achso", "ubrigens", "noch", "ausserdem", "auserdem", "ah"),
          Language.ES,
          Set.of("oh", "y", "ah", "tambien", "ademas", "pues", "otra", "cosa", "una"));

  /** Words that ask about parking, folded as {@link Phrases#words} writes them. */
  private static final Map<Language, Set<String>> PARKING =
      Map.of(
          Language.EN,
          Set.of("parking", "park", "carpark"),
          Language.DE,
          Set.of(
              "parken",
              "parkplatz",
              "parkplatze",
              "parkmoglichkeit",
              "parkmoglichkeiten",
              "parkhaus"),
          Language.ES,
          Set.of("aparcar", "aparcamiento", "aparcamientos", "parking", "aparco", "estacionar"));

  /**
   * The questions the message's clauses ask that no phrase answers, in order: {@code QUESTION}, and
   * {@code ASK_ADDRESS} after it when the clause asks about parking; empty when none does or the
   * message asks nothing ("?" nowhere).
   */
  static List<Intent> in(
      LanguageReader reader,
      String raw,
      MessageWords message,
      UnderstandingContext context,
      DateTimeParser.Found found) {
    List<Intent> out = new ArrayList<>();
    if (raw.indexOf('?') < 0 && raw.indexOf('¿') < 0) {
      return out;
    }
    Set<String> dated = MessageDates.words(raw, found);
    Language language = reader.lexicon().language();
    List<String> words = message.words();
    int from = 0;
    while (from < words.size()) {
      int to = from;
      while (to < words.size() && message.clauses()[to] == message.clauses()[from]) {
        to++;
      }
      List<String> clause = words.subList(from, to);
      // "¿puede ser el miércoles?", "what about a basic manicure?": a day or a service asked
      // about is the booking's, no question beside it.
      boolean booking =
          clause.stream().anyMatch(dated::contains)
              || CatalogMatch.bestMatch(clause, context.services()) != null
              || CatalogMatch.bestMatch(clause, context.resources()) != null;
      if (!booking && unknown(reader, clause)) {
        if (!out.contains(Intent.QUESTION)) {
          out.add(Intent.QUESTION);
        }
        boolean parking = clause.stream().anyMatch(PARKING.get(language)::contains);
        if (parking && !out.contains(Intent.ASK_ADDRESS)) {
          out.add(Intent.ASK_ADDRESS);
        }
      }
      from = to;
    }
    return out;
  }

  /**
   * Whether a clause, its leading "oh and" aside, opens as a question ("is there", "kann ich",
   * "dónde puedo") and goes on with a word no phrase of the language knows and no other request.
   */
  private static boolean unknown(LanguageReader reader, List<String> clause) {
    Set<String> leads = LEADS.get(reader.lexicon().language());
    int start = 0;
    while (start < clause.size() && leads.contains(clause.get(start))) {
      start++;
    }
    List<String> asked = clause.subList(start, clause.size());
    int opener = openers(reader, asked);
    if (opener == 0) {
      return false;
    }
    if (reader.shifts().first(asked) != null) {
      return false; // "gibt es was Späteres?": a later or earlier time, asked of the booking
    }
    Intent whole = reader.intents().first(asked);
    if (whole != null && whole != Intent.BOOK && whole != Intent.QUESTION) {
      return false; // a question a phrase knows: Questions answers it
    }
    List<String> rest = asked.subList(opener, asked.size());
    Intent restIntent = reader.intents().first(rest);
    if (restIntent != null && restIntent != Intent.QUESTION) {
      return false;
    }
    return rest.stream()
            .anyMatch(
                w ->
                    w.length() > 3
                        && Character.isLetter(w.charAt(0))
                        && !reader.known().contains(w))
        || rest.stream().anyMatch(PARKING.get(reader.lexicon().language())::contains);
  }

  /**
   * How many words open the question, one opener after another: "wo" and "kann ich" in "wo kann ich
   * parken", "dónde" and "puedo" in "¿dónde puedo aparcar?" (a booking phrase that only frames the
   * question is no booking).
   */
  static int openers(LanguageReader reader, List<String> words) {
    int opener = 0;
    int more = reader.intents().opening(Intent.QUESTION, words);
    while (more > 0) {
      opener += more;
      more = reader.intents().opening(Intent.QUESTION, words.subList(opener, words.size()));
    }
    return opener;
  }
}
