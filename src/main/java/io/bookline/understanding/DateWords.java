package io.bookline.understanding;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The date and time words of one language and its table of rules: data, not code. The symbols the
 * words map to and the {@link Resolver}s the rules call are shared by every language (see {@link
 * Sym} for the notation), so a new language is a new instance of this record.
 *
 * @param words single words and their symbols: {@code "thurs" → "D4"}, {@code "tmrw" → "tomorrow"},
 *     {@code "fortnight" → "2 week"}; a lower-case {@code d6} marks a weekday abbreviation that is
 *     also a common word ("sat") and counts only next to a cue
 * @param phrases several words read as one: {@code "o clock" → "oclock"}
 * @param numbers number words up to nineteen; {@code tens} the tens ("twenty")
 * @param ordinals ordinal words ("third" → 3); "twenty-first" is {@code tens} + an ordinal
 * @param afterNumber what a word glued to a number means ("4p": {@code "p" → "pm"}; "21st")
 * @param zeroWords words for a leading zero in minutes ("nine oh five")
 * @param weekdayCues words that make a weak weekday abbreviation a day ("on sat")
 * @param countedNouns after a number, things it counts rather than hours ("4 people")
 * @param labelNouns before a number, things it labels ("room 1115")
 * @param qualifiersBefore words before a time that say how it constrains the slot ("after"); at
 *     ({@code AT}) for longer words that take back what a shorter one says ("what about 11" is no
 *     "about 11")
 * @param qualifiersAfter words after a time that do ("ish", "or later")
 * @param fillers words left out of the reported spans ("at", "on", "the")
 * @param wishes words around a day that say which of several is the one wished for
 * @param rules patterns and their resolvers, in order of preference
 */
public record DateWords(
    Map<String, String> words,
    Map<String, String> phrases,
    Map<String, Integer> numbers,
    Map<String, Integer> tens,
    Map<String, Integer> ordinals,
    Map<String, String> afterNumber,
    Set<String> zeroWords,
    Set<String> weekdayCues,
    Set<String> countedNouns,
    Set<String> labelNouns,
    Map<String, TimeQualifier> qualifiersBefore,
    Map<String, TimeQualifier> qualifiersAfter,
    Set<String> fillers,
    WishWords wishes,
    List<Rule> rules) {

  /**
   * The symbol of a named day whose date the rules do not know (a movable feast such as Easter, or
   * a season such as "Christmas"): read as a date that could not be placed, so the dialogue asks. A
   * named day on a fixed date is written as that date instead ("christmas eve" → {@code #24 M12}).
   * Upper case, so no typed word is ever this symbol.
   */
  static final String NAMED_DAY = "NAMEDDAY";

  /** Whether a word's symbol is a named day, fixed or not ("boxing day", "easter"). */
  static boolean namedDay(String symbol) {
    return NAMED_DAY.equals(symbol) || symbol.startsWith("#") && symbol.contains(" M");
  }

  public DateWords {
    words = Map.copyOf(words);
    phrases = Map.copyOf(phrases);
    numbers = Map.copyOf(numbers);
    tens = Map.copyOf(tens);
    ordinals = Map.copyOf(ordinals);
    afterNumber = Map.copyOf(afterNumber);
    zeroWords = Set.copyOf(zeroWords);
    weekdayCues = Set.copyOf(weekdayCues);
    countedNouns = Set.copyOf(countedNouns);
    labelNouns = Set.copyOf(labelNouns);
    qualifiersBefore = Map.copyOf(qualifiersBefore);
    qualifiersAfter = Map.copyOf(qualifiersAfter);
    fillers = Set.copyOf(fillers);
    rules = List.copyOf(rules);
  }
}
