package io.bookline.understanding;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "the second one", "option 2", "la primera", and the numbers the bot prints before each entry of a
 * list ("2", "#2", "nr 2", "die 2", "la 2", "the 2nd one"): the position a customer picks.
 *
 * <p>Read only while the bot waits for a pick or a time. A message that is nothing but a number is
 * a position here and an hour too ("2" is also 14:00); the dialogue knows which it asked for: the
 * bookings it lists are numbered, the times it offers are not.
 */
final class ListChoice {
  /** Small words before the number of a pick that say nothing else: "the 2", "die 2", "la 2". */
  private static final Set<String> BEFORE =
      Set.of("the", "number", "nr", "num", "die", "den", "der", "das", "la", "el", "lo", "n");

  /** Small words after it: "the 2nd one", "2 please", "die 2 bitte", "la 2 por favor". */
  private static final Set<String> AFTER =
      Set.of("st", "nd", "rd", "th", "one", "please", "pls", "bitte", "por", "favor", "porfa");

  /**
   * The earliest or the latest of the times just listed, in any language: "the earliest one", "die
   * früheste", "la más temprana", "the latest one", "die späteste" (ADR 0091).
   */
  private static final Map<String, Integer> ENDS = ends();

  private ListChoice() {}

  private static Map<String, Integer> ends() {
    Map<String, Integer> m = new HashMap<>();
    m.put("earliest", 1);
    m.put("latest", -1);
    for (String ending : List.of("e", "en", "er", "es")) {
      for (String stem : List.of("früh", "fruh", "frueh")) {
        m.put(stem + "est" + ending, 1);
      }
      for (String stem : List.of("spät", "spat", "spaet")) {
        m.put(stem + "est" + ending, -1);
      }
    }
    m.put("temprana", 1);
    m.put("temprano", 1);
    return Map.copyOf(m);
  }

  /** The position picked from a list (1 to 9), or null. */
  static Integer of(Lexicon lexicon, List<String> words) {
    for (int i = 0; i < words.size(); i++) {
      Integer pick = lexicon.choiceWords().getOrDefault(words.get(i), ENDS.get(words.get(i)));
      if (pick != null) {
        return pick;
      }
      if (lexicon.optionWords().contains(words.get(i)) && i + 1 < words.size()) {
        Integer number = number(lexicon, words.get(i + 1));
        if (number != null) {
          return number;
        }
      }
    }
    return numberAlone(lexicon, words);
  }

  /**
   * Whether the message says nothing but a pick by its word and the small words around it: "der
   * erste", "the first", "la primera". Read as a day ("der erste": the 1st) it lost the list.
   */
  static boolean onlyAPick(Lexicon lexicon, List<String> words) {
    int from = 0;
    while (from < words.size() && BEFORE.contains(words.get(from))) {
      from++;
    }
    if (from >= words.size() || !lexicon.choiceWords().containsKey(words.get(from))) {
      return false;
    }
    return words.subList(from + 1, words.size()).stream().allMatch(AFTER::contains);
  }

  /**
   * The number of a message that says nothing but a number and the small words around one ("2",
   * "#2", "the 2nd one", "die 2 bitte"), or null.
   */
  private static Integer numberAlone(Lexicon lexicon, List<String> words) {
    int from = 0;
    while (from < words.size() && BEFORE.contains(words.get(from))) {
      from++;
    }
    if (from >= words.size()) {
      return null;
    }
    for (String after : words.subList(from + 1, words.size())) {
      if (!AFTER.contains(after)) {
        return null;
      }
    }
    return number(lexicon, words.get(from));
  }

  private static Integer number(Lexicon lexicon, String n) {
    Integer number =
        n.length() == 1 && Character.isDigit(n.charAt(0))
            ? Integer.valueOf(n.charAt(0) - '0')
            : lexicon.dates().numbers().get(n);
    return number != null && number >= 1 && number <= 9 ? number : null;
  }
}
