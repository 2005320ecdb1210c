package io.bookline.understanding;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which language a customer writes in, offline and in a few microseconds: a scored stop-word and
 * character model (ADR 0023). Each word that belongs to one language only (its everyday small
 * words, and every word of its {@link Lexicon}: intents, dates, numbers) counts a point for it,
 * letters only one language uses ("ß", "ñ", "¿") a point more. Detection is sticky: the previous
 * language stays unless another one leads it by {@link #SWITCH_MARGIN}, so "ok", "10:30", "Maria"
 * or one loan word never flip it; an explicit request ("English please", "auf Deutsch bitte", "en
 * español") always does; while the customer has only greeted, so does a hello in words the chat's
 * language does not greet with ("Hi", then "Hola"; {@link #greetedIn}).
 */
public final class LanguageDetector {

  /** How far another language must lead the previous one to take over. */
  static final double SWITCH_MARGIN = 1.5;

  /**
   * What the detector concluded.
   *
   * @param confidence 0 when nothing in the message spoke for any language, 1 for a clear lead or
   *     an explicit request
   * @param explicitSwitch the customer asked for this language in so many words
   */
  public record Detection(Language language, double confidence, boolean explicitSwitch) {}

  /**
   * Words two languages share that one of them writes far more often: "Hallo" is how German
   * speakers greet, English ones write "hello". Half a point decides a first message that says
   * nothing else; it never switches a conversation (that takes {@link #SWITCH_MARGIN}).
   */
  private static final Map<String, Map.Entry<Language, Double>> LEANS =
      Map.of("hallo", Map.entry(Language.DE, 0.5));

  private final Map<String, Language> owner = new HashMap<>();
  private final LanguageRequests requests = new LanguageRequests();
  private final GreetingLanguage greetings;

  /** A detector for the languages of these lexicons. */
  public LanguageDetector(List<Lexicon> lexicons) {
    greetings = new GreetingLanguage(lexicons);
    Map<String, Set<Language>> seen = new HashMap<>();
    for (Lexicon l : lexicons) {
      for (String w : vocabulary(l)) {
        seen.computeIfAbsent(w, k -> new HashSet<>()).add(l.language());
      }
    }
    seen.forEach(
        (word, languages) -> {
          if (languages.size() == 1) {
            owner.put(word, languages.iterator().next());
          }
        });
  }

  /** The language of {@code message}, given the one the conversation was in. */
  public Detection detect(Language previous, String message) {
    return decide(
        message,
        (scores, leader) -> {
          Language lead = leader.orElse(previous);
          double by = scores.getOrDefault(lead, 0.0) - scores.getOrDefault(previous, 0.0);
          return by >= SWITCH_MARGIN ? lead : previous;
        });
  }

  /**
   * The language of {@code message}, given the one the conversation was in and what the bot asked
   * for. Asked for a name, a message that could be one alone ("María José García de la Vega", "Jan
   * van der Berg") is no evidence of a language: names travel between languages.
   */
  public Detection detect(Language previous, String message, Expectation expecting) {
    if (expecting == Expectation.NAME
        && PersonNames.couldBeName(message)
        && requests.requested(Phrases.words(message.toLowerCase(Locale.ROOT))).isEmpty()) {
      return new Detection(previous, 0, false);
    }
    return detect(previous, message);
  }

  /**
   * The language of a conversation's first message, when there is no previous language to keep: the
   * one the message leads in by any margin ("hola", "Preise?"), else {@code fallback} (the
   * business's) with confidence 0. Later in a conversation the same word is a borrowed one and
   * {@link #detect} keeps the language.
   */
  public Detection first(Language fallback, String message) {
    return decide(message, (scores, leader) -> leader.orElse(fallback));
  }

  /**
   * "Hi", then "Hola": a message that only greets, in words {@code previous} does not greet with,
   * is the language to answer in, for a caller whose customer has only greeted so far (ADR 0116;
   * later in a conversation one such word is a borrowed one and {@link #detect} keeps it).
   */
  public Optional<Language> greetedIn(Language previous, String message) {
    List<String> words = Phrases.words(message == null ? "" : message.toLowerCase(Locale.ROOT));
    return greetings.switchFrom(previous, words, lean(words));
  }

  /** Whether the message only greets, in any of the languages ("hi", "Hallo!", "hola, buenas"). */
  public boolean onlyGreets(String message) {
    return greetings.onlyGreets(
        Phrases.words(message == null ? "" : message.toLowerCase(Locale.ROOT)));
  }

  /** The language the words lean to ("hallo": German), if any. */
  private Language lean(List<String> words) {
    for (String w : words) {
      Map.Entry<Language, Double> lean = LEANS.get(heldLetterCut(w));
      if (lean != null) {
        return lean.getKey();
      }
    }
    return null;
  }

  /** How a language is chosen from the scores and the one they lead in, if any. */
  @FunctionalInterface
  private interface Choice {
    Language choose(Map<Language, Double> scores, Optional<Language> leader);
  }

  /**
   * An explicit request wins; otherwise {@code choice} decides, and the margin is the confidence.
   */
  private Detection decide(String message, Choice choice) {
    String text = message == null ? "" : message;
    List<String> words = Phrases.words(text.toLowerCase(Locale.ROOT));
    Optional<Language> asked = requests.requested(words);
    if (asked.isPresent()) {
      return new Detection(asked.get(), 1.0, true);
    }
    Map<Language, Double> scores = scores(text, words);
    Language chosen = choice.choose(scores, classify(scores));
    double margin = scores.getOrDefault(chosen, 0.0) - secondBest(scores, chosen);
    return new Detection(chosen, Math.max(0, Math.min(1, margin / (2 * SWITCH_MARGIN))), false);
  }

  /** The language the message is most likely in with no conversation before it, if any. */
  public Optional<Language> classify(String message) {
    String text = message == null ? "" : message;
    List<String> words = Phrases.words(text.toLowerCase(Locale.ROOT));
    Optional<Language> asked = requests.requested(words);
    if (asked.isPresent()) {
      return asked;
    }
    return classify(scores(text, words));
  }

  /** The language with the highest score, if one has more than the others. */
  private static Optional<Language> classify(Map<Language, Double> scores) {
    Language best = null;
    double bestScore = 0;
    boolean tie = false;
    for (Map.Entry<Language, Double> e : scores.entrySet()) {
      if (e.getValue() > bestScore) {
        best = e.getKey();
        bestScore = e.getValue();
        tie = false;
      } else if (e.getValue() == bestScore && bestScore > 0) {
        tie = true;
      }
    }
    return tie ? Optional.empty() : Optional.ofNullable(best);
  }

  private Map<Language, Double> scores(String text, List<String> words) {
    Map<Language, Double> scores = new EnumMap<>(Language.class);
    for (String w : words) {
      Language l = owner.get(heldLetterCut(w));
      if (l != null) {
        scores.merge(l, 1.0, Double::sum);
      }
    }
    for (String w : words) {
      Map.Entry<Language, Double> lean = LEANS.get(heldLetterCut(w));
      if (lean != null) {
        scores.merge(lean.getKey(), lean.getValue(), Double::sum);
      }
    }
    Letters.score(text, scores);
    return scores;
  }

  /**
   * The word as the lexicons know it: a word none of them knows with its last letter held ("holaa",
   * "hallooo") is read as that letter once or twice ("hola", "hallo"; {@link DrawnOut}).
   */
  private String heldLetterCut(String w) {
    if (owner.containsKey(w) || LEANS.containsKey(w)) {
      return w;
    }
    for (String shorter : DrawnOut.shortened(w)) {
      if (owner.containsKey(shorter) || LEANS.containsKey(shorter)) {
        return shorter;
      }
    }
    return w;
  }

  private static double secondBest(Map<Language, Double> scores, Language best) {
    double second = 0;
    for (Map.Entry<Language, Double> e : scores.entrySet()) {
      if (e.getKey() != best) {
        second = Math.max(second, e.getValue());
      }
    }
    return second;
  }

  /** Every word a lexicon knows, and the language's small everyday words. */
  static Set<String> vocabulary(Lexicon l) {
    Set<String> out = new HashSet<>(StopWords.of(l.language()));
    l.intents().values().forEach(phrases -> phrases.forEach(p -> addPhraseWords(p, out)));
    l.dates()
        .words()
        .forEach(
            (word, symbol) -> {
              // A weak weekday abbreviation ("mi", "do", "sat") is too short to tell anything.
              if (!(symbol.length() == 2 && symbol.charAt(0) == 'd')) {
                out.add(word);
              }
            });
    out.addAll(l.dates().numbers().keySet());
    out.addAll(l.dates().ordinals().keySet());
    out.addAll(
        l.dates().phrases().keySet().stream()
            .flatMap(p -> List.of(p.split(" ")).stream())
            .toList());
    out.addAll(l.spelling().keywords());
    out.removeIf(w -> w.length() < 2 || !Character.isLetter(w.charAt(0)));
    return out;
  }

  private static void addPhraseWords(String phrase, Set<String> out) {
    for (String slot : phrase.replace("^", "").split(" ")) {
      String body = slot.endsWith("?") ? slot.substring(0, slot.length() - 1) : slot;
      if (body.endsWith("*") || body.equals("_")) {
        continue;
      }
      for (String w : body.split("\\|")) {
        out.addAll(Vocabulary.spellings(w.replace("'", "")));
      }
    }
  }
}
