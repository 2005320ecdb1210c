package io.bookline.understanding;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "An hour later", "an hour and a half later", "later by an hour", "anderthalb Stunden später",
 * "hora y media antes": an amount of time and a comparative, read as a signed amount to move the
 * time under discussion by. The amount counts only right before its comparative, or right after one
 * that takes it after ("later by", "push it back by", "retrasarla"), so "in an hour" (from now) and
 * "later" alone stay what they are. Words are matched as {@link Phrases#words} writes them (folded:
 * "später" is "spater").
 *
 * @param units unit words and their length ("hour" → 60 minutes)
 * @param ones words that count one unit ("an", "eine", "una")
 * @param halves words that halve the unit after them ("half an hour", "halbe Stunde", "media hora")
 * @param andHalf the words that add half a unit, after the count or the unit ("one and a half
 *     hours", "an hour and a half", "hora y media")
 * @param fractions single words that count halves of the unit ("anderthalb" → 3)
 * @param joiners words that join a smaller unit to a whole count of a larger one ("an hour and 15
 *     minutes"); the smaller unit may also follow at once ("1 hour 30 min")
 * @param andQuarter the words that add a quarter of an hour after one ("una hora y cuarto")
 * @param later comparatives after the amount that move the time later, each as its words
 * @param earlier comparatives after the amount that move it earlier
 * @param laterBy words before the amount that move the time later ("later by", "back by")
 * @param earlierBy words before the amount that move it earlier ("earlier by", "adelantar")
 */
record ShiftAmounts(
    Map<String, Duration> units,
    Set<String> ones,
    Set<String> halves,
    List<String> andHalf,
    Map<String, Integer> fractions,
    Set<String> joiners,
    List<String> andQuarter,
    List<List<String>> later,
    List<List<String>> earlier,
    List<List<String>> laterBy,
    List<List<String>> earlierBy) {

  /** No shift by more than this: beyond it the customer is naming another day, not a nudge. */
  static final Duration MOST = Duration.ofHours(12);

  /** The most words an amount takes: "one and a half hours", "an hour and 15 minutes". */
  private static final int LONGEST = 8;

  private static final Duration HOUR = Duration.ofHours(1);
  private static final Duration MINUTE = Duration.ofMinutes(1);

  /**
   * An amount found: the signed duration and the words it was read from.
   *
   * @param by the signed amount
   * @param words the words of the amount and its comparative
   */
  record Found(Duration by, List<String> words) {}

  static ShiftAmounts english() {
    return new ShiftAmounts(
        Map.of(
            "hour", HOUR, "hours", HOUR, "hr", HOUR, "hrs", HOUR, "h", HOUR, "minute", MINUTE,
            "minutes", MINUTE, "min", MINUTE, "mins", MINUTE),
        Set.of("a", "an", "one"),
        Set.of("half"),
        List.of("and", "a", "half"),
        Map.of(),
        Set.of("and"),
        List.of("and", "a", "quarter"),
        List.of(List.of("later")),
        List.of(List.of("earlier"), List.of("sooner")),
        // "push it back an hour", "bring it forward half an hour": the amount after the word.
        List.of(List.of("later", "by"), List.of("back", "by"), List.of("back")),
        List.of(
            List.of("earlier", "by"),
            List.of("sooner", "by"),
            List.of("forward", "by"),
            List.of("forward")));
  }

  static ShiftAmounts german() {
    return new ShiftAmounts(
        Map.of(
            "stunde", HOUR, "stunden", HOUR, "std", HOUR, "h", HOUR, "minute", MINUTE, "minuten",
            MINUTE, "min", MINUTE),
        Set.of("ein", "eine", "einer", "einen"),
        Set.of("halbe", "halben"),
        List.of("und", "eine", "halbe"),
        Map.of("anderthalb", 3, "eineinhalb", 3, "einundhalb", 3, "zweieinhalb", 5),
        Set.of("und"),
        List.of("und", "eine", "viertelstunde"),
        List.of(List.of("spater"), List.of("nach", "hinten")),
        List.of(
            List.of("fruher"), List.of("eher"), List.of("nach", "vorne"), List.of("nach", "vorn")),
        List.of(List.of("spater", "um")),
        List.of(List.of("fruher", "um")));
  }

  static ShiftAmounts spanish() {
    return new ShiftAmounts(
        Map.of(
            "hora", HOUR, "horas", HOUR, "h", HOUR, "minuto", MINUTE, "minutos", MINUTE, "min",
            MINUTE),
        Set.of("un", "una"),
        Set.of("media", "medio"),
        List.of("y", "media"),
        Map.of(),
        Set.of("y"),
        List.of("y", "cuarto"),
        List.of(List.of("mas", "tarde"), List.of("despues")),
        List.of(List.of("mas", "temprano"), List.of("antes")),
        List.of(
            List.of("retrasar"),
            List.of("retrasarla"),
            List.of("retrasala"),
            List.of("atrasar"),
            List.of("atrasarla"),
            List.of("atrasala")),
        List.of(List.of("adelantar"), List.of("adelantarla"), List.of("adelantala")));
  }

  /**
   * The signed amount the words ask to move a time by ("an hour later": one hour; "15 min earlier":
   * minus 15 minutes; "later by an hour": one hour), or null when they name none.
   *
   * @param dates the language's number words ("thirty" → 30); digits are read as they are
   */
  Found find(List<String> words, DateWords dates) {
    for (int i = 0; i < words.size(); i++) {
      Found found = before(words, i, dates);
      found = found != null ? found : after(words, i, dates);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /** The amount that ends right before a comparative starting at {@code at} ("an hour | later"). */
  private Found before(List<String> words, int at, DateWords dates) {
    int sign = startsAt(later, words, at) ? 1 : startsAt(earlier, words, at) ? -1 : 0;
    if (sign == 0) {
      return null;
    }
    for (int from = Math.max(0, at - LONGEST); from < at; from++) {
      Read read = read(words, from, dates);
      if (read != null && read.end() == at) {
        return found(words, from, at + length(sign > 0 ? later : earlier, words, at), sign, read);
      }
    }
    return null;
  }

  /** The amount right after a comparative that takes it after ("later by | an hour"). */
  private Found after(List<String> words, int at, DateWords dates) {
    int sign = startsAt(laterBy, words, at) ? 1 : startsAt(earlierBy, words, at) ? -1 : 0;
    if (sign == 0) {
      return null;
    }
    int from = at + length(sign > 0 ? laterBy : earlierBy, words, at);
    Read read = from < words.size() ? read(words, from, dates) : null;
    return read == null ? null : found(words, at, read.end(), sign, read);
  }

  private static Found found(List<String> words, int from, int to, int sign, Read read) {
    Duration amount = read.amount();
    if (amount.isZero() || amount.compareTo(MOST) > 0) {
      return null;
    }
    return new Found(sign > 0 ? amount : amount.negated(), List.copyOf(words.subList(from, to)));
  }

  private static boolean startsAt(List<List<String>> phrases, List<String> words, int at) {
    return length(phrases, words, at) > 0;
  }

  /** How many words the first of the phrases starting at {@code at} has; 0 when none does. */
  private static int length(List<List<String>> phrases, List<String> words, int at) {
    for (List<String> p : phrases) {
      if (at + p.size() <= words.size() && words.subList(at, at + p.size()).equals(p)) {
        return p.size();
      }
    }
    return 0;
  }

  /**
   * An amount read: how long, the index after its last word, its unit, and whether it counts whole
   * units (so a smaller unit may be added: "an hour and 15 minutes").
   */
  private record Read(Duration amount, int end, Duration unit, boolean whole) {}

  /**
   * The amount whose first word is at {@code at}, with a smaller unit or a quarter added to a whole
   * count ("an hour and 15 minutes", "1 hour 30 min", "una hora y cuarto"); null when none starts
   * there.
   */
  private Read read(List<String> words, int at, DateWords dates) {
    Read first = one(words, at, dates);
    if (first == null || !first.whole() || first.end() >= words.size()) {
      return first;
    }
    int i = first.end();
    if (first.unit().equals(HOUR) && startsAt(List.of(andQuarter), words, i)) {
      Duration quarter = first.unit().dividedBy(4);
      return new Read(first.amount().plus(quarter), i + andQuarter.size(), quarter, false);
    }
    int from = joiners.contains(words.get(i)) ? i + 1 : i;
    Read more = from < words.size() ? one(words, from, dates) : null;
    return more != null && more.unit().compareTo(first.unit()) < 0
        ? new Read(first.amount().plus(more.amount()), more.end(), more.unit(), false)
        : first;
  }

  /**
   * The amount whose first word is at {@code at}: a count ("an", "30", "thirty", "1.5", "one and a
   * half", "anderthalb") or a half ("half an", "eine halbe", "media") of a unit, which "and a half"
   * may follow ("an hour and a half", "hora y media"); null when none starts there.
   */
  private Read one(List<String> words, int at, DateWords dates) {
    int halvesOf = 0;
    int i = at;
    String word = words.get(i);
    if (halves.contains(word)) {
      halvesOf = 1;
      i += i + 1 < words.size() && ones.contains(words.get(i + 1)) ? 2 : 1;
    } else if (fractions.containsKey(word)) {
      halvesOf = fractions.get(word);
      i++;
    } else if (ones.contains(word) && i + 1 < words.size() && halves.contains(words.get(i + 1))) {
      halvesOf = 1;
      i += 2;
    } else {
      Integer n = count(words, i, dates);
      if (n != null) {
        halvesOf = 2 * n;
        i++;
        if (isDigits(word) && i < words.size() && words.get(i).equals("5")) {
          // "1.5 hours", "1,5 Stunden": the separator is no word of its own.
          halvesOf++;
          i++;
        } else if (startsAt(List.of(andHalf), words, i)) {
          halvesOf++;
          i += andHalf.size();
        }
      }
    }
    Duration unit = i < words.size() ? units.get(words.get(i)) : null;
    if (unit == null) {
      return null;
    }
    i++;
    // "an hour and a half", and with no count "hora y media"; a unit alone is no amount.
    boolean andAHalf = halvesOf % 2 == 0 && startsAt(List.of(andHalf), words, i);
    if (andAHalf) {
      halvesOf = Math.max(halvesOf, 2) + 1;
      i += andHalf.size();
    } else if (halvesOf == 0) {
      return null;
    }
    return new Read(unit.multipliedBy(halvesOf).dividedBy(2), i, unit, halvesOf % 2 == 0);
  }

  /** The count a word says: "an", "thirty", "30"; null for any other word. */
  private Integer count(List<String> words, int at, DateWords dates) {
    String word = words.get(at);
    if (ones.contains(word)) {
      return 1;
    }
    Integer n = dates.numbers().getOrDefault(word, dates.tens().get(word));
    return n == null && isDigits(word) ? Integer.valueOf(word) : n;
  }

  private static boolean isDigits(String word) {
    return word.length() <= 3 && word.chars().allMatch(Character::isDigit);
  }
}
