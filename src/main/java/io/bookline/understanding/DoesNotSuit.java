package io.bookline.understanding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * "Tuesday doesn't work after all", "Dienstag klappt doch nicht", "al final el martes no me viene
 * bien": a day said not to suit is a booking that cannot be kept, like "I can't make it on Tuesday"
 * (the day is the booking's; the dialogue offers to cancel or move it). Only a day named right
 * before the words counts, so "that time doesn't work" while choosing a time is no cancellation.
 *
 * <p>And "mejor el miércoles a la misma hora": a day preferred to the one held asks to change it,
 * as "instead" and "stattdessen" do.
 *
 * <p>Kept apart from the languages' intent tables: read only when nothing was asked, by {@link
 * RuleUnderstanding} and {@link BookedDay}; "mejor el" is added to the change phrases by {@link
 * Lexicon}.
 */
final class DoesNotSuit {
  private DoesNotSuit() {}

  /** Intents the words of a message may have that still leave the day said to be turned down. */
  private static final Set<Intent> OPEN =
      Set.of(Intent.NONE, Intent.BOOK, Intent.QUESTION, Intent.CANCEL);

  private static final Map<Language, Phrases<Boolean>> OWN = new ConcurrentHashMap<>();
  private static final Map<Language, Phrases<Boolean>> WITH_OWN = new ConcurrentHashMap<>();

  private static final String ENGLISH_DAYS =
      "monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|day|date";

  private static final String GERMAN_DAYS =
      "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|heute|morgen|übermorgen|tag"
          + "|termin|datum";

  private static final String SPANISH_DAYS =
      "lunes|martes|miércoles|jueves|viernes|sábado|domingo|hoy|mañana|día|fecha|cita";

  /** The phrases saying a day does not suit, in the language; they name a booking's day. */
  private static List<String> cannotKeep(Language language) {
    return switch (language) {
      case EN ->
          List.of(
              ENGLISH_DAYS + " doesnt|dont|wont work|suit",
              ENGLISH_DAYS + " does|do|will not work|suit",
              ENGLISH_DAYS + " isnt good|possible|ok|okay",
              ENGLISH_DAYS + " is not|no good|possible|ok|okay");
      case DE ->
          List.of(
              GERMAN_DAYS + " klappt|passt|geht nicht",
              GERMAN_DAYS + " klappt|passt|geht _ nicht",
              GERMAN_DAYS + " klappt|passt|geht _ _ nicht");
      case ES ->
          List.of(
              SPANISH_DAYS + " no me viene|va|cuadra bien?",
              SPANISH_DAYS + " no me viene|va|cuadra nada bien?",
              SPANISH_DAYS + " no puede ser");
    };
  }

  /** "mejor el miércoles": a day (or hour) preferred to the one held. */
  private static List<String> change(Language language) {
    return language == Language.ES
        ? List.of("^mejor el|la|las|a|otro|otra|" + SPANISH_DAYS)
        : List.of();
  }

  /** The language's intent phrases with "mejor el miércoles" added to the change phrases. */
  static Map<Intent, List<String>> addedTo(Map<Intent, List<String>> intents, Language language) {
    Map<Intent, List<String>> all = new LinkedHashMap<>(intents);
    all.put(Intent.CHANGE, joined(all.get(Intent.CHANGE), change(language)));
    return all;
  }

  /**
   * A cancellation when the message says a day does not suit and nothing was asked: while the
   * customer is choosing a day or a time, "tuesday doesn't work" turns down the day offered.
   */
  static Intent intent(
      LanguageReader reader, Heard heard, UnderstandingContext context, Intent intent) {
    if (context.expecting() != Expectation.NOTHING || !OPEN.contains(intent)) {
      return intent;
    }
    Phrases<Boolean> own =
        OWN.computeIfAbsent(
            reader.lexicon().language(), l -> new Phrases<>(Map.of(true, cannotKeep(l))));
    MessageWords message = heard.message();
    return own.find(message.words(), message.clauses()) == null ? intent : Intent.CANCEL;
  }

  /**
   * The phrases that say a booking cannot be kept, with these among them when nothing was asked
   * (see {@link #intent}).
   */
  static Phrases<Boolean> cannotKeep(LanguageReader reader, UnderstandingContext context) {
    if (context.expecting() != Expectation.NOTHING) {
      return reader.cannotKeep();
    }
    Lexicon lexicon = reader.lexicon();
    return WITH_OWN.computeIfAbsent(
        lexicon.language(),
        l -> new Phrases<>(Map.of(true, joined(lexicon.cannotKeep(), cannotKeep(l)))));
  }

  private static List<String> joined(List<String> some, List<String> more) {
    List<String> all = new ArrayList<>(some == null ? List.of() : some);
    all.addAll(more);
    return List.copyOf(all);
  }
}
