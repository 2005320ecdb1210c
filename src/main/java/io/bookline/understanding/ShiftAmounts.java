package io.bookline.understanding;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "An hour later", "eine halbe Stunde früher", "30 minutos más tarde": an amount of time and a
 * comparative, read as a signed amount to move the time under discussion by. Only an amount right
 * before its comparative counts, so "in an hour" (from now) and "later" alone stay what they are.
 * Words are matched as {@link Phrases#words} writes them (folded: "später" is "spater").
 *
 * @param units unit words and their length ("hour" → 60 minutes)
 * @param ones words that count one unit ("an", "eine", "una")
 * @param halves words that halve the unit after them ("half an hour", "halbe Stunde", "media hora")
 * @param later comparatives that move the time later, each as its words ("mas tarde")
 * @param earlier comparatives that move it earlier
 */
record ShiftAmounts(
    Map<String, Duration> units,
    Set<String> ones,
    Set<String> halves,
    List<List<String>> later,
    List<List<String>> earlier) {

  /** No shift by more than this: beyond it the customer is naming another day, not a nudge. */
  static final Duration MOST = Duration.ofHours(12);

  private static final Duration HOUR = Duration.ofHours(1);
  private static final Duration MINUTE = Duration.ofMinutes(1);

  static ShiftAmounts english() {
    return new ShiftAmounts(
        Map.of(
            "hour", HOUR, "hours", HOUR, "hr", HOUR, "hrs", HOUR, "h", HOUR, "minute", MINUTE,
            "minutes", MINUTE, "min", MINUTE, "mins", MINUTE),
        Set.of("a", "an", "one"),
        Set.of("half"),
        List.of(List.of("later")),
        List.of(List.of("earlier"), List.of("sooner")));
  }

  static ShiftAmounts german() {
    return new ShiftAmounts(
        Map.of(
            "stunde", HOUR, "stunden", HOUR, "std", HOUR, "h", HOUR, "minute", MINUTE, "minuten",
            MINUTE, "min", MINUTE),
        Set.of("ein", "eine", "einer", "einen"),
        Set.of("halbe", "halben"),
        List.of(List.of("spater")),
        List.of(List.of("fruher"), List.of("eher")));
  }

  static ShiftAmounts spanish() {
    return new ShiftAmounts(
        Map.of(
            "hora", HOUR, "horas", HOUR, "h", HOUR, "minuto", MINUTE, "minutos", MINUTE, "min",
            MINUTE),
        Set.of("un", "una"),
        Set.of("media", "medio"),
        List.of(List.of("mas", "tarde"), List.of("despues")),
        List.of(List.of("mas", "temprano"), List.of("antes")));
  }

  /**
   * The signed amount the words ask to move a time by ("an hour later": one hour; "15 min earlier":
   * minus 15 minutes), or null when they name none.
   *
   * @param dates the language's number words ("thirty" → 30); digits are read as they are
   */
  Duration find(List<String> words, DateWords dates) {
    for (int i = 2; i < words.size(); i++) {
      int sign = comparative(words, i);
      Duration unit = units.get(words.get(i - 1));
      if (sign == 0 || unit == null) {
        continue;
      }
      Duration amount = amount(words, i - 2, unit, dates);
      if (amount != null && !amount.isZero() && amount.compareTo(MOST) <= 0) {
        return sign > 0 ? amount : amount.negated();
      }
    }
    return null;
  }

  /** +1 when a later comparative starts at {@code at}, -1 for an earlier one, else 0. */
  private int comparative(List<String> words, int at) {
    if (startsAt(later, words, at)) {
      return 1;
    }
    return startsAt(earlier, words, at) ? -1 : 0;
  }

  private static boolean startsAt(List<List<String>> phrases, List<String> words, int at) {
    return phrases.stream()
        .anyMatch(p -> at + p.size() <= words.size() && words.subList(at, at + p.size()).equals(p));
  }

  /** The amount of the unit the word at {@code at} counts: "an", "30", "half an", "halbe". */
  private Duration amount(List<String> words, int at, Duration unit, DateWords dates) {
    String word = words.get(at);
    if (halves.contains(word)) {
      return unit.dividedBy(2);
    }
    if (ones.contains(word)) {
      boolean half = at > 0 && halves.contains(words.get(at - 1));
      return half ? unit.dividedBy(2) : unit;
    }
    Integer n = dates.numbers().getOrDefault(word, dates.tens().get(word));
    if (n == null && word.length() <= 3 && word.chars().allMatch(Character::isDigit)) {
      n = Integer.valueOf(word);
    }
    return n == null ? null : unit.multipliedBy(n);
  }
}
