package io.bookline.understanding;

import io.bookline.understanding.Tokenizer.Token;
import java.util.List;
import java.util.Set;

/**
 * A dotted day and month without the closing dot ("pediküre 4.12 um 10", "am 22.12 um 9", "31.12 um
 * 16 uhr", "30.12 um 10") is a date too when it cannot be a clock time or plainly is not one: the
 * "day" is no hour (24 to 31), "on" / "am" stands right before it, or the message says its time
 * elsewhere ("um 10", "at 9", "a las 10", "16 uhr"). The tester's "4.12 um 10" was read as 16:12,
 * "31.12 um 16 uhr" lost its date.
 */
final class DottedDayFirst {
  private DottedDayFirst() {}

  /** Small words between "at" and the hour: "a las 10". */
  private static final Set<String> ARTICLES = Set.of("las", "la", "the");

  /**
   * Whether the dotted token {@code i}, day {@code day}, is a date although no dot ends it.
   *
   * @param out the symbols read before it
   */
  static boolean isDate(DateWords w, List<Token> t, int i, int day, List<Sym> out) {
    return day > 23 || onBefore(w, out) || timeAfter(w, t, i);
  }

  /** "am 22.12", "on 4.12": the word for "on" right before it, "the" between. */
  private static boolean onBefore(DateWords w, List<Sym> out) {
    for (int j = out.size() - 1; j >= 0; j--) {
      String s = out.get(j).text();
      if (s.equals("on")) {
        return true;
      }
      if (!s.equals("the")) {
        return false;
      }
    }
    return false;
  }

  /** "um 10", "at 9", "a las 10", "16 uhr" after it: the message's time is said elsewhere. */
  private static boolean timeAfter(DateWords w, List<Token> t, int i) {
    for (int j = i + 1; j < t.size(); j++) {
      String word = t.get(j).text();
      if ("at".equals(w.words().get(word))) {
        int k = j + 1;
        while (k < t.size() && ARTICLES.contains(t.get(k).text())) {
          k++;
        }
        if (k < t.size() && hour(t.get(k).text())) {
          return true;
        }
      }
      if (hour(word) && j + 1 < t.size() && "oclock".equals(w.words().get(t.get(j + 1).text()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hour(String s) {
    return !s.isEmpty() && Character.isDigit(s.charAt(0));
  }
}
