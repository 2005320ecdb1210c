package io.bookline.understanding;

import io.bookline.understanding.Sym.Kind;
import io.bookline.understanding.Tokenizer.Token;
import java.util.List;

/**
 * A day and month written with a dot ("1.12") is a date, in every language, when a dot ends it ("on
 * 1.12.", "am 1.12.", "el 1.12.") or a weekday follows it ("1.12 monday", "1.12. Dienstag"); said
 * after "at" / "um" / "a las" it stays a clock time ("at 1.12.", "um 14.30."), as does "1.12" alone
 * and any "d.m" whose month could not be one ("1.30", "2.45"). Written dates in Germany, Spain and
 * the UK put the day first, so the dotted form is never month-first.
 */
final class DottedDates {
  private DottedDates() {}

  /**
   * How many tokens from {@code i} make a dotted date (its glued dot included), or 0 when the token
   * is none.
   *
   * @param out the symbols read so far, to see whether a time word stands right before
   */
  static int length(DateWords w, List<Token> t, int i, String raw, List<Sym> out) {
    Token tok = t.get(i);
    String[] p = tok.text().split("\\.");
    if (p.length != 2
        || p[0].isEmpty()
        || p[0].length() > 2
        || p[1].isEmpty()
        || p[1].length() > 2
        || !digits(p[0])
        || !digits(p[1])) {
      return 0;
    }
    int day = Integer.parseInt(p[0]);
    int month = Integer.parseInt(p[1]);
    if (day < 1 || day > 31 || month < 1 || month > 12 || afterTimeWord(w, out)) {
      return 0;
    }
    boolean dotToken = i + 1 < t.size() && t.get(i + 1).glued() && t.get(i + 1).text().equals(".");
    boolean dotted =
        dotToken
            || tok.end() < raw.length()
                && raw.charAt(tok.end()) == '.'
                && (tok.end() + 1 == raw.length() || !Character.isDigit(raw.charAt(tok.end() + 1)));
    int next = dotToken ? i + 2 : i + 1;
    boolean weekday =
        next < t.size()
            && w.words().get(t.get(next).text()) instanceof String canonical
            && Symbolizer.kindOf(canonical.split(" ")[0]) == Kind.WEEKDAY;
    if (!dotted && !weekday) {
      return 0;
    }
    return dotToken ? 2 : 1;
  }

  /** "at 1.12.", "um 1.12.", "a las 1.12.": a time word (small words between) before it. */
  private static boolean afterTimeWord(DateWords w, List<Sym> out) {
    for (int j = out.size() - 1; j >= 0; j--) {
      String s = out.get(j).text();
      if (s.equals("at")) {
        return true;
      }
      if (!w.fillers().contains(s)) {
        return false;
      }
    }
    return false;
  }

  private static boolean digits(String s) {
    return s.chars().allMatch(Character::isDigit);
  }
}
